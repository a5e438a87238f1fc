"""Fixtures for sorting, searching and sets (src/sorting/): numpy 2's answers for sort/argsort (stable,
NaN last, -0/+0 order, descending as flip(sort(flip))), argmax/argmin, nonzero, flatnonzero,
argwhere, searchsorted, the unique family, isin and the 1-D set functions, lexsort. Every dtype,
0-d and empty inputs, every axis, ties and special floats, errors."""
import numpy as np

from calls_common import generate, sprinkle

rng = np.random.default_rng(16)

DTYPES = ["float64", "float32", "int32", "int16", "int8", "uint32", "uint16", "uint8", "bool"]
SHAPES = [(), (0,), (1,), (7,), (3, 4), (2, 3, 4), (0, 3), (3, 0), (2, 1, 3)]


def sample(shape, dtype="float64", specials=True, ties=True):
    n = int(np.prod(shape))
    if dtype == "bool":
        return np.asarray(rng.random(shape) < 0.5)
    if np.dtype(dtype).kind == "f":
        x = rng.integers(-4, 5, n).astype(float) / 2 if ties else rng.standard_normal(n)
        if specials:
            sprinkle(x, rng)
        return x.astype(dtype).reshape(shape)
    info = np.iinfo(dtype)
    lo, hi = (0, 6) if ties else (max(info.min, -1000), min(info.max, 1000))
    x = rng.integers(lo, hi, n) if info.min == 0 else rng.integers(-3 if ties else lo, 4 if ties else hi, n)
    if n and not ties:
        x[0] = info.max
        if n > 1:
            x[-1] = info.min
    return x.astype(dtype).reshape(shape)


def flip_sort(a, axis, arg):
    """The Array API's descending sort: stable, ties in their original order, NaN first."""
    if axis is None:
        a, axis = a.ravel(), 0
    f = np.flip(a, axis)
    if not arg:
        return np.flip(np.sort(f, axis, kind="stable"), axis)
    n = a.shape[axis]
    return n - 1 - np.flip(np.argsort(f, axis, kind="stable"), axis)


def sorting(c):
    for dtype in DTYPES:
        for shape in SHAPES:
            a = sample(shape, dtype)
            nd = len(shape)
            for axis in ([None] + list(range(-nd, nd)) if nd else [None, -1, 0]):
                opts = {} if axis == -1 else {"axis": axis}
                c.add("sort", a, opts, np_fn=lambda *_: np.sort(a, axis=axis, kind="stable"))
                c.add("argsort", a, opts, np_fn=lambda *_: np.argsort(a, axis=axis, kind="stable"), index=True)
                if nd and dtype in ("float64", "int8", "uint16"):
                    c.add("sort", a, {**opts, "descending": True}, np_fn=lambda *_: flip_sort(a, axis, False))
                    c.add("argsort", a, {**opts, "descending": True}, np_fn=lambda *_: flip_sort(a, axis, True), index=True)
    # long lanes: the radix path, ties, specials and both zeros; along each axis of a matrix
    for dtype in ["float64", "float32", "int32", "uint8", "int16"]:
        a = sample((2500,), dtype)
        c.add("argsort", a, np_fn=lambda *_: np.argsort(a, kind="stable"), index=True, note="radix")
        c.add("sort", a, np_fn=lambda *_: np.sort(a, kind="stable"), note="radix")
        c.add("argsort", a, {"descending": True}, np_fn=lambda *_: flip_sort(a, -1, True), index=True, note="radix")
    b = sample((3, 1100), "float64", ties=False)
    for axis in [0, 1]:
        c.add("argsort", b, {"axis": axis}, np_fn=lambda *_: np.argsort(b, axis=axis, kind="stable"), index=True)
    z = np.array([0.0, -0.0, np.nan, -np.nan, np.inf, -np.inf, -0.0, 0.0, 5e-324, -5e-324, 1.7976931348623157e308])
    for rep in [1, 200]:
        zz = np.tile(z, rep)
        c.add("sort", zz, np_fn=lambda *_: np.sort(zz, kind="stable"))
        c.add("argsort", zz, np_fn=lambda *_: np.argsort(zz, kind="stable"), index=True)
        c.add("argsort", zz, {"descending": True}, np_fn=lambda *_: flip_sort(zz, -1, True), index=True)
    # positional axis, kind and stable accepted, errors
    m = sample((3, 4))
    c.add("sort", m, 0, np_fn=lambda *_: np.sort(m, 0))
    c.add("argsort", m, None, np_fn=lambda *_: np.argsort(m, None, kind="stable"), index=True)
    c.add("sort", m, {"kind": "quicksort", "stable": True}, np_fn=lambda *_: np.sort(m, kind="stable"))
    c.add("sort", m, {"axis": 2}, np_fn=lambda *_: np.sort(m, axis=2))
    c.add("argsort", m, {"axis": -3}, np_fn=lambda *_: np.argsort(m, axis=-3))
    c.refused("sort", m, {"axis": 1.5}, error="AxisError")
    c.refused("sort", m, {"order": "x"}, error="DTypeError")
    c.refused("sort", m, {"kind": "bogo"}, error="DTypeError")
    c.refused("argsort", m, {"descending": 1}, error="DTypeError")


def searching(c):
    for dtype in DTYPES:
        for shape in SHAPES:
            a = sample(shape, dtype, ties=dtype != "float32")
            nd = len(shape)
            for axis in [None] + list(range(-nd, nd)) + ([0] if nd == 0 else []):
                for keepdims in [False, True]:
                    opts = {"axis": axis, "keepdims": keepdims}
                    c.add("argmax", a, opts, np_fn=lambda *_: np.argmax(a, axis=axis, keepdims=keepdims), index=True)
                    c.add("argmin", a, opts, np_fn=lambda *_: np.argmin(a, axis=axis, keepdims=keepdims), index=True)
    for dtype in ["float64", "float32", "int32", "uint8"]:
        for shape in [(), (1,), (7,), (3, 4), (2, 3, 4), (0, 3), (0,)]:
            a = sample(shape, dtype)
            nd = len(shape)
            for axis in [None] + list(range(-nd, nd)):
                for fn, ref in [("nanargmax", np.nanargmax), ("nanargmin", np.nanargmin)]:
                    c.add(fn, a, {"axis": axis}, np_fn=lambda *_: ref(a, axis=axis), index=True)
    nn = np.array([[np.nan, -np.inf, 2.0], [np.nan, np.nan, np.nan], [np.inf, np.nan, np.inf]])
    for fn, ref in [("nanargmax", np.nanargmax), ("nanargmin", np.nanargmin)]:
        c.add(fn, nn[[0, 2]], 1, np_fn=lambda *_: ref(nn[[0, 2]], 1), index=True)
        c.add(fn, nn, {"axis": 1}, np_fn=lambda *_: ref(nn, axis=1))
        c.add(fn, nn, {"axis": 0, "keepdims": True}, np_fn=lambda *_: ref(nn, axis=0, keepdims=True), index=True)
    m = np.array([[1.0, 5, 5], [7, np.nan, 7], [np.nan, np.nan, 0]])
    c.add("argmax", m, 1, np_fn=lambda *_: np.argmax(m, 1), index=True)
    c.add("argmin", m, 0, np_fn=lambda *_: np.argmin(m, 0), index=True)
    c.add("argmax", m, {"axis": 2}, np_fn=lambda *_: np.argmax(m, axis=2))
    c.add("argmax", m, {"axis": 1, "out": np.zeros(2)}, np_fn=lambda *_: np.argmax(m, axis=1, out=np.zeros(2, dtype=np.intp)))
    for dtype in ["float64", "int32", "uint8", "float32", "bool"]:
        for shape in [(0,), (1,), (7,), (3, 4), (2, 3, 4), (0, 3), (3, 0)]:
            a = (sample(shape, dtype) * (rng.random(shape) < 0.5)).astype(dtype)
            c.add("nonzero", a, np_fn=lambda *_: np.nonzero(a), index=True)
            c.add("flatnonzero", a, np_fn=lambda *_: np.flatnonzero(a), index=True)
            c.add("argwhere", a, np_fn=lambda *_: np.argwhere(a), index=True)
    for v in [0.0, 5.0, np.nan, -0.0]:
        s = np.array(v)
        c.add("nonzero", s, np_fn=lambda *_: np.nonzero(s))
        c.add("flatnonzero", s, np_fn=lambda *_: np.flatnonzero(s), index=True)
        c.add("argwhere", s, np_fn=lambda *_: np.argwhere(s), index=True)
    # searchsorted: ties, NaN, infinities, sorter, side, shapes of v
    for dtype in ["float64", "float32", "int32", "uint8"]:
        for n in [0, 1, 5, 40]:
            a = np.sort(sample((n,), dtype), kind="stable")
            v = sample((3, 4), dtype)
            for side in ["left", "right"]:
                c.add("searchsorted", a, v, {"side": side}, np_fn=lambda *_: np.searchsorted(a, v, side=side), index=True)
            c.add("searchsorted", a, v, "right", np_fn=lambda *_: np.searchsorted(a, v, "right"), index=True)
            perm = rng.permutation(n)
            shuffled = a[perm]
            sorter = np.argsort(shuffled, kind="stable").astype(np.int32)
            for side in ["left", "right"]:
                c.add("searchsorted", shuffled, v, {"side": side, "sorter": sorter}, np_fn=lambda *_: np.searchsorted(shuffled, v, side=side, sorter=sorter), index=True)
    a = np.array([-np.inf, -1.0, 0.0, 0.0, 2.0, np.inf, np.nan, np.nan])
    for v in [np.nan, np.inf, -np.inf, 0.0, -0.0, 2.0, 3.5, -7.0]:
        for side in ["left", "right"]:
            c.add("searchsorted", a, v, {"side": side}, np_fn=lambda *_: np.searchsorted(a, v, side=side), index=True)
    c.add("searchsorted", a, np.zeros((0, 2)), np_fn=lambda *_: np.searchsorted(a, np.zeros((0, 2))), index=True)
    c.add("searchsorted", np.zeros((2, 2)), 1.0, np_fn=lambda *_: np.searchsorted(np.zeros((2, 2)), 1.0))
    c.add("searchsorted", a, 1.0, {"sorter": np.arange(3)}, np_fn=lambda *_: np.searchsorted(a, 1.0, sorter=np.arange(3)))
    c.add("searchsorted", a, 1.0, {"side": "middle"}, np_fn=lambda *_: np.searchsorted(a, 1.0, side="middle"), error="DTypeError")
    c.refused("searchsorted", a, 1.0, {"sorter": np.array([0, 1, 2, 3, 4, 5, 6, 9])}, error="IndexError")


def api_unique(a, kind):
    """The Array API's unique_* with every NaN apart, sorted (numpy 2.3+ may hash-order them)."""
    r = np.unique(a, return_index=True, return_inverse=True, return_counts=True, equal_nan=False)
    values, index, inverse, counts = r
    inverse = inverse.reshape(a.shape)
    return {"values": {"values": values},
            "counts": {"values": values, "counts": counts},
            "inverse": {"values": values, "inverseIndices": inverse},
            "all": {"values": values, "indices": index, "inverseIndices": inverse, "counts": counts}}[kind]


def stable_unique(a, index, inverse, counts, **kw):
    """np.unique with its stable sort (the one numpy uses with return_index): without return_index
    numpy sorts with an unstable quicksort, so which of -0 and +0 stands for both is arbitrary there;
    here it is always the first occurrence."""
    r = np.unique(a, return_index=True, return_inverse=inverse, return_counts=counts, **kw)
    if index:
        return r
    r = [r[0]] + list(r[2:])
    return r[0] if len(r) == 1 else tuple(r)


def sets(c):
    for dtype in DTYPES:
        for shape in [(), (0,), (1,), (9,), (3, 4), (2, 3, 4), (0, 3)]:
            a = sample(shape, dtype)
            c.add("uniqueValues", a, np_fn=lambda *_: api_unique(a, "values")["values"])
            for kind, fn in [("counts", "uniqueCounts"), ("inverse", "uniqueInverse"), ("all", "uniqueAll")]:
                c.add(fn, a, np_fn=lambda *_: api_unique(a, kind), index=True)
            for flags in [(False, False, False), (True, False, False), (False, True, False), (False, False, True), (True, True, True)]:
                opts = {k: True for k, f in zip(["returnIndex", "returnInverse", "returnCounts"], flags) if f}
                c.add("unique", a, opts, np_fn=lambda *_: stable_unique(a, *flags), index=True)
            if dtype == "float64":
                c.add("unique", a, {"equalNan": False, "returnCounts": True}, np_fn=lambda *_: stable_unique(a, False, False, True, equal_nan=False), index=True)
    z = np.array([0.0, -0.0, np.nan, 1.0, -np.nan, -0.0, np.inf, np.nan, -np.inf, 1.0])
    c.add("unique", z, {"returnIndex": True, "returnInverse": True, "returnCounts": True}, np_fn=lambda *_: np.unique(z, return_index=True, return_inverse=True, return_counts=True), index=True)
    zz = np.tile(z, 150)
    c.add("unique", zz, {"returnIndex": True, "returnInverse": True, "returnCounts": True}, np_fn=lambda *_: np.unique(zz, return_index=True, return_inverse=True, return_counts=True), index=True, note="radix")
    # unique along an axis: rows, columns, 3-D
    m = rng.integers(0, 2, (6, 3)).astype(float)
    m[2, 1] = np.nan
    for arr in [m, m.T.copy(), rng.integers(0, 2, (2, 3, 2)).astype(np.int32)]:
        for axis in range(-arr.ndim, arr.ndim):
            c.add("unique", arr, {"axis": axis, "returnIndex": True, "returnInverse": True, "returnCounts": True}, np_fn=lambda *_: np.unique(arr, axis=axis, return_index=True, return_inverse=True, return_counts=True), index=True)
            c.add("unique", arr, {"axis": axis}, np_fn=lambda *_: np.unique(arr, axis=axis))
    c.add("unique", m, {"axis": 2}, np_fn=lambda *_: np.unique(m, axis=2))
    c.refused("unique", m, {"return_counts": True}, error="DTypeError")
    # the 1-D set functions: dtypes, NaN, shapes, assume_unique, return_indices
    pairs = [
        (np.array([1.0, 3, 4, 3, np.nan]), np.array([[3.0, 1], [np.nan, 1]])),
        (np.array([5, 1, 5, 7], dtype=np.int32), np.array([7, 2], dtype=np.uint8)),
        (np.array([1, 2], dtype=np.int8), np.array([2.5, 1.0], dtype=np.float32)),
        (np.array([], dtype=np.float64), np.array([1.0, 2.0])),
        (np.array([-0.0, 0.0, 2.0]), np.array([0.0, np.inf])),
        (sample((30,), "int16"), sample((20,), "int16")),
        (np.array(3.0), np.array([3.0, 4.0])),
    ]
    for a, b in pairs:
        c.add("intersect1d", a, b, np_fn=lambda *_: np.intersect1d(a, b))
        c.add("intersect1d", a, b, {"returnIndices": True}, np_fn=lambda *_: np.intersect1d(a, b, return_indices=True), index=True)
        c.add("union1d", a, b, np_fn=lambda *_: np.union1d(a, b))
        c.add("setdiff1d", a, b, np_fn=lambda *_: np.setdiff1d(a, b))
        c.add("setdiff1d", b, a, np_fn=lambda *_: np.setdiff1d(b, a))
        c.add("setxor1d", a, b, np_fn=lambda *_: np.setxor1d(a, b))
    u, v = np.array([4.0, 1.0, 3.0]), np.array([3.0, 5.0])
    c.add("intersect1d", u, v, {"assumeUnique": True}, np_fn=lambda *_: np.intersect1d(u, v, assume_unique=True))
    c.add("setdiff1d", u, v, {"assumeUnique": True}, np_fn=lambda *_: np.setdiff1d(u, v, assume_unique=True))
    c.add("setxor1d", u, v, {"assumeUnique": True}, np_fn=lambda *_: np.setxor1d(u, v, assume_unique=True))
    c.refused("union1d", u, v, {"assumeUnique": True}, error="DTypeError")
    # isin: every dtype pair we meet, NaN, -0, shapes, invert
    tests = np.array([1.0, -0.0, np.nan, 4.0, np.inf])
    for dtype in DTYPES:
        for shape in [(), (0,), (7,), (3, 4)]:
            e = sample(shape, dtype)
            for invert in [False, True]:
                c.add("isin", e, tests, {"invert": invert}, np_fn=lambda *_: np.isin(e, tests, invert=invert))
            t = sample((5,), "int32")
            c.add("isin", e, t, np_fn=lambda *_: np.isin(e, t))
    f = np.array([[np.nan, 0.0], [4.0, -np.inf]])
    c.add("isin", f, np.array([np.nan, -0.0, 5.0]), np_fn=lambda *_: np.isin(f, np.array([np.nan, -0.0, 5.0])))
    c.add("isin", f, np.array([]), np_fn=lambda *_: np.isin(f, np.array([])))
    c.add("isin", f, f, {"kind": "sort", "assumeUnique": True}, np_fn=lambda *_: np.isin(f, f, kind="sort", assume_unique=True))
    c.refused("isin", f, f, {"kind": "hash"}, error="DTypeError")


def ordering(c):
    """lexsort (stable, so numpy's answer is the only one) and partition's errors; partition's
    values are checked by their defining property in test/sorting/sorting.property.test.ts."""
    for dtype in ["float64", "int32", "uint8"]:
        for shape in [(0,), (1,), (12,), (3, 6), (2, 3, 4)]:
            k1, k2, k3 = sample(shape, dtype), sample(shape, dtype), sample(shape, dtype)
            for axis in range(-len(shape), len(shape)):
                c.add("lexsort", [k1, k2], {"axis": axis}, np_fn=lambda *_: np.lexsort([k1, k2], axis=axis), index=True)
            c.add("lexsort", [k1, k2, k3], np_fn=lambda *_: np.lexsort([k1, k2, k3]), index=True)
            c.add("lexsort", [k1], np_fn=lambda *_: np.lexsort([k1]), index=True)
    stacked = sample((3, 8))
    c.add("lexsort", stacked, np_fn=lambda *_: np.lexsort(stacked), index=True)
    c.add("lexsort", [sample((3,)), sample((4,))], np_fn=lambda *_: np.lexsort([sample((3,)), sample((4,))]))
    c.add("lexsort", [sample((3,))], {"axis": 1}, np_fn=lambda *_: np.lexsort([sample((3,))], axis=1))
    a = sample((5,))
    for fn, ref in [("partition", np.partition), ("argpartition", np.argpartition)]:
        c.add(fn, a, 5, np_fn=lambda *_: ref(a, 5))
        c.add(fn, a, -6, np_fn=lambda *_: ref(a, -6))
        c.add(fn, a, [1, 7], np_fn=lambda *_: ref(a, [1, 7]))
        c.add(fn, sample((2, 3)), 1, {"axis": 2}, np_fn=lambda *_: ref(sample((2, 3)), 1, axis=2))
        c.refused(fn, a, 1.5, error="DTypeError")


def main():
    generate("sorting.json", sorting, searching, sets, ordering)


if __name__ == "__main__":
    main()
