"""Fixtures for the manipulation functions: views (expand_dims, squeeze, flip, moveaxis, swapaxes,
transpose, matrix_transpose, reshape, ravel, unstack, atleast_*d, split family) with whether numpy's
result shares memory with the input, joins (concatenate, stack, hstack, vstack, dstack,
column_stack) with dtype promotion, repeat, tile, roll, pad and tril/triu; inputs include 0-d,
empty, transposed, flipped, sliced and read-only arrays, and numpy's errors."""
import warnings

import numpy as np

from calls_common import A, generate

rng = np.random.default_rng(16)
warnings.simplefilter("ignore")

DTYPES = ["float64", "float32", "int32", "int16", "int8", "uint32", "uint16", "uint8"]


def sample(shape, dtype="float64"):
    n = int(np.prod(shape))
    if np.dtype(dtype).kind == "f":
        return rng.standard_normal(n).round(3).astype(dtype).reshape(shape)
    lo = 0 if np.dtype(dtype).kind == "u" else -50
    return rng.integers(lo, 100, n).astype(dtype).reshape(shape)


SHAPES = [(), (0,), (3,), (1,), (2, 3), (1, 3, 1), (2, 0, 3), (2, 3, 4), (4, 1, 2, 3)]


def arrays():
    """Inputs of every shape, some dtypes, and non-contiguous and read-only views."""
    out = []
    for s in SHAPES:
        out.append(A(sample(s)))
    out.append(A(sample((3, 4), "int32"), view=[("T",)]))
    out.append(A(sample((4, 6), "uint8"), view=[("slice", 1, 1, 5)]))
    out.append(A(sample((3, 5), "float32"), view=[("flip", 0)]))
    out.append(A(sample((2, 3, 4)), view=[("readonly",)]))
    out.append(A(sample((2, 3, 4), "int16"), view=[("T",), ("readonly",)]))
    out.append(A(sample((6, 4)), view=[("slice", 0, 1, 5)]))
    return out


def opt(d):
    return {k: v for k, v in d.items() if v is not None}


def views(c):
    for x in arrays():
        nd = x.a.ndim
        for axis in [0, -1, [0, 1], [0, -1], nd + 1, [0, 0]]:
            c.add("expandDims", x, axis, np_fn=lambda a, ax: np.expand_dims(a, tuple(ax) if isinstance(ax, list) else ax))
        c.add("expandDims", x, {"axis": 0}, np_fn=lambda a, o: np.expand_dims(a, **o))
        for axis in [None, 0, -1, [0, -1]]:
            c.add("squeeze", x, axis, np_fn=lambda a, ax: np.squeeze(a, tuple(ax) if isinstance(ax, list) else ax))
        for axis in [None, 0, -1, [0, -1], 5]:
            c.add("flip", x, axis, np_fn=lambda a, ax: np.flip(a, tuple(ax) if isinstance(ax, list) else ax))
        c.add("flip", x, {"axis": 0}, np_fn=lambda a, o: np.flip(a, **o))
        for src, dst in [(0, -1), (-1, 0), ([0, 1], [-1, -2]), ([0], [0, 1]), (0, 9)]:
            c.add("moveaxis", x, src, dst, np_fn=np.moveaxis)
        for i, j in [(0, -1), (0, 0), (1, 2), (0, 5)]:
            c.add("swapaxes", x, i, j, np_fn=np.swapaxes)
        c.add("transpose", x, np_fn=np.transpose)
        perm = list(rng.permutation(nd)) if nd else []
        c.add("transpose", x, [int(p) for p in perm], np_fn=np.transpose)
        c.add("permuteDims", x, [int(p) for p in perm], np_fn=np.permute_dims)
        c.add("permuteDims", x, [0] * (nd + 1), np_fn=np.permute_dims, error="AxisError")
        c.add("matrixTranspose", x, np_fn=np.matrix_transpose, error="ShapeError" if nd < 2 else None)
        size = x.a.size
        for shape in [[-1], [size], [1, -1], [-1, 1], [size, 1, 1], [2, -1], [3, -1, 2], [5, 7], [-1, -1], [4, 3, 2], [3, 2, 4], [6, 4], [12, 2], [2, 2, 6]]:
            for copy in [None, True, False]:
                args = [x, shape] + ([{"copy": copy}] if copy is not None else [])
                c.add("reshape", *args, np_fn=lambda a, s, o=None: np.reshape(a, s, **(o or {})))
        c.add("ravel", x, np_fn=np.ravel)
        c.add("flatten", x, np_fn=lambda a: a.flatten())
        for axis in [0, -1, 3]:
            c.add("unstack", x, {"axis": axis}, np_fn=lambda a, o: list(np.unstack(a, **o)), error="AxisError" if nd == 0 else None)
        for fn, npf in [("atleast1d", np.atleast_1d), ("atleast2d", np.atleast_2d), ("atleast3d", np.atleast_3d)]:
            c.add(fn, x, np_fn=npf)
    for fn, npf in [("atleast1d", np.atleast_1d), ("atleast2d", np.atleast_2d), ("atleast3d", np.atleast_3d)]:
        c.add(fn, A(sample(())), A(sample((3,))), A(sample((2, 3))), np_fn=lambda *a, f=npf: list(f(*a)))


def splits(c):
    for x in [A(sample((7,))), A(sample((6, 4))), A(sample((4, 6), "int32"), view=[("T",)]), A(sample((2, 4, 6))), A(sample((0, 3))), A(sample(())), A(sample((4, 6)), view=[("readonly",)])]:
        for sections in [1, 2, 3, 4, 7, 0, [2, 5], [9, 2], [-2], [], [0, 0, 3]]:
            for axis in [None, 0, 1, -1, 3]:
                args = [x, sections] + ([axis] if axis is not None else [])
                kw = {} if axis is None else {"axis": axis}
                c.add("split", *args, np_fn=lambda a, s, *r, kw=kw: list(np.split(a, s, **kw)))
                c.add("arraySplit", *args, np_fn=lambda a, s, *r, kw=kw: list(np.array_split(a, s, **kw)))
            for fn, npf in [("hsplit", np.hsplit), ("vsplit", np.vsplit), ("dsplit", np.dsplit)]:
                c.add(fn, x, sections, np_fn=lambda a, s, f=npf: list(f(a, s)))
        c.add("split", x, 2, {"axis": 0}, np_fn=lambda a, s, o: list(np.split(a, s, **o)))


def joins(c):
    pairs = [
        (A(sample((2, 3))), A(sample((1, 3)))),
        (A(sample((2, 3), "int32")), A(sample((2, 2), "float32"))),
        (A(sample((2, 3), "uint8")), A(sample((2, 3), "int8"))),
        (A(sample((2, 3), "uint16")), A(sample((2, 3), "int32"))),
        (A(sample((3,))), A(sample((4,)))),
        (A(sample((0, 3))), A(sample((2, 3)))),
        (A(sample(())), A(sample(()))),
        (A(sample((2, 3))), A(sample((3,)))),
        (A(sample((2, 3, 4))), A(sample((2, 3, 4)), view=[("readonly",)])),
        (A(sample((3, 2))), A(sample((3, 2), "int16"), view=[("T",)])),
    ]
    for a, b in pairs:
        for axis in [0, 1, -1, 2, None]:
            c.add("concat", [a, b], {"axis": axis}, np_fn=lambda l, o: np.concatenate(l, **o))
        c.add("concatenate", [a, b], np_fn=np.concatenate)
        c.add("concat", [a, b, a], {"axis": -1, "dtype": "float32"}, np_fn=lambda l, o: np.concatenate(l, **o))
        c.add("concat", [a, b], {"axis": None, "dtype": "int32"}, np_fn=lambda l, o: np.concatenate(l, **o))
        for axis in [0, 1, -1, -2, 3, -4]:
            c.add("stack", [a, b], {"axis": axis}, np_fn=lambda l, o: np.stack(l, **o))
            c.add("stack", [a, a], {"axis": axis}, np_fn=lambda l, o: np.stack(l, **o))
        for fn, npf in [("hstack", np.hstack), ("vstack", np.vstack), ("dstack", np.dstack), ("columnStack", np.column_stack)]:
            c.add(fn, [a, b], np_fn=npf)
            c.add(fn, [a, a, a], np_fn=npf)
    f64, i32 = A(np.array([1.7, -2.5, 300.2])), A(np.array([1, 2], dtype="int32"))
    for casting in ["no", "equiv", "safe", "same_kind", "unsafe"]:
        for dtype in ["int32", "uint8", "float32", "float64"]:
            c.add("concat", [f64, i32], {"dtype": dtype, "casting": casting}, np_fn=lambda l, o: np.concatenate(l, **o))
        c.add("stack", [i32, i32], {"dtype": "int16", "casting": casting}, np_fn=lambda l, o: np.stack(l, **o))
        c.add("hstack", [f64, i32], {"dtype": "int8", "casting": casting}, np_fn=lambda l, o: np.hstack(l, **o))
    c.add("concat", [], np_fn=np.concatenate)
    c.add("stack", [], np_fn=np.stack)
    c.add("concat", [A(sample((3,))), [1, 2]], np_fn=np.concatenate)
    c.add("hstack", [A(1, "int8"), A(sample((2,), "int8"))], np_fn=np.hstack)


def repeats(c):
    for x in [A(sample(())), A(sample((3,))), A(sample((2, 3), "int16")), A(sample((0, 2))), A(sample((2, 3)), view=[("T",)]), A(sample((2, 2, 3), "uint8"), view=[("readonly",)])]:
        nd = x.a.ndim
        for rep in [0, 1, 3, [1, 0, 2], [2], [1, 2], [-1]]:
            for axis in [None, 0, -1, 1, 4]:
                args = [x, rep] + ([axis] if axis is not None else [])
                c.add("repeat", *args, np_fn=lambda a, r, *ax: np.repeat(a, r, *ax))
        c.add("repeat", x, 2, {"axis": 0}, np_fn=lambda a, r, o: np.repeat(a, r, **o))
        for reps in [1, 2, 0, [2, 1], [1, 2, 3], [2, 0, 1, 2], [], [-1]]:
            c.add("tile", x, reps, np_fn=np.tile)
        for shift in [0, 1, -1, 7, -8, [1, 2], [1, 1]]:
            for axis in [None, 0, -1, [0, -1], [0, 0], 3, [0, 1, 0]]:
                args = [x, shift] + ([axis] if axis is not None else [])
                c.add("roll", *args, np_fn=lambda a, s, *ax: np.roll(a, s, *[tuple(v) if isinstance(v, list) else v for v in ax]))
        c.add("roll", x, 1, {"axis": -1}, np_fn=lambda a, s, o: np.roll(a, s, **o))
        del nd


def pads(c):
    inputs = [A(sample((3,))), A(sample((2, 3), "int32")), A(sample((1,))), A(sample(())), A(sample((0, 2))), A(sample((3, 4)), view=[("T",)]),
              A(sample((2, 2, 3), "uint8")), A(sample((4,), "float32"), view=[("readonly",)])]
    widths = [0, 1, 2, 7, [1, 2], [[1, 2]], [[1, 0], [0, 3]], [[1], [2]], [[1, 2], [3, 4], [0, 1]], -1, [1, 2, 3]]
    for x in inputs:
        for w in widths:
            for mode in ["constant", "edge", "reflect", "symmetric", "wrap"]:
                c.add("pad", x, w, mode, np_fn=lambda a, w, m: np.pad(a, w, m))
        c.add("pad", x, 1, {"constantValues": 5}, np_fn=lambda a, w, o: np.pad(a, w, constant_values=5))
        c.add("pad", x, [[1, 2]], {"constantValues": [[7, 8]]}, np_fn=lambda a, w, o: np.pad(a, w, constant_values=[[7, 8]]))
        if x.a.ndim == 2:
            c.add("pad", x, [[1, 2], [2, 1]], "constant", {"constantValues": [[7, 8], [9, 10]]}, np_fn=lambda a, w, m, o: np.pad(a, w, m, constant_values=[[7, 8], [9, 10]]))
        c.add("pad", x, 2, {"mode": "constant", "constantValues": -1.5}, np_fn=lambda a, w, o: np.pad(a, w, constant_values=-1.5))
        c.add("pad", x, 2, {"mode": "wrap"}, np_fn=lambda a, w, o: np.pad(a, w, "wrap"))


def pad_empty(a, w, o):
    """numpy's "empty" mode leaves the pad uninitialized; the library fills it with zeros, which is
    numpy's "constant" result (checked to have "empty"'s shape and dtype)."""
    e, z = np.pad(a, w, "empty"), np.pad(a, w, "constant")
    assert e.shape == z.shape and e.dtype == z.dtype
    return z


def pad_modes(c):
    """The statistic, ramp, empty and odd-reflection modes: every dtype, ranks 1-3, asymmetric and
    zero widths, stat_length forms, NaN, and numpy's errors."""
    nan = np.array([1.5, np.nan, -2.0, 4.0])
    inputs = [A(sample((5,))), A(sample((4,), "float32")), A(sample((2, 3), "int32")), A(sample((3, 2), "uint8")), A(sample((2, 2, 3), "int16")),
              A(sample((3, 4), "int8"), view=[("T",)]), A(sample((4,), "uint16")), A(sample((2, 3), "uint32")), A(nan), A(np.array([True, False, False, True])),
              A(sample((1, 3))), A(sample(())), A(sample((0, 2))), A(np.array([1, 2, 4, 8, 3], "int8")), A(sample((2, 3), "float32"), view=[("readonly",)])]
    widths = [0, 2, [1, 3], [[0, 2]], [[2, 1], [0, 3]], [[1, 2], [3, 0], [1, 1]], 7]
    lengths = [None, 2, [1, 3], [[1, 2], [3, 1]]]
    kw = lambda o: {{"statLength": "stat_length", "endValues": "end_values", "reflectType": "reflect_type"}[k]: v for k, v in o.items()}
    for x in inputs:
        for w in widths:
            for mode in ["maximum", "minimum", "mean", "median"]:
                for length in lengths:
                    if length is None:
                        c.add("pad", x, w, mode, np_fn=lambda a, w, m: np.pad(a, w, m), tol=1e-12)
                    else:
                        c.add("pad", x, w, mode, {"statLength": length}, np_fn=lambda a, w, m, o: np.pad(a, w, m, **kw(o)), tol=1e-12)
            for ends in [None, [-3, 7], [[2.5, -1]], [[1, 2], [3, 4]], [[1], [9]]]:
                if ends is None:
                    c.add("pad", x, w, "linear_ramp", np_fn=lambda a, w, m: np.pad(a, w, m))
                else:
                    c.add("pad", x, w, "linear_ramp", {"endValues": ends}, np_fn=lambda a, w, m, o: np.pad(a, w, m, **kw(o)))
            c.add("pad", x, w, {"mode": "empty"}, np_fn=pad_empty)
            for mode in ["reflect", "symmetric"]:
                for rt in ["even", "odd"]:
                    c.add("pad", x, w, mode, {"reflectType": rt}, np_fn=lambda a, w, m, o: np.pad(a, w, m, **kw(o)))
    for x in inputs[:4]:
        for length in [1, [[2, 1]], 10]:
            c.add("pad", x, [[2, 1]], "mean", {"statLength": length}, np_fn=lambda a, w, m, o: np.pad(a, w, m, **kw(o)), tol=1e-12)
    x = A(sample((3, 2)))
    c.add("pad", x, 1, "maximum", {"statLength": 0}, np_fn=lambda a, w, m, o: np.pad(a, w, m, **kw(o)))
    c.add("pad", x, [[0, 0], [1, 0]], "minimum", {"statLength": [[1, 1], [0, 1]]}, np_fn=lambda a, w, m, o: np.pad(a, w, m, **kw(o)))
    c.add("pad", x, 1, "mean", {"statLength": -1}, np_fn=lambda a, w, m, o: np.pad(a, w, m, **kw(o)))
    c.add("pad", x, 1, "mean", {"statLength": 0}, np_fn=lambda a, w, m, o: np.pad(a, w, m, **kw(o)))
    c.add("pad", x, 1, "median", {"statLength": [1, 2, 3]}, np_fn=lambda a, w, m, o: np.pad(a, w, m, **kw(o)))
    c.add("pad", A(sample((0, 2))), [[1, 0], [0, 0]], "mean", np_fn=lambda a, w, m: np.pad(a, w, m))
    c.add("pad", A(sample((0, 2))), [[1, 0], [0, 0]], {"mode": "empty"}, np_fn=pad_empty)
    c.add("pad", A(sample((0, 2))), [[0, 0], [1, 2]], "linear_ramp", np_fn=lambda a, w, m: np.pad(a, w, m))


def pad_regressions(c):
    """Found by random comparison with numpy: constant values given per axis reach the array as Python
    numbers (OverflowError out of range, ValueError for NaN) while one value or one pair is a numpy
    scalar (C cast); a median of -0 values is 0 (numpy's mean of the middle values)."""
    u8 = A(np.array([[1, 2], [3, 4]], "uint8"))
    for vals, err in [([[-1, 3], [2, 4]], None), ([[1], [300.5]], None), ([[-0.5], [1]], None), ([[float("nan")], [1]], "DTypeError"), (-1, None), ([-1, 2], None), ([[-1, 2]], None)]:
        c.add("pad", u8, [[0, 1], [1, 0]], "constant", {"constantValues": vals}, np_fn=lambda a, w, m, o: np.pad(a, w, m, constant_values=o["constantValues"]), error=err)
    c.add("pad", A(np.array([[5, 6]], "int8")), 1, "constant", {"constantValues": [[1.9, -2.9], [127, -128]]}, np_fn=lambda a, w, m, o: np.pad(a, w, m, constant_values=o["constantValues"]))
    # one value or one pair (numpy scalars) must fit a signed dtype, and wrap into an unsigned one
    for dt in ["int8", "int16", "uint8", "uint16"]:
        for vals in [209, -1, 300.7, -1.5, 70000, [3, -129], float("nan")]:
            c.add("pad", A(np.array([[5, 6]], dt)), [[1, 0], [0, 1]], "constant", {"constantValues": vals}, np_fn=lambda a, w, m, o: np.pad(a, w, m, constant_values=o["constantValues"]),
                  error="DTypeError" if isinstance(vals, float) and vals != vals and dt.startswith("int") else None)
    # amax/amin keep the later of equal values (-0 and 0)
    for mode in ["maximum", "minimum"]:
        for dt in ["float64", "float32"]:
            c.add("pad", A(np.array([[0.0, -0.0, 1.0], [-0.0, 0.0, -1.0]], dt)), 1, mode, {"statLength": 2}, np_fn=lambda a, w, m, o: np.pad(a, w, m, stat_length=o["statLength"]))
    for dt in ["float64", "float32"]:
        x = A(np.array([-0.0, -4.5, -10.0, -0.0], dt))
        for length in [1, 2, [[1, 3]]]:
            c.add("pad", x, 2, "median", {"statLength": length}, np_fn=lambda a, w, m, o: np.pad(a, w, m, stat_length=o["statLength"]))
        c.add("pad", A(np.array([[8.0, -0.0, 1.0, 1.0]], dt)), 1, "median", {"statLength": 2}, np_fn=lambda a, w, m, o: np.pad(a, w, m, stat_length=o["statLength"]))


def triangles(c):
    for x in [A(sample((3, 3))), A(sample((2, 4), "int32")), A(sample((4, 2), "uint8")), A(sample((3,))), A(sample((2, 3, 3))), A(sample((0, 3))), A(sample(())),
              A(sample((3, 4)), view=[("T",)])]:
        for k in [None, 0, 1, -1, 2, -5, 10]:
            for fn, npf in [("tril", np.tril), ("triu", np.triu)]:
                args = [x] + ([k] if k is not None else [])
                c.add(fn, *args, np_fn=lambda a, *kk, f=npf: f(a, *kk), error="ShapeError" if x.a.ndim == 0 else None)
        c.add("tril", x, {"k": 1}, np_fn=lambda a, o: np.tril(a, **o), error="ShapeError" if x.a.ndim == 0 else None)


def more(c):
    for x in arrays():
        c.add("fliplr", x, np_fn=np.fliplr)
        c.add("flipud", x, np_fn=np.flipud)
        for args in [(), (1,), (2,), (3,), (-1,), (5,), (1, [1, 0]), (1, [0, -1]), (3, [-1, 0]), (1, [0, 0]), (1, [0, 3])]:
            c.add("rot90", x, *args, np_fn=lambda a, *r: np.rot90(a, *[tuple(v) if isinstance(v, list) else v for v in r]))
    for args in [(3,), (2, 4), (3, 2, 1), (3, None, -1), (3, 4, {"k": 2, "dtype": "int8"}), (0,), (3, {"dtype": "uint8"})]:
        def np_tri(*a):
            pos, kw = (list(a[:-1]), dict(a[-1])) if a and isinstance(a[-1], dict) else (list(a), {})
            kw.setdefault("dtype", "float64")
            return np.tri(*pos, **kw)
        c.add("tri", *args, np_fn=np_tri)
    for arr, vals, axis in [([1, 2], [[3, 4]], None), (A(sample((2, 2))), A(sample((1, 2), "int32")), 0), (A(sample((2, 2))), A(sample((2, 1), "float32")), 1),
                            (A(sample((2, 2))), A(sample((3,))), 0), (A(sample(())), A(sample(())), None), (A(sample((2, 3), "uint8")), A(sample((2, 3), "int8")), -1)]:
        args = [arr, vals] + ([axis] if axis is not None else [])
        c.add("append", *args, np_fn=lambda a, v, *ax: np.append(np.asarray(a, dtype=float) if isinstance(a, list) else a, np.asarray(v, dtype=float) if isinstance(v, list) else v, *ax))


def main():
    generate("manipulation.json", views, splits, joins, repeats, pads, pad_modes, pad_regressions, triangles, more)


if __name__ == "__main__":
    main()
