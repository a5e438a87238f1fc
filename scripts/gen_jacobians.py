"""Reference Jacobians from JAX (jax.jacfwd in float64) for the tutorial's identities.

JAX is not a dependency of the tests: run this once in a virtual environment and commit the
fixture.

    python3 -m venv /tmp/jaxenv && /tmp/jaxenv/bin/pip install jax jaxlib
    /tmp/jaxenv/bin/python scripts/gen_jacobians.py

Each case names a function that test/jacobian/fixtures.test.ts defines again with the strict
operations of ndarray-broadcast/jacobian, the arguments, which one is the variable, JAX's value
and Jacobian (shape out + in), and the structure ("kind") this library is expected to find.
"""
import json
import os

import jax
import jax.numpy as jnp
import numpy as np

jax.config.update("jax_enable_x64", True)

from fixtures_common import FIXTURES, enc  # noqa: E402

rng = np.random.default_rng(17)


def vec(n, lo=-2.0, hi=2.0):
    return rng.uniform(lo, hi, n)


def pos(n):
    return rng.uniform(0.5, 2.0, n)


sigmoid = jax.nn.sigmoid
relu = jax.nn.relu

# name -> (function of jnp arrays, argument list, wrt, expected kind)
CASES = []


def case(name, fn, args, wrt, kind):
    CASES.append((name, fn, [np.asarray(a, dtype=np.float64) for a in args], wrt, kind))


x4, y4 = vec(4), vec(4)
A23, B23 = vec(6).reshape(2, 3), vec(6).reshape(2, 3)
# element-wise binary operators, vectors and 2x3 matrices, both arguments
for shape_name, (a, b) in {"vector": (x4, y4), "matrix": (A23, B23)}.items():
    case(f"add wrt x ({shape_name})", lambda x, y: x + y, [a, b], 0, "identity")
    case(f"add wrt y ({shape_name})", lambda x, y: x + y, [a, b], 1, "identity")
    case(f"subtract wrt x ({shape_name})", lambda x, y: x - y, [a, b], 0, "identity")
    case(f"subtract wrt y ({shape_name})", lambda x, y: x - y, [a, b], 1, "scaled-identity")
    case(f"multiply wrt x ({shape_name})", lambda x, y: x * y, [a, b], 0, "diagonal")
    case(f"multiply wrt y ({shape_name})", lambda x, y: x * y, [a, b], 1, "diagonal")
    case(f"divide wrt x ({shape_name})", lambda x, y: x / y, [a, np.abs(b) + 0.5], 0, "diagonal")
    case(f"divide wrt y ({shape_name})", lambda x, y: x / y, [a, np.abs(b) + 0.5], 1, "diagonal")
    case(f"maximum wrt x ({shape_name})", lambda x, y: jnp.maximum(x, y), [a, b], 0, "diagonal")
    case(f"minimum wrt y ({shape_name})", lambda x, y: jnp.minimum(x, y), [a, b], 1, "diagonal")
# element-wise unary functions
for shape_name, a in {"vector": x4, "matrix": A23}.items():
    case(f"exp ({shape_name})", jnp.exp, [a], 0, "diagonal")
    case(f"log ({shape_name})", jnp.log, [np.abs(a) + 0.1], 0, "diagonal")
    case(f"tanh ({shape_name})", jnp.tanh, [a], 0, "diagonal")
    case(f"sigmoid ({shape_name})", sigmoid, [a], 0, "diagonal")
    case(f"relu ({shape_name})", relu, [a], 0, "diagonal")
    case(f"square ({shape_name})", jnp.square, [a], 0, "diagonal")
    case(f"sqrt ({shape_name})", jnp.sqrt, [np.abs(a) + 0.1], 0, "diagonal")
    case(f"sin ({shape_name})", jnp.sin, [a], 0, "diagonal")
    case(f"cos ({shape_name})", jnp.cos, [a], 0, "diagonal")
    case(f"negative ({shape_name})", jnp.negative, [a], 0, "scaled-identity")
    case(f"power 3 ({shape_name})", lambda x: x ** 3, [a], 0, "diagonal")
    case(f"scale by 3 ({shape_name})", lambda x: x * 3.0, [a], 0, "scaled-identity")
# kinks: JAX's relu'(0) = 0, and a tie in maximum splits 0.5/0.5
case("relu at 0 (kink)", relu, [np.array([-1.0, 0.0, 2.0])], 0, "diagonal")
case("maximum tie wrt x (kink)", lambda x, y: jnp.maximum(x, y), [np.array([1.0, 2.0, 3.0]), np.array([1.0, 0.0, 5.0])], 0, "diagonal")
case("minimum tie wrt y (kink)", lambda x, y: jnp.minimum(x, y), [np.array([1.0, 2.0, 3.0]), np.array([1.0, 0.0, 5.0])], 1, "diagonal")
# scalar expansion, written out with broadcastTo
z = np.array(1.5)
case("x + broadcastTo(z) wrt z", lambda x, z: x + jnp.broadcast_to(z, (4,)), [x4, z], 1, "ones-padding")
case("x * broadcastTo(z) wrt z", lambda x, z: x * jnp.broadcast_to(z, (4,)), [x4, z], 1, "dense")
case("x * broadcastTo(z) wrt x", lambda x, z: x * jnp.broadcast_to(z, (4,)), [x4, z], 0, "diagonal")
case("broadcastTo (3,) to (2, 3)", lambda v: jnp.broadcast_to(v, (2, 3)), [vec(3)], 0, "ones-padding")
case("broadcastTo (2, 1) to (2, 3)", lambda v: jnp.broadcast_to(v, (2, 3)), [vec(2).reshape(2, 1)], 0, "ones-padding")
# vector sum reduction
case("sum of a vector", jnp.sum, [x4], 0, "reduction")
case("sum over axis 0", lambda a: jnp.sum(a, axis=0), [A23], 0, "reduction")
case("sum over axis 1", lambda a: jnp.sum(a, axis=1), [A23], 0, "reduction")
case("mean of a vector", jnp.mean, [x4], 0, "reduction")
case("sum of x * z, wrt z", lambda x, z: jnp.sum(x * jnp.broadcast_to(z, (4,))), [x4, z], 1, "dense")
case("sum(broadcastTo(v)) over axis 0 is 2I", lambda v: jnp.sum(jnp.broadcast_to(v, (2, 3)), axis=0), [vec(3)], 0, "scaled-identity")
# dot products and matrix-vector products
w4 = vec(4)
W34 = vec(12).reshape(3, 4)
case("dot(w, x) wrt x", lambda w, x: jnp.dot(w, x), [w4, x4], 1, "dense")
case("dot(w, x) wrt w", lambda w, x: jnp.dot(w, x), [w4, x4], 0, "dense")
case("matvec W x wrt x", lambda W, x: W @ x, [W34, x4], 1, "dense")
case("matvec W x wrt W", lambda W, x: W @ x, [W34, x4], 0, "right-multiply")
case("matmul W X wrt X", lambda W, X: W @ X, [W34, vec(8).reshape(4, 2)], 1, "left-multiply")
# chain rules
case("chain tanh(exp(x))", lambda x: jnp.tanh(jnp.exp(x)), [x4], 0, "diagonal")
case("chain sin(x * x)", lambda x: jnp.sin(x * x), [x4], 0, "diagonal")
case("chain sigmoid(w * x) wrt x", lambda w, x: sigmoid(w * x), [w4, x4], 1, "diagonal")
case("chain x * exp(x) (two paths)", lambda x: x * jnp.exp(x), [x4], 0, "diagonal")
case("chain relu(W x + b) wrt x", lambda W, x, b: relu(W @ x + b), [W34, x4, vec(3)], 1, "dense")
case("chain relu(W x + b) wrt b", lambda W, x, b: relu(W @ x + b), [W34, x4, vec(3)], 2, "diagonal")
case("chain tanh(W x) wrt W", lambda W, x: jnp.tanh(W @ x), [W34, x4], 0, "dense")
# the neuron activation relu(w . x + b) wrt w and b
b0 = np.array(0.3)
case("neuron relu(w.x + b) wrt w", lambda w, x, b: relu(jnp.dot(w, x) + b), [w4, x4, b0], 0, "dense")
# a 1 x 1 Diag(1[z > 0]): the structure comes from the operations, not from the values
case("neuron relu(w.x + b) wrt b", lambda w, x, b: relu(jnp.dot(w, x) + b), [w4, x4, b0], 2, "diagonal")
case("neuron relu(w.x + b) wrt b, inactive", lambda w, x, b: relu(jnp.dot(w, x) + b), [w4, x4, np.array(-50.0)], 2, "diagonal")
# the mean-squared loss
X = vec(15).reshape(5, 3)
case("loss mean((X w - y)^2) wrt w", lambda X, w, y: jnp.mean(jnp.square(X @ w - y)), [X, vec(3), vec(5)], 1, "dense")
case("loss sum((W x - y)^2) wrt W", lambda W, x, y: jnp.sum(jnp.square(W @ x - y)), [W34, x4, vec(3)], 0, "dense")
# reshape, stack and index
case("reshape (2, 3) to (6,)", lambda a: jnp.reshape(a, (6,)), [A23], 0, "identity")
case("stack [x0 * x1, x0 + x1]", lambda x: jnp.stack([x[0] * x[1], x[0] + x[1]]), [vec(2)], 0, "dense")
case("index x[1]", lambda x: x[1], [x4], 0, "selection")
case("index A[1]", lambda a: a[1], [A23], 0, "selection")
case("stack [x, 2x]", lambda x: jnp.stack([x, 2.0 * x]), [vec(3)], 0, "sparse")
# transposes, joins on any axis, max/min with ties, the softmax family, abs
A234 = vec(24).reshape(2, 3, 4)
case("permuteDims (2, 3, 4) by (2, 0, 1)", lambda a: jnp.transpose(a, (2, 0, 1)), [A234], 0, "permutation")
case("transpose of a matrix", lambda a: a.T, [A23], 0, "permutation")
case("swapaxes 0 and 2", lambda a: jnp.swapaxes(a, 0, 2), [A234], 0, "permutation")
case("matrixTranspose of a stack of matrices", lambda a: jnp.matrix_transpose(a), [A234], 0, "permutation")
case("tanh of a transpose", lambda a: jnp.tanh(a.T), [A23], 0, "sparse")
case("stack [x, 2x] on axis 1", lambda x: jnp.stack([x, 2.0 * x], axis=1), [vec(3)], 0, "sparse")
case("stack [x, c] on axis -1 wrt x", lambda x, c: jnp.stack([x, c], axis=-1), [A23, B23], 0, "injection")
case("concat [x, c]", lambda x, c: jnp.concatenate([x, c]), [vec(2), vec(3)], 0, "injection")
case("concat [X, X] on axis 1", lambda a: jnp.concatenate([a, a], axis=1), [A23], 0, "sparse")
case("max of a vector", jnp.max, [np.array([1.0, 3.0, 2.0])], 0, "selection")
case("max with a tie", jnp.max, [np.array([3.0, 1.0, 3.0])], 0, "sparse")
case("max over axis 0", lambda a: jnp.max(a, axis=0), [A23], 0, "selection")
case("min over axis 1, keepdims", lambda a: jnp.min(a, axis=1, keepdims=True), [A23], 0, "selection")
case("min over axis 0 with ties", lambda a: jnp.min(a, axis=0), [np.array([[1.0, 2.0], [1.0, 0.0]])], 0, "sparse")
case("logsumexp of a vector", jax.nn.logsumexp, [x4], 0, "dense")
case("logsumexp over axis 1", lambda a: jax.nn.logsumexp(a, axis=1), [A23], 0, "dense")
case("logsumexp of large values", jax.nn.logsumexp, [np.array([1000.0, 1001.0, 999.0])], 0, "dense")
case("softmax of a vector", jax.nn.softmax, [x4], 0, "dense")
case("softmax over axis 0", lambda a: jax.nn.softmax(a, axis=0), [A23], 0, "sparse")
case("logSoftmax of a vector", jax.nn.log_softmax, [x4], 0, "dense")
case("abs", jnp.abs, [np.array([-2.0, 0.0, 3.0, -0.5])], 0, "diagonal")

# index with the core's keys: slices, "...", None, integer arrays (repeats), masks
MASK23 = np.array([[True, False, True], [False, True, False]])
case("index x[1:3]", lambda x: x[1:3], [x4], 0, "selection")
case("index x[::-1]", lambda x: x[::-1], [x4], 0, "permutation")
case("index x[[0, 2, 0]]", lambda x: x[np.array([0, 2, 0])], [x4], 0, "selection")
case("index A[::2, 1:]", lambda a: a[::2, 1:], [A23], 0, "selection")
case("index A[-1, ::-1]", lambda a: a[-1, ::-1], [A23], 0, "selection")
case("index A[..., None]", lambda a: a[..., None], [A23], 0, "identity")
case("index A[[1, 0], [2, 2]]", lambda a: a[np.array([1, 0]), np.array([2, 2])], [A23], 0, "selection")
case("index A[None, :, [2, 0]]", lambda a: a[None, :, np.array([2, 0])], [A23], 0, "selection")
case("index A[mask]", lambda a: a[MASK23], [A23], 0, "selection")
case("index A[:, [1, 1]] * 2", lambda a: a[:, np.array([1, 1])] * 2.0, [A23], 0, "sparse")
case("index x[[]]", lambda x: x[np.array([], dtype=np.int64)], [x4], 0, "zero")
# batched matrix products with equal batch axes: block-diagonal
A234b, B243b = vec(24).reshape(2, 3, 4), vec(16).reshape(2, 4, 2)
case("batched matmul wrt A", lambda a, b: a @ b, [A234b, B243b], 0, "block-diagonal")
case("batched matmul wrt B", lambda a, b: a @ b, [A234b, B243b], 1, "block-diagonal")
case("batched matmul, two batch axes", lambda a, b: a @ b, [vec(24).reshape(2, 2, 2, 3), vec(12).reshape(2, 2, 3, 1)], 1, "block-diagonal")
case("tanh of a batched matmul wrt A", lambda a, b: jnp.tanh(a @ b), [0.3 * A234b, 0.3 * B243b], 0, "block-diagonal")
case("batched matmul A A", lambda a: a @ a, [vec(18).reshape(2, 3, 3)], 0, "block-diagonal")
case("batched matmul of one matrix", lambda a, b: a @ b, [vec(6).reshape(1, 2, 3), vec(3).reshape(1, 3, 1)], 0, "right-multiply")

# where with a constant condition, clip (JAX: 0.5 at a bound), sign (the zero map)
COND4 = np.array([True, False, False, True])
case("where(cond, x, y) wrt x", lambda x, y: jnp.where(COND4, x, y), [x4, y4], 0, "diagonal")
case("where(cond, x, y) wrt y", lambda x, y: jnp.where(COND4, x, y), [x4, y4], 1, "diagonal")
case("where(cond, x, 0)", lambda x: jnp.where(COND4, x, 0.0), [x4], 0, "diagonal")
case("where(cond, x, x * x)", lambda x: jnp.where(COND4, x, x * x), [x4], 0, "diagonal")
case("clip(x, -0.5, 1) with values at the bounds", lambda x: jnp.clip(x, -0.5, 1.0), [np.array([-2.0, -0.5, 0.3, 1.0, 4.0])], 0, "diagonal")
case("clip(x, None, 0)", lambda x: jnp.clip(x, None, 0.0), [x4], 0, "diagonal")
case("clip(x, lo, hi) wrt lo", lambda x, lo, hi: jnp.clip(x, lo, hi), [np.array([-2.0, 0.0, 3.0]), np.array([-1.0, -1.0, -1.0]), np.array([1.0, 1.0, 2.0])], 1, "diagonal")
case("sign", jnp.sign, [np.array([-2.0, 0.0, 3.0])], 0, "zero")
case("sign(x) * x", lambda x: jnp.sign(x) * x, [x4], 0, "diagonal")


# Elementwise functions (jacobian/math.ts), by their names in ndarray-broadcast/jacobian.
# `points`: JAX's derivatives element by element (jax.grad under vmap) at ordinary points, domain
# edges, ties and special values — element by element because JAX's dense Jacobian of an
# elementwise function puts 0·∞ = NaN off the diagonal where f' is infinite; `cases`: the full
# jacobian, jvp, vjp, hessian of the sum and hvp at ordinary points.
INF, NAN = np.inf, np.nan
SPECIAL = [-INF, -2.0, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.0, INF, NAN]
EL_UNARY = {
    # name: (JAX function, sampler of ordinary points, special points)
    "log1p": (jnp.log1p, lambda n: rng.uniform(-0.9, 2.0, n), SPECIAL),
    "expm1": (jnp.expm1, lambda n: rng.uniform(-2, 2, n), SPECIAL + [-40.0, 1e-10]),
    "log2": (jnp.log2, lambda n: rng.uniform(0.3, 3, n), SPECIAL),
    "log10": (jnp.log10, lambda n: rng.uniform(0.3, 3, n), SPECIAL),
    "exp2": (jnp.exp2, lambda n: rng.uniform(-2, 2, n), SPECIAL),
    "cbrt": (jnp.cbrt, lambda n: np.sign(vec(n)) * rng.uniform(0.3, 2, n), SPECIAL + [-8.0, 27.0]),
    "reciprocal": (jnp.reciprocal, lambda n: np.sign(vec(n)) * rng.uniform(0.3, 2, n), SPECIAL),
    "softplus": (jax.nn.softplus, lambda n: rng.uniform(-3, 3, n), SPECIAL + [-40.0, 40.0, 800.0, -800.0]),
    "tan": (jnp.tan, lambda n: rng.uniform(-1.2, 1.2, n), SPECIAL),
    "asin": (jnp.arcsin, lambda n: rng.uniform(-0.9, 0.9, n), SPECIAL + [0.999999, -0.999999]),
    "acos": (jnp.arccos, lambda n: rng.uniform(-0.9, 0.9, n), SPECIAL + [0.999999, -0.999999]),
    "atan": (jnp.arctan, lambda n: rng.uniform(-2, 2, n), SPECIAL + [1e100, -1e100]),
    "sinh": (jnp.sinh, lambda n: rng.uniform(-2, 2, n), SPECIAL),
    "cosh": (jnp.cosh, lambda n: rng.uniform(-2, 2, n), SPECIAL),
    "asinh": (jnp.arcsinh, lambda n: rng.uniform(-3, 3, n), SPECIAL + [1e100, -1e100]),
    "acosh": (jnp.arccosh, lambda n: rng.uniform(1.1, 3, n), SPECIAL + [1.000001, 1e100]),
    "atanh": (jnp.arctanh, lambda n: rng.uniform(-0.9, 0.9, n), SPECIAL + [0.999999, -0.999999]),
    "deg2rad": (jnp.deg2rad, lambda n: rng.uniform(-200, 200, n), SPECIAL),
    "rad2deg": (jnp.rad2deg, lambda n: rng.uniform(-4, 4, n), SPECIAL),
    "positive": (jnp.positive, lambda n: vec(n), SPECIAL),
    "floor": (jnp.floor, lambda n: rng.uniform(-3, 3, n), SPECIAL),
    "ceil": (jnp.ceil, lambda n: rng.uniform(-3, 3, n), SPECIAL),
    "trunc": (jnp.trunc, lambda n: rng.uniform(-3, 3, n), SPECIAL),
    "rint": (jnp.rint, lambda n: rng.uniform(-3, 3, n), SPECIAL + [1.5, 2.5]),
    "round": (jnp.round, lambda n: rng.uniform(-3, 3, n), SPECIAL + [1.5, 2.5]),
    # the earlier ones, at their domain edges and special values
    "exp": (jnp.exp, lambda n: vec(n), SPECIAL),
    "log": (jnp.log, lambda n: pos(n), SPECIAL),
    "sqrt": (jnp.sqrt, lambda n: pos(n), SPECIAL),
    "tanh": (jnp.tanh, lambda n: vec(n), SPECIAL),
    "sigmoid": (sigmoid, lambda n: vec(n), SPECIAL),
    "relu": (relu, lambda n: vec(n), SPECIAL),
    "square": (jnp.square, lambda n: vec(n), SPECIAL),
    "sin": (jnp.sin, lambda n: vec(n), SPECIAL),
    "cos": (jnp.cos, lambda n: vec(n), SPECIAL),
    "abs": (jnp.abs, lambda n: vec(n), [v for v in SPECIAL if not np.isnan(v)]),
    "negative": (jnp.negative, lambda n: vec(n), SPECIAL),
}
PAIRS = [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 1.0), (1.0, 2.0), (2.0, 1.0), (-1.0, 2.0), (3.0, -4.0), (0.0, 1.0),
         (1.0, 0.0), (-1.0, 0.0), (-1.0, -0.0), (-2.0, -2.0), (INF, 1.0), (1.0, INF), (INF, INF), (-INF, -INF), (-INF, 1.0), (1.0, -INF),
         (NAN, 1.0), (1.0, NAN), (7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-1.0, INF), (-30.0, 30.0)]
signed = lambda n: np.sign(vec(n)) * rng.uniform(0.5, 2, n)  # noqa: E731
EL_BINARY = {
    # name: (JAX function, sampler of ordinary (a, b))
    "hypot": (jnp.hypot, lambda n: (vec(n), vec(n))),
    "atan2": (jnp.arctan2, lambda n: (vec(n), vec(n))),
    "logaddexp": (jnp.logaddexp, lambda n: (rng.uniform(-3, 3, n), rng.uniform(-3, 3, n))),
    "logaddexp2": (jnp.logaddexp2, lambda n: (rng.uniform(-3, 3, n), rng.uniform(-3, 3, n))),
    "copysign": (jnp.copysign, lambda n: (signed(n), signed(n))),
    "fmax": (jnp.fmax, lambda n: (vec(n), vec(n))),
    "fmin": (jnp.fmin, lambda n: (vec(n), vec(n))),
    "fmod": (jnp.fmod, lambda n: (rng.uniform(-5, 5, n), signed(n))),
    "remainder": (jnp.remainder, lambda n: (rng.uniform(-5, 5, n), signed(n))),
    "floorDivide": (jnp.floor_divide, lambda n: (rng.uniform(-5, 5, n), signed(n))),
    "maximum": (jnp.maximum, lambda n: (vec(n), vec(n))),
    "minimum": (jnp.minimum, lambda n: (vec(n), vec(n))),
    "add": (jnp.add, lambda n: (vec(n), vec(n))),
    "subtract": (jnp.subtract, lambda n: (vec(n), vec(n))),
    "multiply": (jnp.multiply, lambda n: (vec(n), vec(n))),
    "divide": (jnp.divide, lambda n: (vec(n), signed(n))),
    "power": (jnp.power, lambda n: (pos(n), vec(n))),
}
NEW_BINARY = ["power", "hypot", "atan2", "logaddexp", "logaddexp2", "copysign", "fmax", "fmin", "fmod", "remainder", "floorDivide"]


def elementwise_points():
    out = []
    for name, (f, sample, special) in EL_UNARY.items():
        x = jnp.asarray(np.concatenate([np.asarray(special, dtype=np.float64), sample(6)]))
        d = jax.vmap(jax.grad(f))(x)
        dd = jax.vmap(jax.grad(jax.grad(f)))(x)
        out.append({"name": name, "args": [enc(x)], "value": enc(f(x)), "d": [enc(d)], "dd": [enc(dd)]})
    for name, (f, sample) in EL_BINARY.items():
        a, b = sample(6)
        # x / 0 has no second derivative, and JAX's NaN and this library's ±∞ say so differently
        # (power at positive finite points: JAX's float rule p·x^(p−1) gives NaN at x = 0, p = 0,
        # where this library keeps its integer rule, 0, and its second derivatives at ∞ are NaN)
        pairs = [p for p in PAIRS if (name != "divide" or p[1] != 0) and (name != "power" or (0 < p[0] < INF and np.isfinite(p[1])))]
        a = jnp.asarray(np.concatenate([[p[0] for p in pairs], a]))
        b = jnp.asarray(np.concatenate([[p[1] for p in pairs], b]))
        grads = [jax.vmap(jax.grad(f, k))(a, b) for k in (0, 1)]
        H = jax.vmap(jax.hessian(f, (0, 1)))(a, b)
        out.append({"name": name, "args": [enc(a), enc(b)], "value": enc(f(a, b)), "d": [enc(g) for g in grads], "dd": [enc(H[0][0]), enc(H[0][1]), enc(H[1][1])]})
    return out


def full_case(name, f, args, wrt, v, u):
    """f's value, Jacobian, J v, uᵀ J, and the Hessian of sum(f) with its product along v, by JAX."""
    jargs = [jnp.asarray(a) for a in args]
    g = lambda x: f(*[x if i == wrt else a for i, a in enumerate(jargs)])  # noqa: E731
    x = jargs[wrt]
    value = g(x)
    _, tangent = jax.jvp(g, (x,), (jnp.asarray(v),))
    _, pull = jax.vjp(g, x)
    s = lambda x: jnp.sum(g(x))  # noqa: E731
    _, hv = jax.jvp(jax.grad(s), (x,), (jnp.asarray(v),))
    return {"name": name, "args": [enc(a) for a in args], "wrt": wrt, "value": enc(value), "jacobian": enc(jax.jacfwd(g)(x)),
            "v": enc(v), "jvp": enc(tangent), "u": enc(u), "vjp": enc(pull(jnp.asarray(u))[0]), "hessian": enc(jax.hessian(s)(x)), "hvp": enc(hv)}


def elementwise_cases():
    out = []
    new_unary = list(EL_UNARY)[: list(EL_UNARY).index("exp")]
    for name in new_unary:
        f, sample, _ = EL_UNARY[name]
        for shape in [(4,), (2, 3)]:
            n = int(np.prod(shape))
            out.append(full_case(f"{name} {shape}", f, [sample(n).reshape(shape)], 0, vec(n).reshape(shape), vec(n).reshape(shape)))
    for name in NEW_BINARY:
        f, sample = EL_BINARY[name]
        a, b = sample(4)
        for wrt in (0, 1):
            out.append(full_case(f"{name} wrt {wrt}", f, [a, b], wrt, vec(4), vec(4)))
        # both operands traced: z = stack([a, b]), so the Hessian has the cross terms ∂²/∂a∂b
        out.append(full_case(f"{name} of z[0], z[1]", lambda z, f=f: f(z[0], z[1]), [np.stack([a, b])], 0, vec(8).reshape(2, 4), vec(4)))
    return out


# Programs shaped as DAGs (test/jacobian/programs.ts runs the same programs with the strict
# operations): node 0 is x, step k adds node k + 1; a reference r >= 0 is a node, r < 0 the
# constant -r - 1; every node has x's shape; the output is one node or several stacked.
def square_matrix(n):
    return jnp.array([[((i * 7 + j * 3) % 5 - 2) / 4 for j in range(n)] for i in range(n)])


def alternating(shape):
    return jnp.array([i % 2 == 0 for i in range(int(np.prod(shape)))]).reshape(shape)


def batch_matrices(count):
    return jnp.array([[[((i * 7 + j * 3 + b * 5) % 5 - 2) / 4 for j in range(3)] for i in range(3)] for b in range(count)])


UNARY = {
    "negative": lambda v, s: -v,
    "exp": lambda v, s: jnp.exp(v),
    "tanh": lambda v, s: jnp.tanh(v),
    "sigmoid": lambda v, s: sigmoid(v),
    "relu": lambda v, s: relu(v),
    "square": lambda v, s: jnp.square(v),
    "sin": lambda v, s: jnp.sin(v),
    "cos": lambda v, s: jnp.cos(v),
    "logsq": lambda v, s: jnp.log(jnp.square(v) + 1),
    "sqrtsq": lambda v, s: jnp.sqrt(jnp.square(v) + 1),
    "reshape": lambda v, s: jnp.reshape(jnp.reshape(v, (int(np.prod(s)),)), s),
    "bcast": lambda v, s: jnp.broadcast_to(v, s),
    "sumpad": lambda v, s: jnp.sum(jnp.broadcast_to(v, (2, *s)), axis=0),
    "matmul": lambda v, s: square_matrix(s[-1]) @ v if len(s) == 1 else v @ square_matrix(s[-1]),
    "abs": lambda v, s: jnp.abs(v),
    "softmax": lambda v, s: jax.nn.softmax(v),
    "logsm": lambda v, s: jax.nn.log_softmax(v, axis=0),
    "maxpad": lambda v, s: jnp.broadcast_to(jnp.max(v, axis=-1, keepdims=True), s),
    "minpad": lambda v, s: jnp.broadcast_to(jnp.min(v, axis=0, keepdims=True), s),
    "lsepad": lambda v, s: jnp.broadcast_to(jax.nn.logsumexp(v, axis=-1, keepdims=True), s),
    "transpose2": lambda v, s: jnp.transpose(jnp.transpose(v) * 0.5),
    "flip": lambda v, s: v[::-1],
    "take": lambda v, s: v[..., np.array([2, 0, 0])],
    "bmm": lambda v, s: jnp.reshape(jnp.reshape(v, (-1, 1, 3)) @ batch_matrices(int(np.prod(s)) // 3), s),
    "clip": lambda v, s: jnp.clip(v, -0.5, 0.75),
    "where": lambda v, s: jnp.where(alternating(s), v, -v * v),
    "signmul": lambda v, s: jnp.sign(v) * v,
    "bsquare": lambda v, s: jnp.reshape((jnp.reshape(v, (-1, 3, 1)) @ jnp.reshape(v, (-1, 1, 3)))[..., np.arange(3), np.arange(3)], s),
    "log1psq": lambda v, s: jnp.log1p(jnp.square(v)),
    "expm1": lambda v, s: jnp.expm1(v),
    "log2exp2": lambda v, s: jnp.log2(jnp.exp2(v) + 1),
    "log10cosh": lambda v, s: jnp.log10(jnp.cosh(v)),
    "asinhsinh": lambda v, s: jnp.arcsinh(jnp.sinh(v) * 2),
    "tantanh": lambda v, s: jnp.tan(jnp.tanh(v)),
    "asinacos": lambda v, s: jnp.arcsin(jnp.tanh(v) * 0.5) * jnp.arccos(jnp.tanh(v) * 0.5),
    "atanatanh": lambda v, s: jnp.arctan(v) + jnp.arctanh(jnp.tanh(v) * 0.5),
    "acoshsq": lambda v, s: jnp.arccosh(jnp.square(v) + 1.5),
    "softplus": lambda v, s: jax.nn.softplus(v),
    "recipcbrt": lambda v, s: jnp.reciprocal(jnp.cbrt(jnp.square(v) + 1)),
    "degrees": lambda v, s: jnp.rad2deg(jnp.deg2rad(v)),
    "positive": lambda v, s: jnp.positive(v),
    "floorceil": lambda v, s: (jnp.floor(v) + jnp.ceil(v)) * v,
    "truncrint": lambda v, s: (jnp.trunc(v) + jnp.rint(v)) * v,
    "round1": lambda v, s: jnp.round(v, 1) * v,
}
SCALAR = {
    "addc": lambda v, c: v + c,
    "subc": lambda v, c: v - c,
    "rsubc": lambda v, c: c - v,
    "mulc": lambda v, c: v * c,
    "divc": lambda v, c: v / c,
    "powi": lambda v, c: v ** (2 if c > 0 else 3),
}
BINARY = {
    "add": lambda a, b: a + b,
    "subtract": lambda a, b: a - b,
    "multiply": lambda a, b: a * b,
    "maximum": jnp.maximum,
    "minimum": jnp.minimum,
    "divsafe": lambda a, b: a / (jnp.square(b) + 1),
    "stackpick0": lambda a, b: jnp.stack([a, b])[0],
    "stackpick1": lambda a, b: jnp.stack([a, b])[1],
    "stackpick1last": lambda a, b: jnp.transpose(jnp.transpose(jnp.stack([a, b], axis=-1))[1]),
    "concatpick": lambda a, b: jnp.reshape(jnp.concatenate([a, b]), (2, *a.shape))[0],
    "hypot": jnp.hypot,
    "atan2pos": lambda a, b: jnp.arctan2(a, jnp.square(b) + 0.5),
    "logaddexp": jnp.logaddexp,
    "logaddexp2": jnp.logaddexp2,
    "copysign": jnp.copysign,
    "fmax": jnp.fmax,
    "fmin": jnp.fmin,
    "fmodsq": lambda a, b: jnp.fmod(a, jnp.square(b) + 1),
    "remsq": lambda a, b: jnp.remainder(a, jnp.square(b) + 1),
    "floordivsq": lambda a, b: jnp.floor_divide(a, jnp.square(b) + 1) + a,
    "powtraced": lambda a, b: jnp.power(jnp.square(a) + 0.5, b * 0.5),
}
OPS = [*UNARY, *SCALAR, *BINARY]
SCALARS = [0.5, 1.5, -2.0, 2.0, -0.75]


def run_program(p, x, consts):
    nodes = [x]
    ref = lambda r: nodes[r] if r >= 0 else consts[-r - 1]  # noqa: E731
    for op, a, b, c in p["steps"]:
        if op in UNARY:
            nodes.append(UNARY[op](ref(a), tuple(p["shape"])))
        elif op in SCALAR:
            nodes.append(SCALAR[op](ref(a), c))
        else:
            nodes.append(BINARY[op](ref(a), ref(b)))
    outs = [ref(r) for r in p["out"]]
    return outs[0] if len(outs) == 1 else jnp.stack(outs)


def random_program(shape):
    steps = []
    for k in range(int(rng.integers(1, 13))):
        op = OPS[int(rng.integers(len(OPS)))]
        nodes = k + 1
        # recent nodes are likelier operands, so intermediates are reused
        a = int(nodes - 1 - min(rng.geometric(0.4) - 1, nodes - 1))
        b = -1 - int(rng.integers(2)) if op in BINARY and rng.random() < 0.2 else int(rng.integers(nodes))
        if op in BINARY and rng.random() < 0.15:
            b = a  # the same value on both sides
        steps.append([op, a, b, SCALARS[int(rng.integers(len(SCALARS)))]])
    n_out = int(rng.integers(1, 4))
    out = [len(steps)] + [int(rng.integers(len(steps) + 1)) for _ in range(n_out - 1)]
    return {"shape": list(shape), "steps": steps, "out": out}


def weights(shape):
    n = int(np.prod(shape))
    return jnp.array([((i * 5) % 7 - 3) / 4 for i in range(n)]).reshape(shape)


def dag_cases(count):
    cases = []
    while len(cases) < count:
        shape = (3,) if rng.random() < 0.6 else (2, 3)
        p = random_program(shape)
        x = rng.uniform(-1.5, 1.5, shape)
        consts = [rng.uniform(-1.5, 1.5, shape) for _ in range(2)]
        jc = [jnp.asarray(c) for c in consts]
        f = lambda x, p=p, jc=jc: run_program(p, x, jc)  # noqa: E731
        value = np.asarray(f(jnp.asarray(x)))
        J = np.asarray(jax.jacfwd(f)(jnp.asarray(x)))
        if not (np.all(np.isfinite(value)) and np.all(np.isfinite(J)) and np.max(np.abs(J), initial=0) < 1e8):
            continue
        # a scalar of the program for Hessians: sum(out ⊙ w), w fixed (test/jacobian/programs.ts)
        w = weights(value.shape)
        s = lambda x, f=f, w=w: jnp.sum(f(x) * w)  # noqa: E731
        H = np.asarray(jax.hessian(s)(jnp.asarray(x)))
        if not (np.all(np.isfinite(H)) and np.max(np.abs(H), initial=0) < 1e8):
            continue
        cases.append({"program": p, "x": enc(x), "consts": [enc(c) for c in consts], "value": enc(value), "jacobian": enc(J), "hessian": enc(H)})
    return cases


def main():
    path = os.path.join(FIXTURES, "jacobian-elementwise.json")
    points, full = elementwise_points(), elementwise_cases()
    with open(path, "w") as f:
        json.dump({"generator": "scripts/gen_jacobians.py", "jax": jax.__version__, "points": points, "cases": full}, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {path} ({len(points)} functions at special points, {len(full)} cases)")
    dags = dag_cases(300)
    path = os.path.join(FIXTURES, "jacobian-dags.json")
    with open(path, "w") as f:
        json.dump({"generator": "scripts/gen_jacobians.py", "jax": jax.__version__, "cases": dags}, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {path} ({len(dags)} programs)")
    out = []
    for name, fn, args, wrt, kind in CASES:
        jargs = [jnp.asarray(a) for a in args]
        value = np.asarray(fn(*jargs))
        J = np.asarray(jax.jacfwd(fn, argnums=wrt)(*jargs))
        out.append({"name": name, "args": [enc(a) for a in args], "wrt": wrt, "value": enc(value), "jacobian": enc(J), "kind": kind})
    path = os.path.join(FIXTURES, "jacobians.json")
    with open(path, "w") as f:
        json.dump({"generator": "scripts/gen_jacobians.py", "jax": jax.__version__, "cases": out}, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {path} ({len(out)} cases)")


if __name__ == "__main__":
    main()
