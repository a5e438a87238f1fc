"""Fixtures for the creation functions: arange, linspace, logspace, geomspace (random and edge
cases in every dtype), eye, identity, the *Like functions, meshgrid, indices, tril/triu,
fromFunction inputs, asarray and array of NDArrays."""
import warnings

import numpy as np

from calls_common import A, generate

rng = np.random.default_rng(15)
warnings.simplefilter("ignore")

DTYPES = ["float64", "float32", "int32", "int16", "int8", "uint32", "uint16", "uint8"]


def split(args):
    """numpy's positional arguments and keywords from the JS arguments (the options object last)."""
    if args and isinstance(args[-1], dict):
        return list(args[:-1]), dict(args[-1])
    return list(args), {}


def np_arange(*args):
    pos, kw = split(args)
    kw.setdefault("dtype", "float64")
    return np.arange(*pos, **kw)


def np_lin(fn):
    def call(*args):
        pos, kw = split(args)
        kw.setdefault("dtype", "float64")
        return fn(*pos, **kw)
    return call


def ranges(c):
    edge = [
        (5,), (0,), (-3,), (2.5,), (1, 2, 0.1), (-3, 3.3, 0.3), (0, 1, 0.1), (0, 10, np.inf), (0, -10, np.inf),
        (10, 0, -np.inf), (0, 5, 0), (0, np.nan), (0, np.inf), (np.inf,), (0, 1, np.nan), (-np.inf, 0, np.inf),
        (0, -5), (10, 0, -3), (1e20, 1e20 + 1e5, 1e4), (-0.0, 3), (0.5, 5, 1.5), (0.5, 5, 0.7), (-0.5, 5, 0.7),
        (-1.5, 2, 1), (250, 260), (0, 300, 100), (0, 1e10, 1e9), (-3, 3, 2), (1, 1.3, 0.1), (0, 0.3, 0.1),
        (1e-300, 1e-299, 1e-301), (5, None, 2), (1.0000000001, 1.0000000002, 1e-11),
    ]
    for args in edge:
        for dtype in [None] + DTYPES:
            js = list(args) + ([{"dtype": dtype}] if dtype else [])
            c.add("arange", *js, np_fn=np_arange)
    # random ranges: decimal steps, random floats, negative steps, integer-valued arguments
    for _ in range(400):
        kind = rng.integers(0, 4)
        if kind == 0:
            start = round(float(rng.uniform(-10, 10)), int(rng.integers(0, 3)))
            step = float(rng.choice([0.1, 0.2, 0.3, 0.7, 0.05, 0.25, 1 / 3, -0.1, -0.3, 1.1]))
            stop = start + step * float(rng.integers(0, 40)) + float(rng.uniform(-0.5, 0.5)) * step
        elif kind == 1:
            start, stop = sorted(rng.uniform(-1e3, 1e3, 2).tolist())
            step = float(rng.uniform(0.5, 100))
            if rng.random() < 0.3:
                start, stop, step = stop, start, -step
        elif kind == 2:
            start, stop = (int(v) for v in rng.integers(-300, 300, 2))
            step = int(rng.choice([1, 2, 3, 7, -1, -2, -5]))
        else:
            start = float(rng.uniform(-5, 5))
            stop = start + float(rng.uniform(-1, 30))
            step = float(rng.uniform(0.01, 3)) * float(rng.choice([1, -1]))
        dtype = str(rng.choice(DTYPES + ["float64", "float32"]))
        c.add("arange", start, stop, step, {"dtype": dtype}, np_fn=np_arange)

    lin_edge = [
        (0, 1, 5), (0, 1, 5, {"endpoint": False}), (-5, 5, 4, {"dtype": "int32"}), (0, 1, 0), (0, 1, 1), (2, 1, 1, {"endpoint": False}),
        (0, 1, -1), (0, np.inf, 3), (np.nan, 1, 3), (1, 1, 4), (0, 1, {"num": 4, "endpoint": False}), (0, 300, 4, {"dtype": "uint8"}),
        (-300, 300, 5, {"dtype": "int8"}), (0.1, 0.7, 7), (-1, 1, 8, {"dtype": "float32"}), (0, 1), (1e-320, 1e-319, 5),
        (-2.5, 2.5, 6, {"dtype": "int16"}), (-2.5, 2.5, 6, {"dtype": "uint16"}), (-0.0, 0.0, 3),
    ]
    for args in lin_edge:
        c.add("linspace", *args, np_fn=np_lin(np.linspace))
    for args in [(0, 1, 5), (0, 1, 1), (0, 1, 0), (2, -1, 4, {"endpoint": False}), (0, 1, {"num": 3})]:
        pos, kw = split(list(args))
        c.add("linspace", *pos, {**kw, "retstep": True}, np_fn=lambda *a: (lambda r: [r[0], float(r[1])])(np_lin(np.linspace)(*a)))
    for _ in range(200):
        start, stop = (float(v) for v in rng.uniform(-100, 100, 2))
        num = int(rng.integers(0, 30))
        opts = {"endpoint": bool(rng.random() < 0.7), "dtype": str(rng.choice(DTYPES))}
        c.add("linspace", start, stop, num, opts, np_fn=np_lin(np.linspace))
    for args in [(0, 3, 4), (0, 3, 4, {"base": 2}), (-2, 2, 5, {"endpoint": False}), (0, 2, 3, {"dtype": "int32"}), (1, 0, 0), (0, 1, 7, {"dtype": "float32"}), (0, 3, 4, {"base": -1})]:
        c.add("logspace", *args, np_fn=np_lin(np.logspace), tol=1e-15)
    for args in [(1, 1000, 4), (-1, -1000, 4), (1, 256, 9, {"dtype": "uint8"}), (1, -1000, 4), (0, 10, 3), (1, 2, 0), (1, 2, 1),
                 (2, 2 ** 20, 21, {"endpoint": False}), (1e-5, 1e5, 11), (0.5, 8, 5, {"dtype": "float32"})]:
        c.add("geomspace", *args, np_fn=np_lin(np.geomspace), tol=1e-15)


def linspace_arrays(c):
    """linspace of array start/stop: broadcasting, axis, float32 arithmetic, integer dtypes, a zero
    step in one lane (numpy then computes every lane as (i / div) * delta), retstep, errors."""
    def lin(*args):
        pos, kw = split(args)
        kw = {("retstep" if k == "retstep" else k): v for k, v in kw.items()}
        r = np.linspace(*pos, **kw)
        return [r[0], r[1] if isinstance(r[1], np.ndarray) else float(r[1])] if kw.get("retstep") else r
    S = lambda *shape, dtype="float64": A(sample(shape, dtype) - 30 if np.dtype(dtype).kind != "u" else sample(shape, dtype))
    cases = [
        (S(3), 10, 5), (0, S(3), 4), (S(2, 1), S(3), 3), (S(2, 1), S(3), 3, {"axis": 1}), (S(2, 1), S(3), 3, {"axis": -1}), (S(2, 3), S(3), 4, {"axis": 2}),
        (S(2, 3), S(3), 4, {"axis": -2}), (S(3, dtype="float32"), 1, 6), (S(3, dtype="float32"), S(3, dtype="float32"), 7, {"endpoint": False}),
        (S(3, dtype="float32"), S(3, dtype="int32"), 5), (S(3, dtype="float32"), S(3, dtype="int16"), 5), (S(3, dtype="int32"), 100, 6),
        (S(3, dtype="uint8"), S(3, dtype="int8"), 5, {"dtype": "int16"}), (S(2), S(2), 5, {"dtype": "int32"}), ([1.0, 2.0, 3.0], [1.0, 5.0, 9.0], 5),
        ([[0.0], [1.0]], 2.0, 3), (S(3), 1, 0), (S(3), 1, 1), (S(3), 1, 1, {"endpoint": False}), (S(0), 1, 4), (A(np.array(1.5)), 4, 4),
        (S(3), 2, 4, {"axis": 2}), (S(3), 2, 4, {"axis": -3}),
        ([1.0, np.inf], [2.0, 3.0], 3), (A(np.array([True, False])), 2, 3),
    ]
    for args in cases:
        c.add("linspace", *args, np_fn=lin)
    for args in [(S(3), [2.0, 2.0], 4), (S(2, 2), S(3), 3)]:  # numpy's "could not be broadcast" ValueError
        c.add("linspace", *args, np_fn=lin, error="BroadcastError")
    for args in [(S(3), 10, 5), (S(2, 1, dtype="float32"), S(3, dtype="float32"), 4, {"axis": 1}), (S(3), 1, 1), ([1.0, 2.0], [1.0, 3.0], 3)]:
        pos, kw = split(list(args))
        c.add("linspace", *pos, {**kw, "retstep": True}, np_fn=lin)
    P = lambda *shape, dtype="float64": A(np.abs(sample(shape, dtype)) + 1)
    for args in [(S(3), 2, 5), (S(2, 1), S(3), 4, {"axis": -1}), (S(3, dtype="float32"), 1, 6), (S(3, dtype="float32"), S(3, dtype="float32"), 4, {"base": 2}),
                 (S(3), 1, 4, {"base": 2.5, "dtype": "int32"}), ([0.0, 1.0], 3, 4, {"endpoint": False}), (S(3, dtype="int16"), 2, 3), (S(2), 2, 3, {"axis": 3})]:
        pos, kw = split(list(args))
        c.add("logspace", *pos, kw, np_fn=lambda *a: np.logspace(*a[:-1], **a[-1]), tol=1e-6 if any(isinstance(x, A) and x.a.dtype == np.float32 for x in args) else 1e-15)
    for args in [(P(3), 1000, 4), (A(-np.abs(sample((3,))) - 1), -1000, 5), (P(2, 1), P(3), 4, {"axis": 1}), ([1.0, -2.0], [8.0, -32.0], 3),
                 (P(3, dtype="float32"), P(3, dtype="float32"), 5), (P(3, dtype="float32"), P(3, dtype="float32"), 5, {"dtype": "float32"}),
                 (P(3), 100, 4, {"dtype": "int32"}), (P(3), 10, 1), (P(3), 10, 0), (P(3), 10, 4, {"endpoint": False}), ([1.0, 0.0], 4, 3), ([1.0, -2.0], 16, 3)]:
        pos, kw = split(list(args))
        c.add("geomspace", *pos, kw, np_fn=lambda *a: np.geomspace(*a[:-1], **a[-1]), tol=1e-6 if any(isinstance(x, A) and x.a.dtype == np.float32 for x in args) else 1e-14)
    c.add("linspace", 0, 1, 3, {"axis": 1}, np_fn=lin)
    c.add("linspace", 0, 1, 3, {"axis": -1}, np_fn=lin)


def sample(shape, dtype="float64"):
    n = int(np.prod(shape))
    if np.dtype(dtype).kind == "f":
        return rng.standard_normal(n).round(3).astype(dtype).reshape(shape)
    return rng.integers(0, 100, n).astype(dtype).reshape(shape)


def others(c):
    for args in [(3,), (2, 3), (3, 2, 1), (3, None, -1), (3, 4, {"k": 2}), (0,), (2, {"dtype": "int32"}), (3, 3, {"k": -1, "dtype": "uint8"}), (-1,), (2, 2, 0.5), (4, 2, 5)]:
        def np_eye(*a):
            pos, kw = split(a)
            kw.setdefault("dtype", "float64")
            return np.eye(*pos, **kw)
        c.add("eye", *args, np_fn=np_eye, error="DTypeError" if 0.5 in args else None)
    for args in [(3,), (0,), (2, {"dtype": "int8"})]:
        c.add("identity", *args, np_fn=lambda *a: np.identity(*split(a)[0], **{"dtype": "float64", **split(a)[1]}))
    for x in [A(sample((2, 3), "int16")), A(sample(())), A(sample((0, 2), "float32"))]:
        c.add("zerosLike", x, np_fn=np.zeros_like)
        c.add("onesLike", x, {"dtype": "uint8"}, np_fn=lambda a, o: np.ones_like(a, **o))
        c.add("fullLike", x, 2.5, np_fn=np.full_like)
        c.add("fullLike", x, -3, {"shape": [2, 2], "dtype": "int8"}, np_fn=lambda a, v, o: np.full_like(a, v, **o))
        c.add("emptyLike", x, {"shape": 4}, np_fn=lambda a, o: np.zeros_like(a, **o))
    xs = [A(sample((3,))), A(sample((2,), "int32")), A(sample((4,), "float32")), A(sample((0,)))]
    for n in range(0, 4):
        for indexing in ["xy", "ij"]:
            for sparse in [False, True]:
                for copy in [True, False]:
                    args = xs[:n] + [{"indexing": indexing, "sparse": sparse, "copy": copy}]
                    c.add("meshgrid", *args, np_fn=lambda *a: list(np.meshgrid(*a[:-1], **a[-1])))
    c.add("meshgrid", A(sample((2, 2))), A(sample((3,))), np_fn=lambda *a: list(np.meshgrid(*a)))
    for dims in [[2, 3], [3], [], [2, 0, 2], [1, 2, 3]]:
        c.add("indices", dims, np_fn=lambda d: np.indices(d, dtype="int32"))
        c.add("indices", dims, {"sparse": True, "dtype": "float32"}, np_fn=lambda d, o: list(np.indices(d, **o)))
    # array of NDArrays: numpy stacks them; dtype is the promotion (Python ints count as int64, here float64)
    a8, a32, f32 = A(sample((2,), "int8")), A(sample((2,), "int32")), A(sample((2,), "float32"))
    c.add("array", [a8, a8], np_fn=lambda l: np.array(l))
    c.add("array", [a8, a32], np_fn=lambda l: np.array(l))
    c.add("array", [a8, f32], np_fn=lambda l: np.array(l))
    c.add("array", [a32, [1.5, 2]], np_fn=lambda l: np.array(l))
    c.add("array", [[a8], [a8]], np_fn=lambda l: np.array(l))
    c.add("array", [a8, a8], {"dtype": "float32"}, np_fn=lambda l, o: np.array(l, **o))
    c.add("array", [A(sample((2,))), A(sample((3,)))], np_fn=lambda l: np.array(l), error="ShapeError")


def no_int64(d):
    """numpy's int64 (int32 or narrower with uint32) is float64 here: no int64 typed array holds JS numbers."""
    return np.dtype("float64") if d == np.int64 else d


def dtypes(c):
    # astype: values every platform converts alike (and the x86-64 values for NaN, ±inf and overflow
    # into int32 and narrower, which the library follows: see docs/numpy-differences.md)
    floats = A(np.array([0.0, -0.0, 1.5, -1.5, 2.5, -2.7, 127.9, 128.5, -129.2, 255.9, 256.0, 65535.5, 65536.2, -32769.0, 2147483647.0, -2147483648.0, 1e-300, 3.4e38, 1e39]))
    specials = A(np.array([np.nan, np.inf, -np.inf, 3e9, -3e9, 1e20]))
    ints = A(np.array([0, 1, -1, 127, 128, -129, 255, 256, 65535, 65536, -32769, 2147483647, -2147483648], dtype="int32"))
    uints = A(np.array([0, 1, 255, 256, 65535, 65536, 4294967295], dtype="uint32"))
    for x in [floats, ints, uints, A(floats.a.astype("float32")), A(sample((2, 3), "int16"), view=[("T",)]), A(sample(())), A(sample((0,), "uint8"))]:
        for d in DTYPES:
            c.add("astype", x, d, np_fn=lambda a, d: a.astype(d))
    for d in ["int32", "int16", "int8", "uint16", "uint8"]:
        c.add("astype", specials, d, np_fn=lambda a, d: a.astype(d))
    for x in [A(sample((3,))), A(sample((3,), "int8"))]:
        c.add("astype", x, x.a.dtype.name, {"copy": False}, np_fn=lambda a, d, o: np.astype(a, d, **o))
        c.add("astype", x, x.a.dtype.name, {"copy": True}, np_fn=lambda a, d, o: np.astype(a, d, **o))
        c.add("astype", x, "float32", {"copy": False}, np_fn=lambda a, d, o: np.astype(a, d, **o))
    for f in DTYPES:
        for t in DTYPES:
            for casting in ["no", "equiv", "safe", "same_kind", "unsafe"]:
                c.add("canCast", f, t, {"casting": casting}, np_fn=lambda f, t, o: bool(np.can_cast(f, t, **o)))
            c.add("resultType", f, t, np_fn=lambda f, t: no_int64(np.result_type(f, t)))
    # weak scalars (NEP 50): numbers integral or not; numpy's int64 for integers alone is float64 here
    for d in DTYPES:
        for v in [1, 300, -1, 1.5, -0.0, np.inf]:
            c.add("resultType", A(sample((2,), d)), v, np_fn=lambda a, v: np.result_type(a, v))
        c.add("resultType", d, A(sample((), "float32")), 2, np_fn=lambda a, b, v: np.result_type(a, b, v))
    for d in ["float64", "float32"]:
        c.add("finfo", d, np_fn=lambda d: (lambda f: {"bits": f.bits, "eps": float(f.eps), "max": float(f.max), "min": float(f.min), "smallestNormal": float(f.smallest_normal), "dtype": str(f.dtype)})(np.finfo(d)))
        c.add("iinfo", d, np_fn=lambda d: np.iinfo(d), error="DTypeError")
    for d in DTYPES[2:]:
        c.add("iinfo", d, np_fn=lambda d: (lambda f: {"bits": f.bits, "max": int(f.max), "min": int(f.min), "dtype": str(f.dtype)})(np.iinfo(d)))
        c.add("finfo", d, np_fn=lambda d: np.finfo(d), error="DTypeError")
    for d in DTYPES:
        for kind in ["bool", "signed integer", "unsigned integer", "integral", "real floating", "complex floating", "numeric", ["bool", "real floating"], "float32", ["int8", "integral"]]:
            c.add("isdtype", d, kind, np_fn=lambda d, k: bool(np.isdtype(np.dtype(d), tuple(np.dtype(x) if x in DTYPES else x for x in k) if isinstance(k, list) else (np.dtype(k) if k in DTYPES else k))))
        c.add("isdtype", d, "float", np_fn=lambda d, k: np.isdtype(np.dtype(d), k), error="DTypeError")


def main():
    generate("creation.json", ranges, linspace_arrays, others, dtypes)


if __name__ == "__main__":
    main()
