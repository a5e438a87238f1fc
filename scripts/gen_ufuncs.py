"""Fixtures for the table of elementwise functions (src/ops/kernels.ts): numpy's type tables over
this library's dtypes; values, result dtypes and errors of every function on every dtype (bool
included), broadcasting, weak JS scalars (numbers and booleans, NEP 50), special values (NaN,
±inf, -0, subnormals, extremes); dense accuracy sweeps of the float functions; and bool reprs."""
import warnings

import numpy as np

from fixtures_common import enc, enc_num, write

rng = np.random.default_rng(14)
warnings.simplefilter("ignore")

DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "float32", "float64"]
CODES = set("?bBhHiIfd")


def relu(x):
    return np.maximum(x, np.asarray(x).dtype.type(0))


def sigmoid(x):
    # in the float dtype exp resolves to (float32 for 8- and 16-bit integers and bool)
    x = np.asarray(x)
    if x.dtype.kind != "f":
        x = x.astype(np.float32 if x.dtype.itemsize <= 2 else np.float64)
    one = x.dtype.type(1)
    return one / (one + np.exp(-x))


# name: (numpy function, number of inputs, "exact" | "ulp", numpy ufunc whose types the row copies)
FUNCS = {
    "add": (np.add, 2, "exact", np.add),
    "subtract": (np.subtract, 2, "exact", np.subtract),
    "multiply": (np.multiply, 2, "exact", np.multiply),
    "divide": (np.divide, 2, "exact", np.divide),
    "power": (np.power, 2, "ulp", np.power),
    "maximum": (np.maximum, 2, "exact", np.maximum),
    "minimum": (np.minimum, 2, "exact", np.minimum),
    "negative": (np.negative, 1, "exact", np.negative),
    "abs": (np.abs, 1, "exact", np.absolute),
    "square": (np.square, 1, "exact", np.square),
    "relu": (relu, 1, "exact", None),
    "exp": (np.exp, 1, "ulp", np.exp),
    "log": (np.log, 1, "ulp", np.log),
    "sqrt": (np.sqrt, 1, "exact", np.sqrt),
    "sigmoid": (sigmoid, 1, "ulp", None),
    "sin": (np.sin, 1, "ulp", np.sin),
    "cos": (np.cos, 1, "ulp", np.cos),
    "tanh": (np.tanh, 1, "ulp", np.tanh),
    "equal": (np.equal, 2, "exact", np.equal),
    "notEqual": (np.not_equal, 2, "exact", np.not_equal),
    "less": (np.less, 2, "exact", np.less),
    "lessEqual": (np.less_equal, 2, "exact", np.less_equal),
    "greater": (np.greater, 2, "exact", np.greater),
    "greaterEqual": (np.greater_equal, 2, "exact", np.greater_equal),
}

FLOAT_SPECIALS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 3.0, -2.5, 1e-300, -1e300, np.inf, -np.inf, np.nan, 7.25, 1 / 3,
                  5e-324, -2.2250738585072014e-308, 1.7976931348623157e308, 100.0, -700.0, 0.1]
F32_SPECIALS = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 3.0, -2.5, np.inf, -np.inf, np.nan, 7.25, 1 / 3,
                1e-45, -1.1754944e-38, 3.4028235e38, 100.0, -90.0, 0.1, 1e-8]


def types_of(uf):
    out = []
    for t in uf.types:
        if all(c in CODES for c in t.replace("->", "")) and t not in out:
            out.append(t)
    return out


def values_for(dtype, shape, specials=True):
    n = int(np.prod(shape))
    if dtype == "bool":
        return (rng.random(n) < 0.5).reshape(shape)
    if np.dtype(dtype).kind == "f":
        pool = FLOAT_SPECIALS if dtype == "float64" else F32_SPECIALS
        vals = np.array([pool[int(i)] for i in rng.integers(0, len(pool), n)], dtype=np.float64)
        if not specials:
            vals = np.zeros(n)
        vals = np.where(rng.random(n) < (0.5 if specials else 0.0), vals, rng.standard_normal(n) * 10.0 ** rng.integers(-2, 3, n))
        return vals.astype(dtype).reshape(shape)
    info = np.iinfo(dtype)
    edges = [info.min, info.max, 0, 1, 2, 3, -1 if info.min < 0 else 7]
    vals = rng.integers(max(info.min, -300), min(info.max, 300) + 1, n)
    for i in range(min(n, 4)):
        vals[i] = edges[int(rng.integers(0, len(edges)))]
    return vals.astype(dtype).reshape(shape)


def py_scalar(spec):
    """A JS value as numpy sees it: a boolean is a Python bool; an integral number other than -0 a
    Python int; anything else a Python float."""
    if "bool" in spec:
        return bool(spec["bool"])
    v = spec["scalar"]
    v = float({"nan": np.nan, "inf": np.inf, "-inf": -np.inf, "-0": -0.0}.get(v, v)) if isinstance(v, str) else float(v)
    return int(v) if v.is_integer() and not (v == 0 and np.signbit(v)) else v


def spec_of(x):
    if isinstance(x, (bool, np.bool_)):
        return {"bool": bool(x)}
    if isinstance(x, (int, float)):
        return {"scalar": enc_num(x)}
    return {"array": enc(x)}


def record(name, operands, label, extra=None):
    fn = FUNCS[name][0]
    specs = [spec_of(o) for o in operands]
    case = {"op": name, "label": label, "operands": specs}
    if extra:
        case.update(extra)
    try:
        with np.errstate(all="ignore"):
            r = np.asarray(fn(*operands))
        if r.dtype == np.float16:
            # numpy computes in float16 for 8-bit inputs; the library in float32 (no float16 arrays in
            # JS): the reference is numpy's float32 function on the same values.
            with np.errstate(all="ignore"):
                r = np.asarray(fn(*[o if isinstance(o, (int, float)) and not isinstance(o, bool) else np.asarray(o).astype(np.float32) for o in operands]))
            case["float16"] = True
        if r.dtype == np.int64 or r.dtype == np.uint64:
            # numpy's int64 (a Python int with a bool, two Python ints) is float64 here
            case["int64"] = True
            r = r.astype(np.float64)
        case["result"] = enc(r)
    except OverflowError:
        case["error"] = "DTypeError"
        case["numpy"] = "OverflowError"
    except (TypeError, ValueError) as ex:
        case["error"] = "BroadcastError" if "broadcast" in str(ex) else "DTypeError"
        case["numpy"] = type(ex).__name__
    return case


SCALARS = [2, 0, -1, 300, 70000, 2.5, -0.0, np.nan, np.inf, 1e10, 4294967295, True, False]


def cases_for(name):
    fn, nin, acc, uf = FUNCS[name]
    out = []
    if nin == 1:
        for dt in DTYPES:
            for shape in [(7,), (2, 3), (), (0,)]:
                out.append(record(name, [values_for(dt, shape)], f"{dt} {shape}"))
            if dt in ("float32", "float64"):
                pool = FLOAT_SPECIALS if dt == "float64" else F32_SPECIALS
                out.append(record(name, [np.array(pool, dtype=dt)], f"{dt} specials"))
        for s in [2, -0.0, 0.5, np.nan, -np.inf, True]:
            out.append(record(name, [s], f"scalar {s}"))
        return out
    pairs = [(d, d) for d in DTYPES] + [
        ("bool", "int8"), ("uint8", "bool"), ("bool", "float32"), ("int8", "uint8"), ("int16", "uint16"),
        ("int32", "uint32"), ("uint8", "float32"), ("int16", "float32"), ("int32", "float32"), ("float32", "float64"),
        ("uint32", "int8"), ("uint16", "int32"), ("int32", "float64"),
    ]
    shapes = [((6,), (6,)), ((2, 3), (3,)), ((4, 1), (1, 3)), ((), (3,)), ((0,), (1,)), ((), ())]
    for da, db in pairs:
        for sa, sb in shapes:
            a = values_for(da, sa)
            b = values_for(db, sb)
            if name == "power" and np.dtype(db).kind in "biu":
                b = np.abs(b.astype(np.int64) % 5).astype(db)
            out.append(record(name, [a, b], f"{da} {sa} with {db} {sb}"))
    for dt in ("float32", "float64"):
        pool = FLOAT_SPECIALS if dt == "float64" else F32_SPECIALS
        a = np.array(pool, dtype=dt).reshape(-1, 1)
        b = np.array(pool, dtype=dt).reshape(1, -1)
        out.append(record(name, [a, b], f"{dt} specials grid"))
    for dt in DTYPES:
        a = values_for(dt, (4,))
        if name == "power" and np.dtype(dt).kind in "biu":
            a = np.abs(a.astype(np.int64) % 7).astype(dt)
        for s in SCALARS:
            s = s if isinstance(s, bool) else py_scalar({"scalar": enc_num(s)})
            out.append(record(name, [a, s], f"{dt} with scalar {s!r}"))
            out.append(record(name, [s, a], f"scalar {s!r} with {dt}"))
    out.append(record(name, [3, -2.5], "two numbers"))
    out.append(record(name, [True, False], "two booleans"))
    out.append(record(name, [np.zeros((2, 3)), np.zeros((4,))], "incompatible"))
    return out


def bool_reprs():
    arrays = [
        np.array([True, False]), np.array(True), np.array(False), np.array([[True, False], [False, True]]),
        np.array([True] * 30), np.array([False] * 3), np.array([], dtype=bool), np.zeros((2, 0), dtype=bool),
        np.array([True] * 1200), (np.arange(24).reshape(2, 3, 4) % 3 == 0),
    ]
    return [{"array": enc(a), "repr": repr(a)} for a in arrays]


def main():
    tables = {name: types_of(uf) for name, (_, _, _, uf) in FUNCS.items() if uf is not None}
    cases = [c for name in FUNCS for c in cases_for(name)]
    write("ufuncs.json", {
        "types": tables,
        "accuracy": {name: acc for name, (_, _, acc, _) in FUNCS.items()},
        "cases": cases,
        "reprs": bool_reprs(),
    })


if __name__ == "__main__":
    main()
