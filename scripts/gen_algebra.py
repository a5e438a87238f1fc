"""Fixtures for the algebra around broadcasting: reductions (every axis form, keepdims, empty, NaN),
diag/diagonal, outer/dot/matmul (1-D promotion, batch broadcasting, zero-size), unbroadcast, and
the identities diag(a) @ b == a[:, None] * b and b @ diag(a) == b * a, with the places where numpy
itself breaks them (-0, 0·inf)."""
import warnings

import numpy as np

from fixtures_common import enc, write

rng = np.random.default_rng(11)
warnings.simplefilter("ignore")

SPECIALS = [np.nan, np.inf, -np.inf, -0.0, 0.0]


def sample(shape, dtype="float64", specials=False):
    n = int(np.prod(shape))
    if np.dtype(dtype).kind == "f":
        x = rng.standard_normal(n)
        if specials and n:
            for _ in range(max(1, n // 5)):
                x[int(rng.integers(0, n))] = SPECIALS[int(rng.integers(0, len(SPECIALS)))]
        return x.astype(dtype).reshape(shape)
    return rng.integers(-20, 20, n).astype(dtype).reshape(shape)


def result_dtype(name, dtype):
    """Our documented result dtypes: integer sum/prod/mean in float64 (numpy: int64 for sum/prod)."""
    if name in ("max", "min"):
        return dtype
    return dtype if np.dtype(dtype).kind == "f" else "float64"


def reduction_cases(arrays):
    """Each case names its input by index into `arrays`, so that an array is stored once."""
    out = []
    fns = {"sum": np.sum, "mean": np.mean, "prod": np.prod, "max": np.max, "min": np.min}
    shapes = [(), (5,), (3, 4), (2, 3, 4), (0,), (0, 3), (3, 0), (2, 1, 3), (300,), (200, 3)]
    for name, fn in fns.items():
        for shape in shapes:
            big = int(np.prod(shape)) > 100
            if big and name not in ("sum", "mean"):
                continue
            for dtype in ["float64", "float32"] if big else ["float64", "float32", "int32", "uint8"]:
                specials = dtype.startswith("float") and rng.random() < 0.5
                a = sample(shape, dtype, specials)
                if name == "prod" and dtype.startswith("float"):
                    a = (a / 2 + 0.5 * np.sign(a)).astype(dtype) if a.size < 50 else np.clip(a, 0.9, 1.1).astype(dtype)
                arrays.append(enc(a))
                ref = len(arrays) - 1
                ndim = len(shape)
                axes = [None] + list(range(-ndim, ndim)) + ([[0, ndim - 1]] if ndim >= 2 else []) + ([[]] if ndim else [])
                for axis in axes:
                    for keepdims in [False, True]:
                        entry = {"op": name, "array": ref, "axis": axis, "keepdims": keepdims}
                        try:
                            with np.errstate(all="ignore"):
                                r = fn(a.astype(np.float64) if name in ("sum", "prod", "mean") and a.dtype.kind != "f" else a,
                                       axis=tuple(axis) if isinstance(axis, list) else axis, keepdims=keepdims)
                            r = np.asarray(r).astype(result_dtype(name, dtype))
                            entry["result"] = enc(r)
                            # the scale of a sum: |x| summed the same way, for a tolerance relative to it
                            if name in ("sum", "mean"):
                                entry["scale"] = enc(np.asarray(fn(np.abs(a.astype(np.float64)), axis=tuple(axis) if isinstance(axis, list) else axis, keepdims=keepdims)))
                        except ValueError:
                            entry["error"] = "ShapeError"
                        out.append(entry)
    # errors: out of bounds and duplicate axes
    arrays.append(enc(np.zeros((2, 3))))
    for axis in [2, -3, [0, 0], [1, -1]]:
        out.append({"op": "sum", "array": len(arrays) - 1, "axis": axis, "keepdims": False, "error": "AxisError"})
    return out


def diag_cases():
    out = []
    for shape in [(3,), (1,), (0,), (3, 3), (2, 4), (4, 2), (0, 0), (1, 5)]:
        a = sample(shape)
        for k in range(-3, 4):
            out.append({"op": "diag", "array": enc(a), "k": k, "result": enc(np.diag(a, k))})
            if len(shape) == 2:
                out.append({"op": "diagonal", "array": enc(a), "k": k, "result": enc(np.diagonal(a, k))})
    a = sample((2, 3, 4))
    out.append({"op": "diag", "array": enc(a), "k": 0, "error": "ShapeError"})
    out.append({"op": "diagonal", "array": enc(a), "k": 1, "result": enc(np.diagonal(a, 1))})
    return out


def product_cases():
    out = []
    pairs = [
        ((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 4)), ((2, 3), (3, 4)), ((5, 2, 3), (3, 4)),
        ((2, 1, 3, 4), (5, 4, 2)), ((0, 3), (3, 2)), ((2, 0), (0, 3)), ((3, 2), (2, 0)), ((4,), (2, 4, 3)),
        ((2, 3, 4), (4,)), ((1, 2, 2), (3, 2, 2)), ((2, 3), (4, 5)), ((3,), (4,)), ((2, 2, 3), (3, 3, 1)),
        ((30, 40), (40, 20)),
    ]
    for sa, sb in pairs:
        for dtype in ["float64", "int32"]:
            a, b = sample(sa, dtype), sample(sb, dtype)
            entry = {"op": "matmul", "a": enc(a), "b": enc(b)}
            try:
                entry["result"] = enc(np.matmul(a, b))
                entry["scale"] = enc(np.matmul(np.abs(a.astype(np.float64)), np.abs(b.astype(np.float64))))
            except ValueError:
                entry["error"] = "ShapeError" if sa[-1:] != sb[-2:-1] and len(sb) > 1 or (len(sb) == 1 and sa[-1] != sb[0]) else "BroadcastError"
            out.append(entry)
            entry = {"op": "dot", "a": enc(a), "b": enc(b)}
            try:
                entry["result"] = enc(np.dot(a, b))
                entry["scale"] = enc(np.dot(np.abs(a.astype(np.float64)), np.abs(b.astype(np.float64))))
            except ValueError:
                entry["error"] = "ShapeError"
            out.append(entry)
    for sa, sb in [((3,), (4,)), ((2, 2), (3,)), ((), (3,))]:
        a, b = sample(sa), sample(sb)
        out.append({"op": "outer", "a": enc(a), "b": enc(b), "result": enc(np.outer(a, b))})
    a = np.float64(2.5)
    b = sample((2, 3))
    out.append({"op": "dot", "a": enc(a), "b": enc(b), "result": enc(np.dot(a, b)), "scale": enc(np.abs(np.dot(a, b)))})
    return out


def unbroadcast_cases():
    out = []
    for g_shape, shape in [((2, 3), (3,)), ((2, 3), (2, 1)), ((2, 3), ()), ((4, 2, 3), (1, 3)), ((2, 3), (2, 3)), ((0, 3), (3,)), ((2, 3), (4,))]:
        g = sample(g_shape)
        entry = {"op": "unbroadcast", "array": enc(g), "shape": list(shape)}
        try:
            np.broadcast_to(np.zeros(shape), g_shape)
            lead = len(g_shape) - len(shape)
            axes = tuple(range(lead)) + tuple(lead + i for i, d in enumerate(shape) if d == 1 and g_shape[lead + i] != 1)
            entry["result"] = enc(np.sum(g, axis=axes, keepdims=True).reshape(shape))
            entry["scale"] = enc(np.sum(np.abs(g), axis=axes, keepdims=True).reshape(shape))
        except ValueError:
            entry["error"] = "BroadcastError"
        out.append(entry)
    return out


def same(x, y):
    """Bitwise-equal as the tests see it: NaN equals NaN, -0 differs from 0."""
    return bool(np.array_equal(x, y, equal_nan=True) and np.all(np.signbit(x) == np.signbit(y)))


def identity_cases():
    """diag(a) @ b vs a[:, None] * b (and b @ diag(a) vs b * a): equal except where a matrix
    product adds 0·x terms that change the answer: -0 sums to +0, and 0·inf is NaN."""
    out = []
    cases = [
        (np.array([1.0, 2.0, 3.0]), np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])),
        (np.array([-0.0, 2.0]), np.array([[1.0, 2.0], [3.0, 4.0]])),
        (np.array([0.0, 1.0]), np.array([[np.inf, 1.0], [2.0, 3.0]])),
        (np.array([2.0, np.inf]), np.array([[0.0, 1.0], [1.0, 0.0]])),
        (np.array([np.nan, 1.0]), np.array([[1.0, 1.0], [1.0, 1.0]])),
        (rng.standard_normal(4), rng.standard_normal((4, 3))),
    ]
    for a, b in cases:
        left = np.diag(a) @ b
        right = a[:, None] * b
        out.append({
            "a": enc(a), "b": enc(b),
            "diagTimes": enc(left), "broadcastTimes": enc(right),
            "numpyAgrees": same(left, right),
        })
        bt = b.T
        left2 = bt @ np.diag(a)
        right2 = bt * a
        out.append({
            "a": enc(a), "b": enc(bt), "side": "right",
            "diagTimes": enc(left2), "broadcastTimes": enc(right2),
            "numpyAgrees": same(left2, right2),
        })
    return out


def main():
    arrays = []
    reductions = reduction_cases(arrays)
    write("algebra.json", {
        "arrays": arrays,
        "reductions": reductions,
        "diag": diag_cases(),
        "products": product_cases(),
        "unbroadcast": unbroadcast_cases(),
        "identities": identity_cases(),
    })


if __name__ == "__main__":
    main()
