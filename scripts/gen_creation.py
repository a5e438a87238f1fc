"""Fixtures for the creation functions: arange, linspace, logspace, geomspace (random and edge
cases in every dtype), eye, identity, the *Like functions, meshgrid, indices, tril/triu,
fromFunction inputs, asarray and array of NDArrays."""
import warnings

import numpy as np

from calls_common import A, Calls
from fixtures_common import write

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


def main():
    c = Calls()
    ranges(c)
    write("creation.json", {"cases": c.cases})


if __name__ == "__main__":
    main()
