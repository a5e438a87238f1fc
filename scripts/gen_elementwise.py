"""Fixtures for the elementwise functions: values (NaN, ±inf, -0, zero-length, 0-d), dtype promotion
with arrays and weak scalars (NEP 50), integer wraparound, out= with casting, and overlapping out=."""
import warnings

import numpy as np

from fixtures_common import enc, enc_num, write

rng = np.random.default_rng(5)
warnings.simplefilter("ignore")

BINARY = {
    "add": np.add,
    "subtract": np.subtract,
    "multiply": np.multiply,
    "divide": np.true_divide,
    "power": np.power,
    "maximum": np.maximum,
    "minimum": np.minimum,
}


def as_float(x):
    """Integers as the float dtype our float-valued functions compute in (float32 up to 16 bits)."""
    x = np.asarray(x)
    if x.dtype.kind == "f":
        return x
    return x.astype(np.float32 if x.dtype.itemsize <= 2 else np.float64)


def sigmoid(x):
    x = as_float(x)
    one = x.dtype.type(1)
    return one / (one + np.exp(-x))


def relu(x):
    return np.maximum(x, np.asarray(x).dtype.type(0))


UNARY = {
    "negative": np.negative,
    "abs": np.abs,
    "exp": np.exp,
    "log": np.log,
    "sqrt": np.sqrt,
    "square": np.square,
    "tanh": np.tanh,
    "sigmoid": sigmoid,
    "relu": relu,
    "sin": np.sin,
    "cos": np.cos,
}
# Functions whose results are correctly rounded in IEEE arithmetic (compared bit for bit).
EXACT = {"add", "subtract", "multiply", "divide", "maximum", "minimum", "negative", "abs", "sqrt", "square", "relu"}

SPECIALS = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 3.0, -2.5, 1e-300, 1e300, np.inf, -np.inf, np.nan, 7.25, 1 / 3, -1e-8]
INT_DTYPES = ["int8", "int16", "int32", "uint8", "uint16", "uint32"]
FLOAT_DTYPES = ["float64", "float32"]
def values_for(dtype, shape):
    n = int(np.prod(shape))
    if np.dtype(dtype).kind == "f":
        vals = np.array([SPECIALS[i % len(SPECIALS)] for i in rng.permutation(max(n, 1))[:n]] if n else [], dtype=np.float64)
        vals = np.where(rng.random(n) < 0.5, vals, rng.standard_normal(n) * 10.0 ** rng.integers(-3, 4, n))
        return vals.astype(dtype).reshape(shape)
    info = np.iinfo(dtype)
    edges = [info.min, info.max, 0, 1, 2, 3]
    vals = rng.integers(max(info.min, -300), min(info.max, 300) + 1, n)
    for i in range(min(n, 3)):
        vals[i] = edges[int(rng.integers(0, len(edges)))]
    return vals.astype(dtype).reshape(shape)


def record(name, fn, operands, specs, label):
    try:
        with np.errstate(all="ignore"):
            r = np.asarray(fn(*operands))
            float16 = r.dtype == np.float16
            if float16:
                # numpy computes in float16 here; this library in float32 (JS has no float16 arrays),
                # so the reference is numpy's float32 function on the same values.
                r = np.asarray(fn(*[as_float(o) for o in operands]))
        return {"op": name, "label": label, "operands": specs, "result": enc(r), "exact": name in EXACT, "float16": bool(float16)}
    except OverflowError:
        return {"op": name, "label": label, "operands": specs, "error": "DTypeError", "numpy": "OverflowError"}
    except ValueError as ex:
        kind = "BroadcastError" if "broadcast" in str(ex) else "DTypeError"
        return {"op": name, "label": label, "operands": specs, "error": kind, "numpy": type(ex).__name__}


def scalar_py(v):
    """A JS number as numpy sees it under our rule: integral → Python int, else (fractional, NaN,
    ±inf, and -0, which only a float can be) Python float."""
    v = float(v)
    return int(v) if v.is_integer() and not (v == 0 and np.signbit(v)) else v


def binary_cases():
    out = []
    pairs = [
        ("float64", "float64"), ("float32", "float32"), ("float32", "float64"), ("int32", "int32"),
        ("int32", "float64"), ("uint8", "uint8"), ("int8", "uint8"), ("int16", "uint16"), ("uint8", "float32"),
        ("int8", "int8"), ("uint16", "uint16"), ("uint32", "uint32"), ("int16", "float32"), ("int32", "int16"),
        ("uint8", "int32"), ("float32", "int32"),
    ]
    shape_pairs = [((5,), (5,)), ((2, 3), (3,)), ((4, 1), (1, 3)), ((), (3,)), ((0,), (1,)), ((2, 0), (2, 1)), ((), ()), ((3, 1, 2), (4, 2))]
    for name, fn in BINARY.items():
        for da, db in pairs:
            for sa, sb in shape_pairs:
                a = values_for(da, sa)
                b = values_for(db, sb)
                if name == "power" and np.dtype(db).kind != "f":
                    b = np.abs(b.astype(np.int64) % 5).astype(db)
                out.append(record(name, fn, [a, b], [{"array": enc(a)}, {"array": enc(b)}], f"{da} {sa} with {db} {sb}"))
        # every pair of special values, by broadcasting a column against a row
        for dt in FLOAT_DTYPES:
            a = np.array(SPECIALS, dtype=dt).reshape(-1, 1)
            b = np.array(SPECIALS, dtype=dt).reshape(1, -1)
            out.append(record(name, fn, [a, b], [{"array": enc(a)}, {"array": enc(b)}], f"{dt} specials grid"))
        # weak scalars on either side
        for dt in FLOAT_DTYPES + INT_DTYPES:
            a = values_for(dt, (4,))
            if name == "power" and np.dtype(dt).kind != "f":
                a = np.abs(a.astype(np.int64) % 7).astype(dt)
            for s in [2, 0, -1, 300, 70000, 2.5, -0.0, np.nan, np.inf, 1e10, 4294967295]:
                out.append(record(name, fn, [a, scalar_py(s)], [{"array": enc(a)}, {"scalar": enc_num(s)}], f"{dt} with scalar {s}"))
                out.append(record(name, fn, [scalar_py(s), a], [{"scalar": enc_num(s)}, {"array": enc(a)}], f"scalar {s} with {dt}"))
        out.append(record(name, fn, [scalar_py(3.0), scalar_py(-2.5)], [{"scalar": 3}, {"scalar": -2.5}], "two scalars"))
        # shapes that do not broadcast
        a, b = np.zeros((2, 3)), np.zeros((4,))
        out.append(record(name, fn, [a, b], [{"array": enc(a)}, {"array": enc(b)}], "incompatible"))
    # a large contiguous case per op, where numpy may take SIMD paths
    for name, fn in BINARY.items():
        for dt in FLOAT_DTYPES:
            a = values_for(dt, (257,))
            b = values_for(dt, (257,))
            out.append(record(name, fn, [a, b], [{"array": enc(a)}, {"array": enc(b)}], f"{dt} 257 contiguous"))
    # integer power: wraparound, and negative exponents refused
    a = np.array([2, 3, -2, 7], dtype=np.int32)
    b = np.array([31, 20, 31, 12], dtype=np.int32)
    out.append(record("power", np.power, [a, b], [{"array": enc(a)}, {"array": enc(b)}], "int32 power wraps"))
    b = np.array([1, -1, 2, 0], dtype=np.int32)
    out.append(record("power", np.power, [a, b], [{"array": enc(a)}, {"array": enc(b)}], "int32 negative exponent"))
    a = np.array([65535, 4294967295, 123456], dtype=np.uint32)
    out.append(record("multiply", np.multiply, [a, a], [{"array": enc(a)}, {"array": enc(a)}], "uint32 multiply wraps"))
    a = np.array([2147483647, -2147483648, 123456789], dtype=np.int32)
    out.append(record("multiply", np.multiply, [a, a], [{"array": enc(a)}, {"array": enc(a)}], "int32 multiply wraps"))
    return out


def unary_cases():
    out = []
    for name, fn in UNARY.items():
        for dt in FLOAT_DTYPES + INT_DTYPES:
            for shape in [(6,), (2, 3), (), (0,), (16,)]:
                a = values_for(dt, shape)
                if dt in FLOAT_DTYPES and shape == (16,):
                    a = np.array(SPECIALS, dtype=dt)
                out.append(record(name, fn, [a], [{"array": enc(a)}], f"{dt} {shape}"))
        for s in [2, -0.0, 0.5, np.nan, -np.inf]:
            out.append(record(name, fn, [np.float64(s)], [{"scalar": enc_num(s)}], f"scalar {s}"))
    return out


def out_cases():
    """out= semantics: inputs broadcast to out, out never broadcast, same_kind casting."""
    out = []
    add = np.add
    specs = [
        ((3,), (2, 3), "float64", "float64"),
        ((2, 3), (2, 3), "int32", "float64"),
        ((2, 3), (2, 3), "float64", "float32"),
        ((2, 3), (2, 3), "int32", "int8"),
        ((2, 3), (2, 3), "int32", "uint8"),
        ((2, 3), (2, 3), "float64", "int32"),
        ((2, 3), (2, 3), "uint8", "int16"),
        ((1, 1, 3), (2, 3), "float64", "float64"),
        ((2, 3), (3,), "float64", "float64"),
        ((2, 3), (4, 2, 3), "float64", "float64"),
        ((), (), "float64", "float64"),
        ((0, 3), (0, 3), "float64", "float64"),
    ]
    for in_shape, out_shape, in_dt, out_dt in specs:
        a = values_for(in_dt, in_shape)
        b = values_for(in_dt, (3,) if len(in_shape) else ())
        o = np.zeros(out_shape, dtype=out_dt)
        entry = {"op": "add", "label": f"{in_dt} {in_shape} into {out_dt} {out_shape}", "operands": [{"array": enc(a)}, {"array": enc(b)}], "out": enc(o)}
        try:
            with np.errstate(all="ignore"):
                add(a, b, out=o, casting="same_kind")
            entry["result"] = enc(o)
        except (ValueError, TypeError) as ex:
            # numpy's UFuncTypeError (a TypeError) refuses the cast; a ValueError the shape.
            entry["error"] = "DTypeError" if isinstance(ex, TypeError) else "BroadcastError"
            entry["numpy"] = type(ex).__name__
        out.append(entry)
    return out


def view(base_index, base, offset, shape, strides):
    """A view described in elements, built in numpy with as_strided on the same buffer."""
    it = base.itemsize
    v = np.lib.stride_tricks.as_strided(base[offset:] if offset >= 0 else base, shape=shape, strides=[s * it for s in strides])
    return v, {"view": {"base": base_index, "offset": offset, "shape": list(shape), "strides": list(strides)}}


def overlap_cases():
    """Operations whose out shares memory with an input in every usual way; the result is the
    buffer afterwards, which must equal numpy's as-if-copied answer."""
    out = []
    layouts = [
        # (description, out view, input views): (offset, shape, strides) over one 1-D base buffer
        ("a[1:] op= a[:-1]", (1, (7,), (1,)), [(0, (7,), (1,)), (0, (7,), (1,))]),
        ("a[:-1] op= a[1:]", (0, (7,), (1,)), [(1, (7,), (1,)), (1, (7,), (1,))]),
        ("x op= x.T", (0, (3, 3), (3, 1)), [(0, (3, 3), (3, 1)), (0, (3, 3), (1, 3))]),
        ("reversed", (0, (8,), (1,)), [(7, (8,), (-1,)), (0, (8,), (1,))]),
        ("in place", (0, (8,), (1,)), [(0, (8,), (1,)), (0, (8,), (1,))]),
        ("broadcast row of itself", (0, (2, 4), (4, 1)), [(0, (2, 4), (4, 1)), (4, (2, 4), (0, 1))]),
        ("every other", (0, (4,), (2,)), [(1, (4,), (2,)), (0, (4,), (2,))]),
        ("strided into contiguous", (0, (4,), (1,)), [(0, (4,), (2,)), (1, (4,), (2,))]),
    ]
    for name in ["add", "subtract", "multiply", "maximum", "power"]:
        fn = BINARY[name]
        for desc, o_spec, in_specs in layouts:
            base = (np.arange(9, dtype=np.float64) + 1) * 0.5
            o, o_desc = view(0, base, *o_spec)
            ins = [view(0, base, *s) for s in in_specs]
            before = base.copy()
            fn(ins[0][0], ins[1][0], out=o)
            out.append({"op": name, "label": desc, "base": [enc(before)], "operands": [d for _, d in ins], "out": o_desc, "after": [enc(base)]})
    for name in ["negative", "exp", "square"]:
        fn = UNARY[name]
        for desc, o_spec, in_specs in layouts:
            base = (np.arange(9, dtype=np.float64) + 1) * 0.25
            o, o_desc = view(0, base, *o_spec)
            i, i_desc = view(0, base, *in_specs[0])
            before = base.copy()
            fn(i, out=o)
            out.append({"op": name, "label": desc, "base": [enc(before)], "operands": [i_desc], "out": o_desc, "after": [enc(base)], "exact": name in EXACT})
    return out


def main():
    write("elementwise.json", {
        "binary": binary_cases(),
        "unary": unary_cases(),
        "out": out_cases(),
        "overlap": overlap_cases(),
    })


if __name__ == "__main__":
    main()
