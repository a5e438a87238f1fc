"""Fixtures for statistics (src/statistics/): numpy 2's answers for cumsum/cumprod and the Array API's
cumulative_sum/cumulative_prod (include_initial, dtype), var/std (ddof/correction, two-pass),
median, quantile/percentile with every method, the nan-functions, ptp, average, histogram, bincount,
digitize, interp, diff, cov, corrcoef, trace. Every dtype, 0-d and empty inputs, axes, NaN, errors.

Result dtypes follow docs/numpy-differences.md: where numpy answers int64/uint64 (integer sums and
products, counts), the fixture holds this library's float64 (values) or int32 (counts, indices)."""
import numpy as np

from calls_common import generate, sprinkle

rng = np.random.default_rng(61)

DTYPES = ["float64", "float32", "int32", "int16", "int8", "uint32", "uint16", "uint8"]
SHAPES = [(), (0,), (1,), (7,), (3, 4), (2, 3, 4), (0, 3), (3, 0)]


def sample(shape, dtype="float64", specials=False, small=False):
    n = int(np.prod(shape))
    if np.dtype(dtype).kind == "f":
        x = rng.standard_normal(n) * (1 if small else 10)
        if specials:
            sprinkle(x, rng)
        return x.astype(dtype).reshape(shape)
    info = np.iinfo(dtype)
    lo, hi = (0, 4) if small else (max(info.min, -100), min(info.max, 100))
    return rng.integers(lo, hi, n).astype(dtype).reshape(shape)


def axes_of(nd):
    return [None] + list(range(-nd, nd)) + ([[0, nd - 1]] if nd >= 2 else [])


def tup(axis):
    return tuple(axis) if isinstance(axis, list) else axis


def exact_axis(axis, nd):
    """Our float64 sums are numpy's bit for bit over all axes or the last one; elsewhere numpy adds
    row by row and the results agree within rounding."""
    return axis is None or nd <= 1 or axis in (-1, nd - 1)


def cumulative(c):
    for dtype in DTYPES:
        for shape in SHAPES + [(2, 1, 3)]:
            a = sample(shape, dtype, specials=True, small=True)
            nd = len(shape)
            for axis in [None] + list(range(-nd, nd)):
                res = lambda r: r.astype(np.float64) if np.dtype(dtype).kind in "iu" else r  # noqa: E731
                c.add("cumsum", a, {"axis": axis}, np_fn=lambda *_: res(np.cumsum(a, axis=axis)))
                c.add("cumprod", a, {"axis": axis}, np_fn=lambda *_: res(np.cumprod(a, axis=axis)))
                for init in [False, True]:
                    opts = {"includeInitial": init} if axis is None else {"axis": axis, "includeInitial": init}
                    c.add("cumulativeSum", a, opts, np_fn=lambda *_: res(np.cumulative_sum(a, axis=axis, include_initial=init)))
                    c.add("cumulativeProd", a, opts, np_fn=lambda *_: res(np.cumulative_prod(a, axis=axis, include_initial=init)))
    # accumulation in a given dtype: float32 rounding and integer wraparound, bit-for-bit
    big = rng.standard_normal(500).astype(np.float32) * 1000
    c.add("cumsum", big, np_fn=lambda *_: np.cumsum(big))
    c.add("cumprod", np.float32(1.01) + big[:60] / 1e6, np_fn=lambda *_: np.cumprod(np.float32(1.01) + big[:60] / 1e6))
    for dtype in ["int8", "uint8", "int16", "int32", "uint32"]:
        a = sample((40,), dtype)
        c.add("cumsum", a, {"dtype": dtype}, np_fn=lambda *_: np.cumsum(a, dtype=dtype))
        c.add("cumprod", a, {"dtype": dtype}, np_fn=lambda *_: np.cumprod(a, dtype=dtype))
        c.add("cumulativeSum", a, {"dtype": "float32"}, np_fn=lambda *_: np.cumulative_sum(a, dtype="float32"))
    m = sample((3, 4))
    c.add("cumsum", m, 1, np_fn=lambda *_: np.cumsum(m, 1))
    c.add("cumulativeSum", m, np_fn=lambda *_: np.cumulative_sum(m))
    c.add("cumulativeProd", m, {"axis": 2}, np_fn=lambda *_: np.cumulative_prod(m, axis=2))
    c.refused("cumsum", m, {"includeInitial": True}, error="DTypeError")
    c.refused("cumulativeSum", m, {"axis": 0, "dtype": "int64"}, error="DTypeError")


def moments(c):
    for dtype in DTYPES:
        for shape in SHAPES + [(300,), (5, 130)]:
            a = sample(shape, dtype, specials=shape == (7,))
            nd = len(shape)
            rtol = 1e-5 if dtype == "float32" else None
            for axis in axes_of(nd):
                r = rtol if rtol or exact_axis(axis, nd) else 1e-12
                for keepdims in [False, True]:
                    for ddof in [0, 1]:
                        opts = {"axis": axis, "keepdims": keepdims}
                        c.add("var", a, {**opts, **({"correction": ddof} if ddof else {})}, np_fn=lambda *_: np.var(a, axis=tup(axis), keepdims=keepdims, ddof=ddof), tol=r)
                        c.add("std", a, {**opts, **({"ddof": ddof} if ddof else {})}, np_fn=lambda *_: np.std(a, axis=tup(axis), keepdims=keepdims, ddof=ddof), tol=r)
                if int(np.prod(shape)) <= 24:
                    c.add("ptp", a, {"axis": axis}, np_fn=lambda *_: np.ptp(a, axis=tup(axis)))
                    if a.size:  # numpy's average of an empty slice divides 0 by 0 in Python: ZeroDivisionError
                        c.add("average", a, {"axis": axis}, np_fn=lambda *_: np.average(a, axis=tup(axis)), tol=r)
    a = sample((3, 4))
    c.add("var", a, {"ddof": 4, "axis": 1}, np_fn=lambda *_: np.var(a, ddof=4, axis=1))
    c.add("var", a, {"ddof": 5, "axis": 1}, np_fn=lambda *_: np.var(a, ddof=5, axis=1))
    c.add("std", a, 0, np_fn=lambda *_: np.std(a, 0), tol=1e-12)
    c.add("var", a, {"ddof": 1, "correction": 1}, np_fn=lambda *_: np.var(a, ddof=1, correction=1), error="DTypeError")
    c.add("var", a, {"axis": 2}, np_fn=lambda *_: np.var(a, axis=2))
    c.refused("std", a, {"dof": 1}, error="DTypeError")
    # the nan-functions, with all-NaN slices and no NaN at all
    for dtype in ["float64", "float32", "int32", "uint8"]:
        for shape in [(), (0,), (7,), (3, 4), (2, 3, 4), (0, 3)]:
            a = sample(shape, dtype, specials=True)
            if np.dtype(dtype).kind == "f" and len(shape) == 2 and a.size:
                a[0, :] = np.nan
            nd = len(shape)
            rtol = 1e-5 if dtype == "float32" else None
            for axis in axes_of(nd):
                r = rtol if rtol or exact_axis(axis, nd) else 1e-12
                for keepdims in [False, True]:
                    o = {"axis": axis, "keepdims": keepdims}
                    k = {"axis": tup(axis), "keepdims": keepdims}
                    c.add("nansum", a, o, np_fn=lambda *_: np.nansum(a, **k).astype(np.float64 if dtype in ("int32", "uint8") else dtype), tol=r)
                    c.add("nanmean", a, o, np_fn=lambda *_: np.nanmean(a, **k), tol=r)
                    c.add("nanmax", a, o, np_fn=lambda *_: np.nanmax(a, **k))
                    c.add("nanmin", a, o, np_fn=lambda *_: np.nanmin(a, **k))
                    c.add("nanvar", a, o, np_fn=lambda *_: np.nanvar(a, **k), tol=r)
                    c.add("nanstd", a, {**o, "ddof": 1}, np_fn=lambda *_: np.nanstd(a, ddof=1, **k), tol=r)
    # average with weights
    a = sample((3, 4))
    w = rng.random((3, 4))
    c.add("average", a, {"weights": w}, np_fn=lambda *_: np.average(a, weights=w), tol=1e-12)
    c.add("average", a, {"axis": 1, "weights": w[0]}, np_fn=lambda *_: np.average(a, axis=1, weights=w[0]), tol=1e-12)
    c.add("average", a, {"axis": 0, "weights": w[:, 0], "returned": True}, np_fn=lambda *_: np.average(a, axis=0, weights=w[:, 0], returned=True), tol=1e-12)
    c.add("average", a, {"returned": True}, np_fn=lambda *_: np.average(a, returned=True), tol=1e-12)
    ai = sample((2, 3), "int32")
    wi = np.array([1, 2, 3], dtype=np.int32)
    c.add("average", ai, {"axis": 1, "weights": wi}, np_fn=lambda *_: np.average(ai, axis=1, weights=wi), tol=1e-12)
    a32 = sample((4,), "float32")
    w32 = np.array([1, 2, 3, 4], dtype=np.float32)
    c.add("average", a32, {"weights": w32}, np_fn=lambda *_: np.average(a32, weights=w32), tol=1e-6)
    c.refused("average", a, {"weights": w[0]}, error="ShapeError")
    c.add("average", a, {"axis": 0, "weights": w[0]}, np_fn=lambda *_: np.average(a, axis=0, weights=w[0]))
    # numpy raises ZeroDivisionError for weights that sum to 0
    c.refused("average", a, {"axis": 1, "weights": np.array([1.0, -1, 0, 0])}, error="ShapeError")


def quantiles(c):
    methods = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen",
               "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest"]
    qs = [0.0, 0.1, 0.25, 1 / 3, 0.5, 0.7, 0.75, 0.9, 0.99, 1.0]
    for n in [1, 2, 3, 4, 5, 10, 11]:
        a = sample((n,))
        for method in methods:
            c.add("quantile", a, qs, {"method": method}, np_fn=lambda *_: np.quantile(a, qs, method=method))
            c.add("quantile", a, 0.3, {"method": method}, np_fn=lambda *_: np.quantile(a, 0.3, method=method))
    # ties, infinities, NaN lanes, axes, keepdims, dtypes
    for dtype in DTYPES:
        for shape in [(), (1,), (6,), (3, 5), (2, 3, 4), (3, 0)]:
            a = sample(shape, dtype, specials=shape == (3, 5))
            nd = len(shape)
            for axis in axes_of(nd):
                for keepdims in [False, True]:
                    o = {"axis": axis, "keepdims": keepdims}
                    k = {"axis": tup(axis), "keepdims": keepdims}
                    c.add("median", a, o, np_fn=lambda *_: np.median(a, **k))
                    c.add("quantile", a, 0.37, o, np_fn=lambda *_: np.quantile(a, 0.37, **k), error="IndexError")
                    c.add("quantile", a, [0.5, 0.13], o, np_fn=lambda *_: np.quantile(a, [0.5, 0.13], **k), error="IndexError")
                    c.add("percentile", a, 42.0, {**o, "method": "nearest"}, np_fn=lambda *_: np.percentile(a, 42.0, method="nearest", **k), error="IndexError")
                    c.add("percentile", a, [10, 50, 90], o, np_fn=lambda *_: np.percentile(a, [10, 50, 90], **k), error="IndexError")
    # integer lerp in the input dtype (numpy's wrapped difference), float32 weak q, infinities
    i8 = np.array([-128, 127, 5, -3], dtype=np.int8)
    for method in ["linear", "hazen", "midpoint"]:
        c.add("quantile", i8, [0.2, 0.5, 0.8], {"method": method}, np_fn=lambda *_: np.quantile(i8, [0.2, 0.5, 0.8], method=method))
    inf = np.array([1.0, np.inf, -np.inf, 2.0])
    for q in [0.0, 0.2, 0.5, 0.9, 1.0]:
        c.add("quantile", inf, q, np_fn=lambda *_: np.quantile(inf, q))
    for a in [np.array([-0.0, -0.0]), np.array([-0.0]), np.array([0.0, -0.0, 1.0]), np.array([]), np.array([1.0, 2.0], dtype=np.float32)]:
        c.add("median", a, np_fn=lambda *_: np.median(a))
    a = sample((4, 5))
    c.add("median", a, 1, np_fn=lambda *_: np.median(a, 1))
    c.add("quantile", a, 0.5, 0, np_fn=lambda *_: np.quantile(a, 0.5, 0))
    c.add("quantile", a, 1.5, np_fn=lambda *_: np.quantile(a, 1.5), error="DTypeError")
    c.add("quantile", a, [-0.1], np_fn=lambda *_: np.quantile(a, [-0.1]), error="DTypeError")
    c.add("percentile", a, 101, np_fn=lambda *_: np.percentile(a, 101), error="DTypeError")
    c.add("quantile", a, [[0.5, 0.25]], np_fn=lambda *_: np.quantile(a, [[0.5, 0.25]]))
    c.add("quantile", a, [[[0.5]]], np_fn=lambda *_: np.quantile(a, [[[0.5]]]), error="DTypeError")
    c.add("quantile", a, 0.5, {"method": "bogus"}, np_fn=lambda *_: np.quantile(a, 0.5, method="bogus"), error="DTypeError")
    c.add("median", a, {"axis": 2}, np_fn=lambda *_: np.median(a, axis=2))
    c.add("quantile", np.zeros(0), 0.5, np_fn=lambda *_: np.quantile(np.zeros(0), 0.5), error="IndexError")
    # weights (method inverted_cdf): integer weights (exact shares), leading zero weights, ties, axes
    for dtype in ["float64", "int32", "float32"]:
        a = sample((4, 6), dtype)
        a[0, 1] = a[0, 2]
        w = rng.integers(0, 4, (4, 6)).astype(np.float64)
        w[:, 0] = 0
        w[:, 3] += 1
        for axis in [None, 0, 1, -1]:
            for q in [0.0, 0.25, 0.5, [0.1, 0.9, 1.0]]:
                c.add("quantile", a, q, {"axis": axis, "method": "inverted_cdf", "weights": w}, np_fn=lambda *_: np.quantile(a, q, axis=axis, method="inverted_cdf", weights=w), error="DTypeError")
        c.add("percentile", a, [30.0, 60.0], {"axis": 1, "method": "inverted_cdf", "weights": w[0]}, np_fn=lambda *_: np.percentile(a, [30.0, 60.0], axis=1, method="inverted_cdf", weights=w[0]))
    a = sample((3, 4))
    c.add("quantile", a, 0.5, {"weights": np.ones((3, 4))}, np_fn=lambda *_: np.quantile(a, 0.5, weights=np.ones((3, 4))), error="DTypeError")
    c.add("quantile", a, 0.5, {"axis": 1, "method": "inverted_cdf", "weights": -np.ones((3, 4))}, np_fn=lambda *_: np.quantile(a, 0.5, axis=1, method="inverted_cdf", weights=-np.ones((3, 4))), error="DTypeError")
    c.add("quantile", a, 0.5, {"axis": 1, "method": "inverted_cdf", "weights": np.zeros((3, 4))}, np_fn=lambda *_: np.quantile(a, 0.5, axis=1, method="inverted_cdf", weights=np.zeros((3, 4))), error="DTypeError")
    c.add("quantile", a, 0.5, {"axis": 1, "method": "inverted_cdf", "weights": np.ones(3)}, np_fn=lambda *_: np.quantile(a, 0.5, axis=1, method="inverted_cdf", weights=np.ones(3)))


def counting(c):
    """histogram, bincount, digitize, interp, diff, cov, corrcoef, trace."""
    for dtype in ["float64", "float32", "int32", "uint8"]:
        for shape in [(0,), (1,), (10,), (4, 5), (200,)]:
            a = sample(shape, dtype)
            for bins in [1, 3, 10]:
                c.add("histogram", a, {"bins": bins}, np_fn=lambda *_: np.histogram(a, bins=bins), index=True)
            c.add("histogram", a, 4, {"range": [-5.0, 7.5]}, np_fn=lambda *_: np.histogram(a, 4, range=(-5.0, 7.5)), index=True)
            c.add("histogram", a, {"bins": 5, "density": True}, np_fn=lambda *_: np.histogram(a, bins=5, density=True), tol=1e-12)
            edges = np.array([-20.0, -3.5, 0.0, 0.0, 2.0, 50.0])
            c.add("histogram", a, {"bins": edges}, np_fn=lambda *_: np.histogram(a, bins=edges), index=True)
            c.add("histogram", a, {"bins": edges, "density": True}, np_fn=lambda *_: np.histogram(a, bins=edges, density=True), tol=1e-12)
            w = rng.random(shape)
            c.add("histogram", a, {"bins": 4, "weights": w}, np_fn=lambda *_: np.histogram(a, bins=4, weights=w), tol=1e-12)
            c.add("histogram", a, {"bins": edges, "weights": w}, np_fn=lambda *_: np.histogram(a, bins=edges, weights=w), tol=1e-12)
    # numpy's bin-width estimators
    for dtype in ["float64", "int32", "uint8"]:
        for n in [0, 1, 2, 3, 10, 57, 400]:
            a = sample((n,), dtype)
            if dtype == "float64" and n > 3:
                a = np.concatenate([a, rng.standard_normal(n) ** 3])
            for est in ["auto", "fd", "doane", "scott", "rice", "sturges", "sqrt"]:
                c.add("histogram", a, est, np_fn=lambda *_: np.histogram(a, est), index=True)
            c.add("histogram", a, {"bins": "auto", "range": [-3.0, 40.0]}, np_fn=lambda *_: np.histogram(a, bins="auto", range=(-3.0, 40.0)), index=True)
    c.add("histogram", np.ones(5), "fd", np_fn=lambda *_: np.histogram(np.ones(5), "fd"), index=True)
    c.add("histogram", np.arange(5.0), "stone", np_fn=lambda *_: np.histogram(np.arange(5.0), "bogus"), error="DTypeError")
    c.add("histogram", np.arange(5.0), {"bins": "auto", "weights": np.ones(5)}, np_fn=lambda *_: np.histogram(np.arange(5.0), bins="auto", weights=np.ones(5)))
    # edges exactly on bin boundaries (numpy's index corrections), equal min and max, infinities, NaN
    e = np.linspace(0, 1, 11)
    c.add("histogram", e, 10, np_fn=lambda *_: np.histogram(e, 10), index=True)
    t = np.array([0.1 * k for k in range(31)])
    c.add("histogram", t, {"bins": 3, "range": [0.0, 3.0]}, np_fn=lambda *_: np.histogram(t, bins=3, range=(0.0, 3.0)), index=True)
    c.add("histogram", np.array([2.0, 2.0]), 4, np_fn=lambda *_: np.histogram(np.array([2.0, 2.0]), 4), index=True)
    c.add("histogram", np.array([1.0, np.nan]), 4, np_fn=lambda *_: np.histogram(np.array([1.0, np.nan]), 4))
    c.add("histogram", np.array([1.0, np.nan]), 2, {"range": [0.0, 2.0]}, np_fn=lambda *_: np.histogram(np.array([1.0, np.nan]), 2, range=(0.0, 2.0)), index=True)
    c.add("histogram", np.array([1.0, np.inf]), 4, np_fn=lambda *_: np.histogram(np.array([1.0, np.inf]), 4))
    c.add("histogram", np.array([1.0, 2.0]), {"bins": np.array([3.0, 1.0])}, np_fn=lambda *_: np.histogram(np.array([1.0, 2.0]), bins=np.array([3.0, 1.0])))
    c.add("histogram", np.array([1.0, 2.0]), 2, {"range": [3.0, 1.0]}, np_fn=lambda *_: np.histogram(np.array([1.0, 2.0]), 2, range=(3.0, 1.0)))
    c.refused("histogram", np.array([1.0]), {"bins": 3, "normed": True}, error="DTypeError")
    # bincount
    for x in [np.array([0, 1, 1, 3, 2, 1, 7], dtype=np.int32), np.array([], dtype=np.int32), np.array([5], dtype=np.uint8)]:
        c.add("bincount", x, np_fn=lambda *_: np.bincount(x), index=True)
        c.add("bincount", x, {"minlength": 10}, np_fn=lambda *_: np.bincount(x, minlength=10), index=True)
        w = rng.standard_normal(x.shape)
        c.add("bincount", x, {"weights": w}, np_fn=lambda *_: np.bincount(x, weights=w))
        c.add("bincount", x, w, {"minlength": 3}, np_fn=lambda *_: np.bincount(x, w, minlength=3))
    c.add("bincount", np.array([0, -1], dtype=np.int32), np_fn=lambda *_: np.bincount(np.array([0, -1])))
    c.add("bincount", np.array([[0, 1]], dtype=np.int32), np_fn=lambda *_: np.bincount(np.array([[0, 1]])))
    c.refused("bincount", np.array([0.5, 1.0]), error="DTypeError")
    c.add("bincount", np.array([0, 1], dtype=np.int32), {"weights": np.array([1.0])}, np_fn=lambda *_: np.bincount(np.array([0, 1]), weights=np.array([1.0])))
    # digitize: increasing, decreasing, right, ties, NaN
    x = np.array([-1.0, 0.0, 0.2, 1.0, 2.5, 3.0, 4.0, 6.4, np.nan, -np.inf, np.inf])
    for bins in [np.array([0.0, 1.0, 2.5, 4.0]), np.array([4.0, 2.5, 1.0, 0.0]), np.array([0.0, 1.0, 1.0, 3.0]), np.array([1.0]), np.array([])]:
        for right in [False, True]:
            c.add("digitize", x, bins, {"right": right}, np_fn=lambda *_: np.digitize(x, bins, right=right), index=True)
        c.add("digitize", x.reshape(11, 1)[:10].reshape(2, 5), bins, True, np_fn=lambda *_: np.digitize(x[:10].reshape(2, 5), bins, True), index=True)
    c.add("digitize", x, np.array([0.0, 2.0, 1.0]), np_fn=lambda *_: np.digitize(x, np.array([0.0, 2.0, 1.0])))
    c.add("digitize", x, np.zeros((2, 2)), np_fn=lambda *_: np.digitize(x, np.zeros((2, 2))))
    # interp
    xp = np.array([1.0, 2.0, 3.0, 4.5])
    fp = np.array([3.0, 2.0, 0.0, np.inf])
    xs = np.array([0.0, 1.0, 1.5, 2.72, 3.14, 4.5, 5.0, np.nan, -np.inf, np.inf, 2.0])
    c.add("interp", xs, xp, fp, np_fn=lambda *_: np.interp(xs, xp, fp))
    c.add("interp", xs, xp, fp, {"left": -1.0, "right": np.nan}, np_fn=lambda *_: np.interp(xs, xp, fp, left=-1.0, right=np.nan))
    c.add("interp", xs.reshape(11, 1), xp, fp[::-1].copy(), np_fn=lambda *_: np.interp(xs.reshape(11, 1), xp, fp[::-1]))
    xr = rng.random(50) * 12 - 1
    xq = np.sort(rng.random(12) * 10)
    fq = rng.standard_normal(12)
    c.add("interp", xr, xq, fq, np_fn=lambda *_: np.interp(xr, xq, fq))
    c.add("interp", 2.5, xq, fq, np_fn=lambda *_: np.interp(2.5, xq, fq))
    c.add("interp", xr, np.array([1.0]), np.array([7.0]), np_fn=lambda *_: np.interp(xr, np.array([1.0]), np.array([7.0])))
    c.add("interp", xr, xp, fp[:3].copy(), np_fn=lambda *_: np.interp(xr, xp, fp[:3]))
    c.add("interp", xr, np.array([]), np.array([]), np_fn=lambda *_: np.interp(xr, np.array([]), np.array([])))
    # periodic: angles in degrees, xp unsorted and beyond one period, negative x
    xa = np.array([-180.0, -190, -170, -5, 0, 5, 175, 180, 185, 355, 360, 725, np.nan])
    xpa = np.array([190.0, -180, -90, 90, 0, 360 + 45])
    fpa = np.array([5.0, 10, 3, 4, 1, 2])
    for period in [360.0, -360.0, 250.0]:
        c.add("interp", xa, xpa, fpa, {"period": period}, np_fn=lambda *_: np.interp(xa, xpa, fpa, period=period))
    c.add("interp", xa, xpa, fpa, {"period": 0.0}, np_fn=lambda *_: np.interp(xa, xpa, fpa, period=0.0), error="DTypeError")
    # diff
    for dtype in ["float64", "float32", "int32", "int8", "uint8", "bool"]:
        for shape in [(1,), (6,), (3, 4), (2, 3, 4), (0,), (3, 0)]:
            a = (rng.random(shape) < 0.5) if dtype == "bool" else sample(shape, dtype, specials=dtype == "float64")
            nd = len(shape)
            for axis in range(-nd, nd):
                for n in [0, 1, 2, 3]:
                    c.add("diff", a, {"n": n, "axis": axis}, np_fn=lambda *_: np.diff(a, n=n, axis=axis))
    a = sample((3, 4))
    c.add("diff", a, 1, {"prepend": 0.0, "append": np.array([[1.0], [2.0], [3.0]])}, np_fn=lambda *_: np.diff(a, 1, prepend=0.0, append=np.array([[1.0], [2.0], [3.0]])))
    c.add("diff", a, {"axis": 0, "prepend": np.zeros((1, 4)), "append": 5.5}, np_fn=lambda *_: np.diff(a, axis=0, prepend=np.zeros((1, 4)), append=5.5))
    ai = sample((5,), "int8")
    c.add("diff", ai, {"prepend": 100}, np_fn=lambda *_: np.diff(ai, prepend=100))
    c.add("diff", ai, {"append": np.array([1.5])}, np_fn=lambda *_: np.diff(ai, append=np.array([1.5])))
    c.add("diff", a, {"n": -1}, np_fn=lambda *_: np.diff(a, n=-1))
    c.add("diff", np.array(3.0), np_fn=lambda *_: np.diff(np.array(3.0)))
    c.add("diff", a, {"axis": 2}, np_fn=lambda *_: np.diff(a, axis=2))
    c.add("diff", a, {"append": np.zeros((2, 2))}, np_fn=lambda *_: np.diff(a, append=np.zeros((2, 2))))
    # cov, corrcoef
    for shape in [(3, 6), (1, 5), (5,), (2, 2), (4, 1), (0, 3)]:
        for dtype in ["float64", "int32", "float32"]:
            m = sample(shape, dtype)
            for rowvar in [True, False]:
                c.add("cov", m, {"rowvar": rowvar}, np_fn=lambda *_: np.cov(m, rowvar=rowvar), tol=1e-12)
                c.add("corrcoef", m, {"rowvar": rowvar}, np_fn=lambda *_: np.corrcoef(m, rowvar=rowvar), tol=1e-12)
            c.add("cov", m, {"bias": True}, np_fn=lambda *_: np.cov(m, bias=True), tol=1e-12)
            c.add("cov", m, {"ddof": 0}, np_fn=lambda *_: np.cov(m, ddof=0), tol=1e-12)
    m = sample((3, 6))
    fw = np.array([1, 2, 0, 3, 1, 1])
    aw = rng.random(6)
    for ddof in [None, 0, 1, 2]:
        for kw in [{"fweights": fw}, {"aweights": aw}, {"fweights": fw, "aweights": aw}]:
            opts = {**kw, **({} if ddof is None else {"ddof": ddof})}
            c.add("cov", m, opts, np_fn=lambda *_: np.cov(m, ddof=ddof, **kw), tol=1e-12)
    c.add("cov", m, {"fweights": fw + 0.5}, np_fn=lambda *_: np.cov(m, fweights=fw + 0.5), error="DTypeError")
    c.refused("cov", m, {"fweights": -fw}, error="DTypeError")
    c.refused("cov", m, {"aweights": aw[:5]}, error="ShapeError")
    x1, y1 = sample((6,)), sample((6,))
    c.add("cov", x1, y1, np_fn=lambda *_: np.cov(x1, y1), tol=1e-12)
    c.add("corrcoef", x1, y1, np_fn=lambda *_: np.corrcoef(x1, y1), tol=1e-12)
    c.add("corrcoef", np.array([[1.0, 1, 1], [1, 2, 3]]), np_fn=lambda *_: np.corrcoef(np.array([[1.0, 1, 1], [1, 2, 3]])))
    c.add("cov", x1, sample((5,)), np_fn=lambda *_: np.cov(x1, sample((5,))))
    c.add("cov", sample((2, 2, 2)), np_fn=lambda *_: np.cov(sample((2, 2, 2))))
    # trace
    for dtype in ["float64", "float32", "int32", "uint8"]:
        for shape in [(3, 3), (2, 4), (4, 2), (2, 3, 4), (0, 0)]:
            a = sample(shape, dtype)
            res = (lambda r: np.asarray(r).astype(np.float64)) if np.dtype(dtype).kind in "iu" else (lambda r: r)
            r = 1e-6 if dtype == "float32" else None  # numpy sums float32 in float32
            for offset in [-2, 0, 1, 5]:
                c.add("trace", a, offset, np_fn=lambda *_: res(np.trace(a, offset)), tol=r)
            if len(shape) == 3:
                c.add("trace", a, {"axis1": 1, "axis2": 2}, np_fn=lambda *_: res(np.trace(a, axis1=1, axis2=2)), tol=r)
                c.add("trace", a, {"offset": 1, "axis1": -1, "axis2": 0}, np_fn=lambda *_: res(np.trace(a, offset=1, axis1=-1, axis2=0)), tol=r)
    c.add("trace", sample((3,)), np_fn=lambda *_: np.trace(sample((3,))))
    c.add("trace", sample((3, 3)), {"axis1": 1, "axis2": 1}, np_fn=lambda *_: np.trace(sample((3, 3)), axis1=1, axis2=1), error="AxisError")
    c.add("trace", sample((3, 3)), {"axis2": 2}, np_fn=lambda *_: np.trace(sample((3, 3)), axis2=2))


def booleans(c):
    """bool input: counted as 0/1 where numpy does, refused where numpy refuses subtraction."""
    for shape in [(7,), (3, 4)]:
        b = rng.random(shape) < 0.5
        nd = len(shape)
        for axis in [None] + list(range(nd)):
            k = {"axis": axis}
            c.add("cumsum", b, k, np_fn=lambda *_: np.cumsum(b, **k).astype(np.float64))
            c.add("var", b, k, np_fn=lambda *_: np.var(b, **k), tol=1e-12 if axis is not None and nd > 1 and axis == 0 else None)
            c.add("median", b, k, np_fn=lambda *_: np.median(b, **k))
            c.add("nanmax", b, k, np_fn=lambda *_: np.nanmax(b, **k))
            c.add("average", b, k, np_fn=lambda *_: np.average(b, **k))
            c.add("quantile", b, 0.5, {**k, "method": "lower"}, np_fn=lambda *_: np.quantile(b, 0.5, method="lower", **k))
            c.add("quantile", b, 0.5, k, np_fn=lambda *_: np.quantile(b, 0.5, **k))
            c.add("ptp", b, k, np_fn=lambda *_: np.ptp(b, **k))
        c.add("histogram", b, 2, np_fn=lambda *_: np.histogram(b, 2), index=True)
        c.add("diff", b, np_fn=lambda *_: np.diff(b))


def nan_variants(c):
    """nanmedian, nanquantile, nanpercentile, nancumsum, nancumprod, nanprod: all-NaN lanes, no NaN, ints."""
    for dtype in ["float64", "float32", "int32", "uint8"]:
        for shape in [(), (0,), (1,), (7,), (3, 5), (2, 3, 4), (0, 3), (3, 0)]:
            # +0 only: which of -0 and +0 an order statistic picks depends on numpy's unstable partition
            a = np.asarray(sample(shape, dtype, specials=True, small=True) + np.zeros((), dtype))
            if np.dtype(dtype).kind == "f" and len(shape) == 2 and a.size:
                a[1, :] = np.nan
            nd = len(shape)
            for axis in axes_of(nd):
                o = {"axis": axis}
                k = {"axis": tup(axis)}
                c.add("nanmedian", a, o, np_fn=lambda *_: np.nanmedian(a, **k))
                if a.size:
                    c.add("nanquantile", a, 0.4, o, np_fn=lambda *_: np.nanquantile(a, 0.4, **k))
                    # numpy answers an all-NaN input with a list q in the input's dtype (float32), the rest in float64
                    if not (dtype == "float32" and np.all(np.isnan(a))):
                        c.add("nanpercentile", a, [10.0, 75.0], {**o, "method": "weibull"}, np_fn=lambda *_: np.nanpercentile(a, [10.0, 75.0], method="weibull", **k))
                    c.add("nanquantile", a, [0.5], {**o, "method": "nearest"}, np_fn=lambda *_: np.nanquantile(a, [0.5], method="nearest", **k))
                # numpy multiplies float32 in float32, we in float64 rounded once
                r = 1e-6 if dtype == "float32" else 1e-12 if nd > 1 else None
                c.add("nanprod", a, o, np_fn=lambda *_: np.nanprod(a, **k).astype(np.float64 if np.dtype(dtype).kind in "iu" else dtype), tol=r)
                if not isinstance(axis, list):
                    res = (lambda r: r.astype(np.float64)) if np.dtype(dtype).kind in "iu" else (lambda r: r)
                    c.add("nancumsum", a, o, np_fn=lambda *_: res(np.nancumsum(a, **k)))
                    c.add("nancumprod", a, o, np_fn=lambda *_: res(np.nancumprod(a, **k)))


def main():
    generate("statistics.json", cumulative, moments, quantiles, counting, nan_variants, booleans)


if __name__ == "__main__":
    main()
