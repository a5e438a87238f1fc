/**
 * numpy's further elementwise functions, differentiable: exponentials and logarithms,
 * trigonometric and hyperbolic functions and their inverses, `hypot`, `atan2`, `logaddexp`,
 * `softplus`, and the piecewise ones (rounding, `copysign`, `fmax`/`fmin`, remainders). Each value
 * is the core's; each derivative rule sits in rules/elementwise.ts beside its forward function,
 * with its second derivative for `hessian` and `hvp`. A unary function's Jacobian is
 * `Diag(f'(x))` (or a scaled identity, or the zero map); a binary one's is a diagonal for each
 * traced operand, and its operands must have equal shapes — broadcasting is refused, as in
 * `add`. Derivatives follow JAX, at domain edges (`arcsin'(1) = ∞`), special points (`hypot` at
 * (0, 0)) and ties (`fmax` gives a tie to its second operand) too.
 *
 * @module
 */
import { DTypeError } from "../errors.js";
import { round as coreRound } from "../ops/math.js";
import { checkOptions } from "../validate.js";
import { readInput, type Input } from "./operands.js";
import { abs, binaryOp, power, unaryOp, type Output } from "./ops.js";
import { ZeroMap } from "./structured/diagonal.js";
import { record } from "./trace.js";
import { toArray } from "../create.js";

// exponentials and logarithms

/**
 * `log(1 + x)`, accurate for small x: `Diag(1/(1 + x))`.
 *
 * @example
 * import { jacobian, log1p } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(log1p, array([0, 1, -1])).toString());
 * // => Diag(array([1. , 0.5, inf]))
 */
export const log1p = (x: Input): Output => unaryOp("log1p", x);
/**
 * `eˣ − 1`, accurate for small x: `Diag(eˣ)`, computed as `exp(x)` (not `expm1(x) + 1`, which
 * loses the small values of x ≪ 0).
 *
 * @example
 * import { jacobian, expm1 } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(expm1, array([0, 1])).toString());
 * // => Diag(array([1.        , 2.71828183]))
 */
export const expm1 = (x: Input): Output => unaryOp("expm1", x);
/**
 * The base-2 logarithm: `Diag(1/(x ln 2))`.
 *
 * @example
 * import { jacobian, log2 } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(log2, array([1, 4])).toString());
 * // => Diag(array([1.44269504, 0.36067376]))
 */
export const log2 = (x: Input): Output => unaryOp("log2", x);
/**
 * The base-10 logarithm: `Diag(1/(x ln 10))`.
 *
 * @example
 * import { jacobian, log10 } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(log10, array([1, 10])).toString());
 * // => Diag(array([0.43429448, 0.04342945]))
 */
export const log10 = (x: Input): Output => unaryOp("log10", x);
/**
 * `2ˣ`: `Diag(2ˣ ln 2)`.
 *
 * @example
 * import { jacobian, exp2 } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(exp2, array([0, 3])).toString());
 * // => Diag(array([0.69314718, 5.54517744]))
 */
export const exp2 = (x: Input): Output => unaryOp("exp2", x);
/**
 * The cube root: `Diag(1/(3 ∛x²))`, +∞ at 0 (as JAX).
 *
 * @example
 * import { jacobian, cbrt } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(cbrt, array([8, 1, 0])).toString());
 * // => Diag(array([0.08333333, 0.33333333,        inf]))
 */
export const cbrt = (x: Input): Output => unaryOp("cbrt", x);
/**
 * `1/x`: `Diag(−1/x²)`.
 *
 * @example
 * import { jacobian, reciprocal } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(reciprocal, array([2, -4])).toString());
 * // => Diag(array([-0.25  , -0.0625]))
 */
export const reciprocal = (x: Input): Output => unaryOp("reciprocal", x);
/**
 * `log(1 + eˣ)`, as JAX's `jax.nn.softplus` (`logaddexp(x, 0)`; the core has no softplus): its
 * derivative is `sigmoid(x)`, and its second derivative `σ(1 − σ)` is computed as
 * `1/(2 + 2 cosh x)`, which keeps its accuracy where σ is close to 1.
 *
 * @example
 * import { jacobian, hessian, softplus, sum } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(softplus(array([-1, 0, 40])).toString());
 * // => array([ 0.31326169,  0.69314718, 40.        ])
 * console.log(jacobian(softplus, array([-1, 0, 40])).toString());
 * // => Diag(array([0.26894142, 0.5       , 1.        ]))
 * console.log(hessian((x) => sum(softplus(x)), array([0, 40])).diagonal().toString());
 * // => array([2.50000000e-01, 4.24835426e-18])
 */
export const softplus = (x: Input): Output => unaryOp("softplus", x);

// trigonometric and hyperbolic

/**
 * The tangent: `Diag(1 + tan²x)`.
 *
 * @example
 * import { jacobian, tan } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(tan, array([0, Math.PI / 4])).toString());
 * // => Diag(array([1., 2.]))
 */
export const tan = (x: Input): Output => unaryOp("tan", x);
/**
 * The inverse sine: `Diag(1/√(1 − x²))`, +∞ at ±1 and NaN outside [−1, 1] (as JAX).
 *
 * @example
 * import { jacobian, asin } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(asin, array([0, 0.6, 1])).toString());
 * // => Diag(array([1.  , 1.25,  inf]))
 */
export const asin = (x: Input): Output => unaryOp("asin", x);
/** numpy's name for {@link asin}. */
export const arcsin = asin;
/**
 * The inverse cosine: `Diag(−1/√(1 − x²))`, −∞ at ±1 (as JAX).
 *
 * @example
 * import { jacobian, acos } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(acos, array([0, 0.6, 1])).toString());
 * // => Diag(array([-1.  , -1.25,  -inf]))
 */
export const acos = (x: Input): Output => unaryOp("acos", x);
/** numpy's name for {@link acos}. */
export const arccos = acos;
/**
 * The inverse tangent: `Diag(1/(1 + x²))`.
 *
 * @example
 * import { jacobian, atan } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(atan, array([0, 1])).toString());
 * // => Diag(array([1. , 0.5]))
 */
export const atan = (x: Input): Output => unaryOp("atan", x);
/** numpy's name for {@link atan}. */
export const arctan = atan;
/**
 * The hyperbolic sine: `Diag(cosh x)`.
 *
 * @example
 * import { jacobian, sinh } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(sinh, array([0, 1])).toString());
 * // => Diag(array([1.        , 1.54308063]))
 */
export const sinh = (x: Input): Output => unaryOp("sinh", x);
/**
 * The hyperbolic cosine: `Diag(sinh x)`.
 *
 * @example
 * import { jacobian, cosh } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(cosh, array([0, 1])).toString());
 * // => Diag(array([0.        , 1.17520119]))
 */
export const cosh = (x: Input): Output => unaryOp("cosh", x);
/**
 * The inverse hyperbolic sine: `Diag(1/√(x² + 1))`.
 *
 * @example
 * import { jacobian, asinh } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(asinh, array([0, 1])).toString());
 * // => Diag(array([1.        , 0.70710678]))
 */
export const asinh = (x: Input): Output => unaryOp("asinh", x);
/** numpy's name for {@link asinh}. */
export const arcsinh = asinh;
/**
 * The inverse hyperbolic cosine: `Diag(1/√(x² − 1))`, +∞ at 1 (as JAX).
 *
 * @example
 * import { jacobian, acosh } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(acosh, array([1, 2])).toString());
 * // => Diag(array([       inf, 0.57735027]))
 */
export const acosh = (x: Input): Output => unaryOp("acosh", x);
/** numpy's name for {@link acosh}. */
export const arccosh = acosh;
/**
 * The inverse hyperbolic tangent: `Diag(1/(1 − x²))`, +∞ at ±1 (as JAX).
 *
 * @example
 * import { jacobian, atanh } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(atanh, array([0, 0.5, 1])).toString());
 * // => Diag(array([1.        , 1.33333333,        inf]))
 */
export const atanh = (x: Input): Output => unaryOp("atanh", x);
/** numpy's name for {@link atanh}. */
export const arctanh = atanh;
/**
 * Degrees to radians, `x · π/180` (numpy's `deg2rad`; the core has no such function): the
 * scaled identity `(π/180)·I`.
 *
 * @example
 * import { jacobian, deg2rad } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(deg2rad(array([180, 90])).toString(), jacobian(deg2rad, array([180, 90])).toString());
 * // => array([3.14159265, 1.57079633]) 0.0174532925199433·I₂
 */
export const deg2rad = (x: Input): Output => unaryOp("deg2rad", x);
/** numpy's other name for {@link deg2rad}. */
export const radians = deg2rad;
/**
 * Radians to degrees, `x · 180/π` (numpy's `rad2deg`): the scaled identity `(180/π)·I`.
 *
 * @example
 * import { jacobian, rad2deg } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(rad2deg(array([Math.PI])).toString(), jacobian(rad2deg, array([Math.PI])).toString());
 * // => array([180.]) 57.29577951308232·I₁
 */
export const rad2deg = (x: Input): Output => unaryOp("rad2deg", x);
/** numpy's other name for {@link rad2deg}. */
export const degrees = rad2deg;

// signs and rounding

/**
 * `+x`, a copy: the identity.
 *
 * @example
 * import { jacobian, positive } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(positive, array([1, -2])).kind);
 * // => identity
 */
export const positive = (x: Input): Output => unaryOp("positive", x);
/**
 * The largest integer not above each element. Piecewise constant, so the Jacobian is the zero
 * map — at the jumps too, as JAX takes it.
 *
 * @example
 * import { jacobian, floor } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(floor(array([-1.5, 2])).toString(), jacobian(floor, array([-1.5, 2])).kind);
 * // => array([-2.,  2.]) zero
 */
export const floor = (x: Input): Output => unaryOp("floor", x);
/**
 * The smallest integer not below each element: the zero map, as {@link floor}.
 *
 * @example
 * import { jacobian, ceil } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(ceil(array([-1.5, 2])).toString(), jacobian(ceil, array([-1.5, 2])).kind);
 * // => array([-1.,  2.]) zero
 */
export const ceil = (x: Input): Output => unaryOp("ceil", x);
/**
 * Each element rounded towards 0: the zero map, as {@link floor}.
 *
 * @example
 * import { jacobian, trunc } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(trunc(array([-1.5, 2.5])).toString(), jacobian(trunc, array([-1.5, 2.5])).kind);
 * // => array([-1.,  2.]) zero
 */
export const trunc = (x: Input): Output => unaryOp("trunc", x);
/**
 * Each element rounded to the nearest integer, halves to even: the zero map, as {@link floor}.
 *
 * @example
 * import { jacobian, rint } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(rint(array([-1.5, 2.5])).toString(), jacobian(rint, array([-1.5, 2.5])).kind);
 * // => array([-2.,  2.]) zero
 */
export const rint = (x: Input): Output => unaryOp("rint", x);

/** Options of the strict {@link round} (no `out`: a traced result is a new value). */
export interface StrictRoundOptions {
  /** Decimal places (negative: tens, hundreds, …); 0 by default. */
  decimals?: number;
}

/**
 * Each element rounded to `decimals` places, halves to even (the core's `round`, numpy's
 * values): the zero map, as {@link floor}.
 *
 * @example
 * import { jacobian, round } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(round(array([1.25, 2.5]), 1).toString(), jacobian((x) => round(x, { decimals: 1 }), array([1.25, 2.5])).kind);
 * // => array([1.2, 2.5]) zero
 */
export function round(x: Input, decimals?: number | StrictRoundOptions): Output {
  const fn = "round";
  if (typeof decimals === "object" && decimals !== null) checkOptions(fn, decimals, ["decimals"]);
  else if (decimals !== undefined && typeof decimals !== "number") {
    throw new DTypeError(`${fn}: decimals must be an integer or an options object like { decimals }, got ${decimals === null ? "null" : typeof decimals}`);
  }
  const a = readInput(fn, x, 1);
  const arr = a.kind === "number" ? toArray(fn, a.value) : a.value;
  const value = coreRound(arr, typeof decimals === "number" ? decimals : decimals?.decimals);
  return record(fn, value, a.kind === "traced" ? [a.traced] : [], () => [new ZeroMap(arr.shape, arr.shape)]);
}

// functions of two operands

/**
 * `√(x² + y²)` without overflow, for equal shapes (or a number): `Diag(x/h)` for `x` and
 * `Diag(y/h)` for `y`. At (0, 0) each operand gets 0.5, JAX's value (`jnp.hypot` is
 * `max · √(1 + (min/max)²)`, a tie in `max`), and the second derivatives are 0 there.
 *
 * @example
 * import { jacobian, hypot } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const y = array([4, 0]);
 * console.log(jacobian((x) => hypot(x, y), array([3, 0])).toString());
 * // => Diag(array([0.6, 0.5]))
 */
export const hypot = (x: Input, y: Input): Output => binaryOp("hypot", x, y);
/**
 * The angle of the point `(x2, x1)` (numpy's `arctan2(x1, x2)`, in radians): `Diag(x2/r²)` for
 * `x1` and `Diag(−x1/r²)` for `x2`, with `r² = x1² + x2²` — NaN at (0, 0), as JAX.
 *
 * @example
 * import { jacobian, atan2 } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const x2 = array([1, 0]);
 * console.log(jacobian((x1) => atan2(x1, x2), array([1, 2])).toString());
 * // => Diag(array([0.5, 0. ]))
 * console.log(jacobian((b) => atan2(array([1, 2]), b), x2).toString());
 * // => Diag(array([-0.5, -0.5]))
 */
export const atan2 = (x1: Input, x2: Input): Output => binaryOp("atan2", x1, x2);
/** numpy's name for {@link atan2}. */
export const arctan2 = atan2;
/**
 * `log(eˣ + eʸ)` without overflow: `Diag(e^(x − out))` for `x` and `Diag(e^(y − out))` for `y`
 * (the softmax of the pair), with JAX's rule where an operand is +∞.
 *
 * @example
 * import { jacobian, logaddexp } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian((x) => logaddexp(x, array([0, 0])), array([0, 1000])).toString());
 * // => Diag(array([0.5, 1. ]))
 */
export const logaddexp = (x: Input, y: Input): Output => binaryOp("logaddexp", x, y);
/**
 * `log₂(2ˣ + 2ʸ)`: `Diag(2^(x − out))` for `x` and `Diag(2^(y − out))` for `y`.
 *
 * @example
 * import { jacobian, logaddexp2 } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian((x) => logaddexp2(x, array([0, 0])), array([0, 1])).toString());
 * // => Diag(array([0.5       , 0.66666667]))
 */
export const logaddexp2 = (x: Input, y: Input): Output => binaryOp("logaddexp2", x, y);
/**
 * `|x|` with the sign of `y`: `Diag(±1)` for `x` (JAX's: `abs'` — 1 at 0 — times the sign of
 * `y`), the zero map for `y`.
 *
 * @example
 * import { jacobian, copysign } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const y = array([1, -1, -1]);
 * console.log(jacobian((x) => copysign(x, y), array([2, 2, -2])).toString());
 * // => Diag(array([ 1., -1.,  1.]))
 * console.log(jacobian((s) => copysign(array([2, 2, -2]), s), y).kind);
 * // => zero
 */
export const copysign = (x: Input, y: Input): Output => binaryOp("copysign", x, y);
/**
 * The elementwise maximum ignoring NaN (a NaN loses): `Diag(1[x > y or y is NaN])` for `x` and
 * the rest for `y`. Unlike `maximum`'s 0.5/0.5, a tie goes to `y` entirely, as JAX's
 * `fmax` (a `where`).
 *
 * @example
 * import { jacobian, fmax } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const y = array([1, 1, NaN]);
 * console.log(jacobian((x) => fmax(x, y), array([0, 1, 5])).toString());
 * // => Diag(array([0., 0., 1.]))
 */
export const fmax = (x: Input, y: Input): Output => binaryOp("fmax", x, y);
/**
 * The elementwise minimum ignoring NaN: `Diag(1[x < y or y is NaN])` for `x`; a tie goes to `y`,
 * as JAX's `fmin`.
 *
 * @example
 * import { jacobian, fmin } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const y = array([1, 1, NaN]);
 * console.log(jacobian((x) => fmin(x, y), array([0, 1, 5])).toString());
 * // => Diag(array([1., 0., 1.]))
 */
export const fmin = (x: Input, y: Input): Output => binaryOp("fmin", x, y);
/**
 * C's remainder `x − trunc(x/y)·y` (the sign of `x`): `I` for `x`, `Diag(−trunc(x/y))` for `y`.
 *
 * @example
 * import { jacobian, fmod } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian((y) => fmod(array([7, -7]), y), array([2, 2])).toString());
 * // => Diag(array([-3.,  3.]))
 */
export const fmod = (x: Input, y: Input): Output => binaryOp("fmod", x, y);
/**
 * Python's remainder `x − floor(x/y)·y` (the sign of `y`): `I` for `x`, and for `y` JAX's
 * `Diag(−trunc(x/y) + 1[the remainder's sign was flipped])` (`−floor(x/y)` away from rounding).
 *
 * @example
 * import { jacobian, remainder } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian((y) => remainder(array([7, -7]), y), array([2, 2])).toString());
 * // => Diag(array([-3.,  4.]))
 * console.log(jacobian((x) => remainder(x, 2), array([7, -7])).kind);
 * // => identity
 */
export const remainder = (x: Input, y: Input): Output => binaryOp("remainder", x, y);
/** numpy's other name for {@link remainder}. */
export const mod = remainder;
/**
 * `floor(x / y)`: piecewise constant in both operands, the zero map for each.
 *
 * @example
 * import { jacobian, floorDivide } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(floorDivide(array([7, -7]), 2).toString(), jacobian((x) => floorDivide(x, 2), array([7, -7])).kind);
 * // => array([ 3., -4.]) zero
 */
export const floorDivide = (x: Input, y: Input): Output => binaryOp("floorDivide", x, y);

/** numpy's other name for {@link abs}. */
export const absolute = abs;
/** numpy's other name for {@link power}. */
export const pow = power;
