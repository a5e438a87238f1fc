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

def where(c, x, y):
    return np.where(c, x, y)


def clip(x, lo, hi):
    return np.clip(x, lo, hi)


def npround(x, decimals=0):
    return np.round(x, decimals)


FUNCS.update({
    "logicalAnd": (np.logical_and, 2, "exact", np.logical_and),
    "logicalOr": (np.logical_or, 2, "exact", np.logical_or),
    "logicalXor": (np.logical_xor, 2, "exact", np.logical_xor),
    "logicalNot": (np.logical_not, 1, "exact", np.logical_not),
    "isnan": (np.isnan, 1, "exact", np.isnan),
    "isinf": (np.isinf, 1, "exact", np.isinf),
    "isfinite": (np.isfinite, 1, "exact", np.isfinite),
    "signbit": (np.signbit, 1, "exact", np.signbit),
    "where": (where, 3, "exact", None),
    "clip": (clip, 3, "exact", np._core.umath.clip),
    "floor": (np.floor, 1, "exact", np.floor),
    "ceil": (np.ceil, 1, "exact", np.ceil),
    "trunc": (np.trunc, 1, "exact", np.trunc),
    "rint": (np.rint, 1, "exact", np.rint),
    "positive": (np.positive, 1, "exact", np.positive),
    "conj": (np.conj, 1, "exact", np.conjugate),
    "sign": (np.sign, 1, "exact", np.sign),
    "reciprocal": (np.reciprocal, 1, "exact", np.reciprocal),
    "floorDivide": (np.floor_divide, 2, "exact", np.floor_divide),
    "remainder": (np.remainder, 2, "exact", np.remainder),
    "fmod": (np.fmod, 2, "exact", np.fmod),
    "copysign": (np.copysign, 2, "exact", np.copysign),
    "nextafter": (np.nextafter, 2, "exact", np.nextafter),
    "hypot": (np.hypot, 2, "ulp", np.hypot),
    "logaddexp": (np.logaddexp, 2, "ulp", np.logaddexp),
    "logaddexp2": (np.logaddexp2, 2, "ulp", np.logaddexp2),
    "fmax": (np.fmax, 2, "exact", np.fmax),
    "fmin": (np.fmin, 2, "exact", np.fmin),
    "atan2": (np.arctan2, 2, "ulp", np.arctan2),
    "expm1": (np.expm1, 1, "ulp", np.expm1),
    "exp2": (np.exp2, 1, "ulp", np.exp2),
    "log1p": (np.log1p, 1, "ulp", np.log1p),
    "log2": (np.log2, 1, "ulp", np.log2),
    "log10": (np.log10, 1, "ulp", np.log10),
    "cbrt": (np.cbrt, 1, "ulp", np.cbrt),
    "tan": (np.tan, 1, "ulp", np.tan),
    "acos": (np.arccos, 1, "ulp", np.arccos),
    "asin": (np.arcsin, 1, "ulp", np.arcsin),
    "atan": (np.arctan, 1, "ulp", np.arctan),
    "sinh": (np.sinh, 1, "ulp", np.sinh),
    "cosh": (np.cosh, 1, "ulp", np.cosh),
    "acosh": (np.arccosh, 1, "ulp", np.arccosh),
    "asinh": (np.arcsinh, 1, "ulp", np.arcsinh),
    "atanh": (np.arctanh, 1, "ulp", np.arctanh),
    "bitwiseAnd": (np.bitwise_and, 2, "exact", np.bitwise_and),
    "bitwiseOr": (np.bitwise_or, 2, "exact", np.bitwise_or),
    "bitwiseXor": (np.bitwise_xor, 2, "exact", np.bitwise_xor),
    "bitwiseInvert": (np.invert, 1, "exact", np.invert),
    "bitwiseLeftShift": (np.left_shift, 2, "exact", np.left_shift),
    "bitwiseRightShift": (np.right_shift, 2, "exact", np.right_shift),
})
SHIFTS = {"bitwiseLeftShift", "bitwiseRightShift"}

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
    if isinstance(spec, (int, float)):
        spec = {"scalar": enc_num(spec)}
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
    if nin == 3:
        return ternary_cases(name)
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
            if name in SHIFTS and np.dtype(db).kind in "iu":
                b = (rng.integers(-2, 8 * np.dtype(db).itemsize + 3, b.shape) if np.dtype(db).kind == "i" else rng.integers(0, 8 * np.dtype(db).itemsize + 3, b.shape)).astype(db)
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


def ternary_cases(name):
    out = []
    for dt in DTYPES:
        for dx, dy in [("float64", "float64"), ("int8", "uint8"), ("float32", "int16"), ("bool", "bool"), ("int32", "uint32"), ("uint8", "float32"), (dt, dt)]:
            for shapes in [((6,), (6,), (6,)), ((2, 1), (3,), (2, 3)), ((), (2, 2), ()), ((0,), (1,), (0,))]:
                ops = [values_for(dt, shapes[0]), values_for(dx, shapes[1]), values_for(dy, shapes[2])]
                out.append(record(name, ops, f"{dt} {shapes[0]}, {dx} {shapes[1]}, {dy} {shapes[2]}"))
    for dt in DTYPES:
        a = values_for(dt, (5,))
        for lo, hi in [(0, 1), (1, 0), (2.5, 7), (-1, 300), (-1000, 1000), (True, False), (np.nan, 1), (0, np.nan), (-0.0, 0.0), (0.0, -0.0), (3, 3)]:
            s1 = lo if isinstance(lo, bool) else py_scalar({"scalar": enc_num(lo)})
            s2 = hi if isinstance(hi, bool) else py_scalar({"scalar": enc_num(hi)})
            if name == "where":
                c = values_for("bool", (5,))
                out.append(record(name, [c, a, s2], f"bool cond, {dt}, scalar {s2!r}"))
                out.append(record(name, [c, s1, s2], f"bool cond, scalars {s1!r} {s2!r}"))
                out.append(record(name, [s1, a, values_for(dt, (5,))], f"scalar cond {s1!r}, {dt}"))
            else:
                out.append(record(name, [a, s1, s2], f"{dt} within scalars {s1!r} {s2!r}"))
    if name == "clip":
        x = np.array([-0.0, 0.0, 1, 5, np.nan, -3])
        out.append(record(name, [x, np.zeros(6), -np.zeros(6)], "signed zero ties, array bounds"))
        out.append(record(name, [x, -np.zeros(6), np.zeros(6)], "signed zero ties, array bounds reversed"))
        out.append(record(name, [x, np.full(6, np.nan), 1.0], "NaN array bound"))
        out.append(record(name, [np.zeros((2, 3)), np.zeros(4), 1.0], "incompatible"))
    else:
        out.append(record(name, [np.zeros((2, 3), bool), np.zeros(4), 1.0], "incompatible"))
    return out


def sweep(name, dt):
    """Points across the function's domain: log-spaced magnitudes of both signs, subnormals,
    extremes, specials, and the neighbourhoods of its branch points."""
    f32 = dt == "float32"
    big = 3.4e38 if f32 else 1.7e308
    tiny = 1e-45 if f32 else 5e-324
    mags = np.logspace(-40 if f32 else -310, 38 if f32 else 308, 160)
    pts = list(mags) + list(-mags) + [0.0, -0.0, np.inf, -np.inf, np.nan, tiny, -tiny, big, -big, 1.0, -1.0]
    near = {"acos": [1, -1, 0], "asin": [1, -1, 0], "atanh": [1, -1, 0], "acosh": [1], "log1p": [-1, 0], "expm1": [0],
            "log2": [1, 0], "log10": [1], "log": [1], "tan": [np.pi / 2, np.pi, 1e5], "sin": [np.pi, 1e5], "cos": [np.pi / 2, 1e5],
            "exp": [709.78, -745.1, 88.7, -103.9], "exp2": [1024, -1074, 128, -149], "sinh": [710.47, 89.4], "cosh": [710.47, 89.4],
            "tanh": [0.625, 22, 9], "cbrt": [1, 8], "atan": [1, 1e16], "asinh": [1e8, 0], "sigmoid": [0, 36, -36]}
    for c in near.get(name, []):
        for k in range(-20, 21):
            pts.append(c + k * (1e-7 if f32 else 1e-15) * max(1.0, abs(c)))
    pts += list(rng.uniform(-10, 10, 120)) + list(rng.uniform(-1, 1, 60))
    return np.array(pts, dtype=np.float64).astype(dt)


def accuracy_cases():
    out = []
    for name, (fn, nin, acc, _) in FUNCS.items():
        if acc != "ulp":
            continue
        for dt in ("float64", "float32"):
            if nin == 1:
                out.append(record(name, [sweep(name, dt)], f"{dt} accuracy sweep"))
            else:
                a = sweep("pair", dt)
                b = rng.permutation(sweep("pair", dt))
                out.append(record(name, [a, b], f"{dt} accuracy sweep"))
    return out


def call_cases():
    """Functions with options: round(decimals), isclose/allclose, any/all/count_nonzero(axis, keepdims)."""
    out = []

    def rec(name, fn, args, kwargs, js_options=None):
        case = {"op": name, "label": f"{name} {[str(np.asarray(a).dtype) + str(np.shape(a)) for a in args]} {kwargs}", "operands": [spec_of(a) for a in args], "options": js_options if js_options is not None else kwargs}
        try:
            with np.errstate(all="ignore"):
                r = fn(*args, **kwargs)
            if isinstance(r, (bool, np.bool_)) and not isinstance(r, np.ndarray) and name == "allclose":
                case["value"] = bool(r)
            elif name == "countNonzero" and kwargs.get("axis") is None and not kwargs.get("keepdims"):
                case["value"] = int(r)
            else:
                r = np.asarray(r)
                if r.dtype == np.float16:
                    return None
                if r.dtype in (np.int64, np.intp):
                    r = r.astype(np.float64)
                case["result"] = enc(r)
        except Exception as ex:
            case["error"] = "AxisError" if "axis" in str(ex) else "DTypeError"
        return case

    for dt in ["float64", "float32", "int32", "int8", "uint16"]:
        a = values_for(dt, (7,), specials=True) * (np.array(1, dtype=dt) if np.dtype(dt).kind != "f" else np.float64(1).astype(dt))
        if np.dtype(dt).kind == "f":
            a = np.array([1.25, 2.675, -0.5, 1.5, 2.5, 150.0, -1234.5678], dtype=dt)
        for d in [0, 1, 2, -1, -2, 3]:
            out.append(rec("round", np.round, [a], {"decimals": d}))
    pairs = [
        (np.array([1, 1.00001, np.nan, np.inf, -np.inf, 0, 1e-9]), np.array([1.000001, 1.1, np.nan, np.inf, np.inf, 1e-8, 0])),
        (np.array([1, 2], dtype=np.float32), np.array([1.0000001, 2.001], dtype=np.float32)),
        (np.array([1, 2], dtype=np.int8), np.array([1, 3], dtype=np.int8)),
        (np.array([[1e10], [1.0001e10]]), np.array([1.00001e10, 1e10])),
    ]
    for a, b in pairs:
        for kw in [{}, {"equal_nan": True}, {"rtol": 0.1}, {"atol": 1e-7, "rtol": 0}]:
            js = {{"equal_nan": "equalNan"}.get(k, k): v for k, v in kw.items()}
            out.append(rec("isclose", np.isclose, [a, b], kw, js))
            out.append(rec("allclose", np.allclose, [a, b], kw, js))
    for dt in ["float64", "bool", "int8", "uint32"]:
        a = values_for(dt, (2, 3, 4))
        if dt == "float64":
            a[0, 0, 0] = np.nan
            a[1] = 0
        for kw in [{}, {"axis": 0}, {"axis": -1}, {"axis": (0, 2)}, {"axis": 1, "keepdims": True}, {"keepdims": True}]:
            for name, fn in [("any", np.any), ("all", np.all), ("countNonzero", np.count_nonzero)]:
                js = {k: (list(v) if isinstance(v, tuple) else v) for k, v in kw.items()}
                out.append(rec(name, fn, [a], kw, js))
    for name, fn in [("any", np.any), ("all", np.all), ("countNonzero", np.count_nonzero)]:
        out.append(rec(name, fn, [np.zeros((0, 3))], {}))
        out.append(rec(name, fn, [np.zeros((0, 3))], {"axis": 0}))
        out.append(rec(name, fn, [np.zeros((2, 3))], {"axis": 2}))
    return [c for c in out if c is not None]


def bool_reprs():
    arrays = [
        np.array([True, False]), np.array(True), np.array(False), np.array([[True, False], [False, True]]),
        np.array([True] * 30), np.array([False] * 3), np.array([], dtype=bool), np.zeros((2, 0), dtype=bool),
        np.array([True] * 1200), (np.arange(24).reshape(2, 3, 4) % 3 == 0),
    ]
    return [{"array": enc(a), "repr": repr(a)} for a in arrays]


def main():
    tables = {name: types_of(uf) for name, (_, _, _, uf) in FUNCS.items() if uf is not None}
    cases = [c for name in FUNCS for c in cases_for(name)] + accuracy_cases()
    write("ufuncs.json", {
        "types": tables,
        "accuracy": {name: acc for name, (_, _, acc, _) in FUNCS.items()},
        "cases": cases,
        "reprs": bool_reprs(),
        "calls": call_cases(),
    })


if __name__ == "__main__":
    main()
