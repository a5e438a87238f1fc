/**
 * Derivative rules of the elementwise operations, each beside its forward function. A unary rule
 * gives `f'(x)`, so the Jacobian is `Diag(f'(x))`; a number stands for a scaled identity. Kinks
 * follow JAX: `relu'(0) = 0`, and a tie in `maximum`/`minimum` splits the derivative 0.5/0.5.
 * Domain edges and special points give JAX's values too (`arcsin'(1) = ∞`, `hypot` at (0, 0)
 * gives 0.5 to each operand, `arctanh''(±1)` is NaN), from formulas chosen to keep their accuracy
 * (`log1p' = 1/(1 + x)`, `arcsin' = 1/√((1 − x)(1 + x))`, `softplus'' = 1/(2 + 2 cosh x)`).
 *
 * @module
 */
import { DTYPES } from "../../dtype.js";
import { astype } from "../../dtypes/cast.js";
import type { NDArray } from "../../ndarray.js";
import * as core from "../../ops/binary.js";
import { flatBinary, flatUnary, multiplyFlat, type Flat } from "../../ops/flat.js";
import * as math from "../../ops/math.js";
import * as unary from "../../ops/unary.js";

export type { Flat };

export type UnaryOp =
  | "negative" | "abs" | "exp" | "log" | "tanh" | "sigmoid" | "relu" | "square" | "sqrt" | "sin" | "cos"
  | "log1p" | "expm1" | "log2" | "log10" | "exp2" | "cbrt" | "reciprocal" | "softplus"
  | "tan" | "asin" | "acos" | "atan" | "sinh" | "cosh" | "asinh" | "acosh" | "atanh"
  | "deg2rad" | "rad2deg" | "positive" | "floor" | "ceil" | "trunc" | "rint";

export interface UnaryRule {
  forward(x: NDArray): NDArray;
  /**
   * `f'(x)` elementwise, from the input `x` and the output `y` (a number: the same everywhere):
   * a new array, or `x` or `y` themselves (never another array that something else holds).
   */
  derivative(x: Float64Array, y: Float64Array): Flat;
  /** `f''(x)` elementwise, for Hessians (a number: the same everywhere; may be `x` or `y`, read only). */
  second(x: Float64Array, y: Float64Array): Flat;
}

const LN2 = "0.6931471805599453";
const LN2_SQUARED = "0.4804530139182014";
const LN10 = "2.302585092994046";
const ONE_MINUS_SQUARE = "(1 - a) * (1 + a)";
const SQUARE_MINUS_ONE = "(a - 1) * (a + 1) + 0";

/** `f'` as an expression in the input `a` = x. */
const ofInput = (expr: string): UnaryRule["derivative"] => flatUnary(expr);
/** `f'` as an expression in the output `a` = f(x) (tanh' = 1 − tanh²): no second evaluation of f. */
const ofOutput = (expr: string): UnaryRule["derivative"] => {
  const d = flatUnary(expr);
  return (_x, y) => d(y);
};

const expOfInput = ofInput("Math.exp(a)");

/**
 * numpy's `deg2rad`/`rad2deg`: `x · c` in the float dtype of the core's float functions (float32
 * for float32 and for 8- and 16-bit integers and bool, else float64), with numpy's float32
 * constant there — a float32 product, which float64 rounds exactly once to float32.
 */
function angle(x: NDArray | number, c64: number, c32: number): NDArray {
  if (typeof x === "number") return core.multiply(x, c64);
  const info = DTYPES[x.dtype];
  const narrow = info.kind === "f" ? info.bits === 32 : info.bits <= 16;
  return narrow ? core.multiply(info.kind === "f" ? x : astype(x, "float32"), c32) : core.multiply(x, c64);
}

export const UNARY_RULES = {
  negative: { forward: unary.negative, derivative: () => -1, second: () => 0 },
  // JAX: abs'(x) = 1 for x >= 0 (−0 included), −1 below
  abs: { forward: unary.abs, derivative: ofInput("a >= 0 ? 1 : a < 0 ? -1 : a"), second: () => 0 },
  exp: { forward: unary.exp, derivative: (_x, y) => y, second: (_x, y) => y },
  log: { forward: unary.log, derivative: ofInput("1 / a"), second: ofInput("-1 / (a * a)") },
  tanh: { forward: unary.tanh, derivative: ofOutput("1 - a * a"), second: ofOutput("-2 * a * (1 - a * a)") },
  sigmoid: { forward: unary.sigmoid, derivative: ofOutput("a * (1 - a)"), second: ofOutput("a * (1 - a) * (1 - 2 * a)") },
  // JAX: relu'(0) = 0 (the derivative of max(x, 0) taken from the x > 0 side only).
  relu: { forward: unary.relu, derivative: ofInput("a > 0 ? 1 : 0"), second: () => 0 },
  square: { forward: unary.square, derivative: ofInput("2 * a"), second: () => 2 },
  sqrt: { forward: unary.sqrt, derivative: ofOutput("0.5 / a"), second: ofOutput("-0.25 / (a * a * a)") },
  sin: { forward: unary.sin, derivative: ofInput("Math.cos(a)"), second: ofInput("-Math.sin(a)") },
  cos: { forward: unary.cos, derivative: ofInput("-Math.sin(a)"), second: ofInput("-Math.cos(a)") },

  // exponentials and logarithms: log1p' = 1/(1 + x) keeps log1p's accuracy near 0, expm1' = eˣ
  log1p: { forward: math.log1p, derivative: ofInput("1 / (1 + a)"), second: ofInput("-1 / ((1 + a) * (1 + a))") },
  expm1: { forward: math.expm1, derivative: expOfInput, second: expOfInput },
  log2: { forward: math.log2, derivative: ofInput(`1 / (a * ${LN2})`), second: ofInput(`-1 / (a * a * ${LN2})`) },
  log10: { forward: math.log10, derivative: ofInput(`1 / (a * ${LN10})`), second: ofInput(`-1 / (a * a * ${LN10})`) },
  exp2: { forward: math.exp2, derivative: ofOutput(`a * ${LN2}`), second: ofOutput(`a * ${LN2_SQUARED}`) },
  // cbrt' = 1/(3 y²), cbrt'' = −2/(9 y⁵): ∞ at 0 as JAX (−0 included)
  cbrt: { forward: math.cbrt, derivative: ofOutput("1 / (3 * a * a)"), second: ofOutput("-2 / (9 * a * a * a * a * a)") },
  reciprocal: { forward: math.reciprocal, derivative: ofOutput("-a * a"), second: ofOutput("2 * a * a * a") },
  // softplus = logaddexp(x, 0) (jax.nn.softplus): softplus' = sigmoid, softplus'' = σ(1 − σ) without the cancellation
  softplus: { forward: (x) => math.logaddexp(x, 0), derivative: ofInput("1 / (1 + Math.exp(-a))"), second: ofInput("1 / (2 + 2 * Math.cosh(a))") },

  // trigonometric and hyperbolic: 1 − x² written (1 − x)(1 + x), exact near ±1
  tan: { forward: math.tan, derivative: ofOutput("1 + a * a"), second: ofOutput("2 * a * (1 + a * a)") },
  asin: { forward: math.asin, derivative: ofInput(`1 / Math.sqrt(${ONE_MINUS_SQUARE})`), second: ofInput(`a / (${ONE_MINUS_SQUARE}) / Math.sqrt(${ONE_MINUS_SQUARE})`) },
  acos: { forward: math.acos, derivative: ofInput(`-1 / Math.sqrt(${ONE_MINUS_SQUARE})`), second: ofInput(`-a / (${ONE_MINUS_SQUARE}) / Math.sqrt(${ONE_MINUS_SQUARE})`) },
  atan: { forward: math.atan, derivative: ofInput("1 / (1 + a * a)"), second: ofInput("-2 * a / (1 + a * a) / (1 + a * a)") },
  sinh: { forward: math.sinh, derivative: ofInput("Math.cosh(a)"), second: (_x, y) => y },
  cosh: { forward: math.cosh, derivative: ofInput("Math.sinh(a)"), second: (_x, y) => y },
  // beyond 1e150, x² + 1 would overflow: 1/|x| there
  asinh: {
    forward: math.asinh,
    derivative: ofInput("Math.abs(a) > 1e150 ? 1 / Math.abs(a) : 1 / Math.sqrt(a * a + 1)"),
    second: ofInput("-a / (a * a + 1) / Math.sqrt(a * a + 1)"),
  },
  // (x − 1)(x + 1) + 0: +0 at x = −1 too, where JAX's derivative is +∞
  acosh: {
    forward: math.acosh,
    derivative: ofInput(`Math.abs(a) > 1e150 ? 1 / Math.abs(a) : 1 / Math.sqrt(${SQUARE_MINUS_ONE})`),
    second: ofInput(`-a / (${SQUARE_MINUS_ONE}) / Math.sqrt(${SQUARE_MINUS_ONE})`),
  },
  // JAX's arctanh'' is NaN at ±1 (its rule is a product of 1/(1 + x) and 1/(1 − x)), ±0 at ±∞
  atanh: {
    forward: math.atanh,
    derivative: ofInput(`1 / (${ONE_MINUS_SQUARE})`),
    second: ofInput(`a === 1 || a === -1 ? NaN : a === Infinity || a === -Infinity ? 0 / a : 2 * a / (${ONE_MINUS_SQUARE}) / (${ONE_MINUS_SQUARE})`),
  },

  // linear: scaled identities
  deg2rad: { forward: (x) => angle(x, Math.PI / 180, Math.fround(Math.PI / 180)), derivative: () => Math.PI / 180, second: () => 0 },
  rad2deg: { forward: (x) => angle(x, 180 / Math.PI, Math.fround(180 / Math.fround(Math.PI))), derivative: () => 180 / Math.PI, second: () => 0 },
  positive: { forward: math.positive, derivative: () => 1, second: () => 0 },
  // rounding: piecewise constant, derivative 0 everywhere (JAX: at the jumps too) — the zero map
  floor: { forward: math.floor, derivative: () => 0, second: () => 0 },
  ceil: { forward: math.ceil, derivative: () => 0, second: () => 0 },
  trunc: { forward: math.trunc, derivative: () => 0, second: () => 0 },
  rint: { forward: math.rint, derivative: () => 0, second: () => 0 },
} satisfies Record<UnaryOp, UnaryRule>;

export type BinaryOp =
  | "add" | "subtract" | "multiply" | "divide" | "maximum" | "minimum" | "power"
  | "hypot" | "atan2" | "logaddexp" | "logaddexp2" | "copysign" | "fmax" | "fmin" | "fmod" | "remainder" | "floorDivide";

export interface BinaryRule {
  forward(a: NDArray | number, b: NDArray | number): NDArray;
  /** False when the partials do not read the operands' values (`add`, `subtract`). */
  readsOperands: boolean;
  /**
   * `∂y/∂a` and `∂y/∂b` elementwise (a number: a scaled identity): new arrays, or `a`, `b`, `y`
   * themselves. `traced` says which operands are traced; a rule may skip the other's partial (0).
   */
  partials(a: Flat, b: Flat, y: Float64Array, traced: readonly [boolean, boolean]): [Flat, Flat];
  /** The second partials `[∂²y/∂a², ∂²y/∂a∂b, ∂²y/∂b²]` elementwise, for Hessians (those of an untraced operand may be 0). */
  second(a: Flat, b: Flat, y: Float64Array, traced: readonly [boolean, boolean]): [Flat, Flat, Flat];
}

const reciprocal = flatUnary("1 / a");
const quotientByDivisor = flatBinary("-a / (b * b)");
/** The share of `∂max(a, b)` that goes to `a`: 1 where a wins, 0.5 on a tie (JAX), else 0. */
const maxShare = flatBinary("a === b ? 0.5 : a > b ? 1 : 0");
const minShare = flatBinary("a === b ? 0.5 : a < b ? 1 : 0");
// d(x^p)/dx = p x^(p-1), and 0 for p = 0; 1^q is 1 for every q, as C's pow (JS's 1 ** ∞ is NaN)
const powerSlope = flatBinary("b === 0 ? 0 : b * (a === 1 ? 1 : Math.pow(a, b - 1))");
// d²(x^p)/dx² = p (p - 1) x^(p-2), and 0 for p = 0 or 1
const powerCurvature = flatBinary("b === 0 || b === 1 ? 0 : b * (b - 1) * (a === 1 ? 1 : Math.pow(a, b - 2))");
// JAX's rule for a traced exponent: d(x^p)/dp = x^p log x with log 0 read as log 1 (0 at x = 0),
// from x and y = x^p; d²/dp² = x^p (log x)², d²/dx dp = x^(p−1) (1 + p log x)
const exponentSlope = flatBinary("Math.log(a === 0 ? 1 : a) * b");
const exponentCurvature = flatBinary("Math.log(a === 0 ? 1 : a) * Math.log(a === 0 ? 1 : a) * b");
const powerMixed = flatBinary("(a === 1 ? 1 : Math.pow(a, b - 1)) * (1 + b * Math.log(a === 0 ? 1 : a))");
const minusInverseSquare = flatUnary("-1 / (a * a)");
const quotientCurvature = flatBinary("2 * a / (b * b * b)");

/**
 * `∂hypot(a, b)/∂a = a / h` from `a` and `h = hypot(a, b)`, with JAX's values: 0.5 at (0, 0)
 * (jnp.hypot is max · √(1 + (min/max)²), a tie in max), NaN where `h` is infinite.
 */
const hypotShare = flatBinary("b === 0 ? 0.5 : b === Infinity ? NaN : a / b");
/** `u² / h` and `−p / h`, 0 at h = 0 (JAX's second derivatives of hypot at (0, 0)). */
const squareOverHypot = flatBinary("b === 0 ? 0 : a * a / b");
const minusOverHypot = flatBinary("b === 0 ? 0 : -a / b");
// atan2(a, b): ∂/∂a = b / r², ∂/∂b = −a / r² (r² = a² + b²); NaN at (0, 0), as JAX
const atan2A = flatBinary("b / (a * a + b * b)");
const atan2B = flatBinary("-a / (a * a + b * b)");
const atan2AA = flatBinary("-2 * a * b / (a * a + b * b) / (a * a + b * b)");
const atan2AB = flatBinary("(a * a - b * b) / (a * a + b * b) / (a * a + b * b)");
const atan2BB = flatBinary("2 * a * b / (a * a + b * b) / (a * a + b * b)");
/**
 * JAX's logaddexp rule: `∂y/∂a = exp(a − y)` with +∞ read as 0 on both sides (so a = +∞ gives 1),
 * from `a` and `y` = logaddexp(a, b); logaddexp2's is `2^(a − y)`.
 */
const logaddexpShare = flatBinary("Math.exp((a === Infinity ? 0 : a) - (b === Infinity ? 0 : b))");
const logaddexp2Share = flatBinary("Math.pow(2, (a === Infinity ? 0 : a) - (b === Infinity ? 0 : b))");
const times = flatBinary("a * b");
const timesLn2 = flatBinary(`a * b * ${LN2}`);
/** `p` unless the operand `a` is +∞ (JAX's second derivative is 0 there): `∂²y/∂a²` from `a` and `p`. */
const unlessInfinite = flatBinary("a === Infinity ? 0 : b");
const minusUnlessInfinite = flatBinary("a === Infinity ? 0 : -b");
/**
 * The second partials of logaddexp: `∂²y/∂a² = ∂²y/∂b² = −∂²y/∂a∂b = s_a s_b` (× ln 2 for
 * logaddexp2), written as the product rather than JAX's `s_a (1 − s_a)`, which cancels; where an
 * operand is +∞, JAX's rule gives 0 for its own term and for the cross term.
 */
function logaddexpSecond(share: typeof logaddexpShare, product: typeof times, a: Flat, b: Flat, y: Float64Array): [Flat, Flat, Flat] {
  const n = y.length;
  const p = product(share(a, y, n), share(b, y, n), n);
  const aa = unlessInfinite(a, p, n);
  return [aa, minusUnlessInfinite(b, aa, n), unlessInfinite(b, p, n)];
}
// copysign(a, b) = ±|a|: JAX's abs' (1 for a ≥ 0, −1 otherwise, NaN included) with the sign of b
const copysignSlope = flatBinary("(b < 0 || 1 / b < 0) === (a >= 0) ? -1 : 1");
// fmax/fmin pick a where it wins or b is NaN, else b (a tie goes to b, as JAX's where)
const fmaxShare = flatBinary("a > b || b !== b ? 1 : 0");
const fmaxOther = flatBinary("a > b || b !== b ? 0 : 1");
const fminShare = flatBinary("a < b || b !== b ? 1 : 0");
const fminOther = flatBinary("a < b || b !== b ? 0 : 1");
// fmod(a, b) = a − trunc(a/b)·b; remainder adds b back where fmod's sign differs from b's (JAX's rule)
const fmodB = flatBinary("-Math.trunc(a / b)");
const remainderB = flatBinary("-Math.trunc(a / b) + (a % b !== 0 && (a % b < 0) !== (b < 0) ? 1 : 0)");
const ZERO3: [Flat, Flat, Flat] = [0, 0, 0];

export const BINARY_RULES = {
  add: { forward: core.add, readsOperands: false, partials: () => [1, 1], second: () => [0, 0, 0] },
  subtract: { forward: core.subtract, readsOperands: false, partials: () => [1, -1], second: () => [0, 0, 0] },
  multiply: { forward: core.multiply, readsOperands: true, partials: (a, b) => [b, a], second: () => [0, 1, 0] },
  divide: {
    forward: core.divide,
    readsOperands: true,
    partials: (a, b, y) => [typeof b === "number" ? 1 / b : reciprocal(b), quotientByDivisor(a, b, y.length)],
    // ∂²(a/b)/∂a² = 0, ∂²/∂a∂b = −1/b², ∂²/∂b² = 2a/b³
    second: (a, b, y) => [0, typeof b === "number" ? -1 / (b * b) : minusInverseSquare(b), quotientCurvature(a, b, y.length)],
  },
  maximum: {
    forward: core.maximum,
    readsOperands: true,
    partials: (a, b, y) => [maxShare(a, b, y.length), maxShare(b, a, y.length)],
    second: () => [0, 0, 0],
  },
  minimum: {
    forward: core.minimum,
    readsOperands: true,
    partials: (a, b, y) => [minShare(a, b, y.length), minShare(b, a, y.length)],
    second: () => [0, 0, 0],
  },
  // d(x^p)/dx = p x^(p-1), and 0 for p = 0 (JAX's rule for an integer p); d(x^p)/dp = x^p log x
  power: {
    forward: core.power,
    readsOperands: true,
    partials: (a, b, y, traced) => [traced[0] ? powerSlope(a, b, y.length) : 0, traced[1] ? exponentSlope(a, y, y.length) : 0],
    second: (a, b, y, traced) => {
      const n = y.length;
      return [traced[0] ? powerCurvature(a, b, n) : 0, traced[0] && traced[1] ? powerMixed(a, b, n) : 0, traced[1] ? exponentCurvature(a, y, n) : 0];
    },
  },
  hypot: {
    forward: math.hypot,
    readsOperands: true,
    partials: (a, b, y) => [hypotShare(a, y, y.length), hypotShare(b, y, y.length)],
    // ∂²h/∂a² = b²/h³, ∂²h/∂a∂b = −ab/h³, ∂²h/∂b² = a²/h³, from the shares a/h and b/h
    second: (a, b, y) => {
      const n = y.length;
      const [sa, sb] = [hypotShare(a, y, n), hypotShare(b, y, n)];
      return [squareOverHypot(sb, y, n), minusOverHypot(multiplyFlat(sa, sb, n), y, n), squareOverHypot(sa, y, n)];
    },
  },
  atan2: {
    forward: math.atan2,
    readsOperands: true,
    partials: (a, b, y) => [atan2A(a, b, y.length), atan2B(a, b, y.length)],
    second: (a, b, y) => [atan2AA(a, b, y.length), atan2AB(a, b, y.length), atan2BB(a, b, y.length)],
  },
  logaddexp: {
    forward: math.logaddexp,
    readsOperands: true,
    partials: (a, b, y) => [logaddexpShare(a, y, y.length), logaddexpShare(b, y, y.length)],
    second: (a, b, y) => logaddexpSecond(logaddexpShare, times, a, b, y),
  },
  logaddexp2: {
    forward: math.logaddexp2,
    readsOperands: true,
    partials: (a, b, y) => [logaddexp2Share(a, y, y.length), logaddexp2Share(b, y, y.length)],
    second: (a, b, y) => logaddexpSecond(logaddexp2Share, timesLn2, a, b, y),
  },
  copysign: { forward: math.copysign, readsOperands: true, partials: (a, b, y) => [copysignSlope(a, b, y.length), 0], second: () => ZERO3 },
  fmax: { forward: math.fmax, readsOperands: true, partials: (a, b, y) => [fmaxShare(a, b, y.length), fmaxOther(a, b, y.length)], second: () => ZERO3 },
  fmin: { forward: math.fmin, readsOperands: true, partials: (a, b, y) => [fminShare(a, b, y.length), fminOther(a, b, y.length)], second: () => ZERO3 },
  fmod: { forward: math.fmod, readsOperands: true, partials: (a, b, y) => [1, fmodB(a, b, y.length)], second: () => ZERO3 },
  remainder: { forward: math.remainder, readsOperands: true, partials: (a, b, y) => [1, remainderB(a, b, y.length)], second: () => ZERO3 },
  // piecewise constant in both operands: the zero map (JAX)
  floorDivide: { forward: math.floorDivide, readsOperands: false, partials: () => [0, 0], second: () => ZERO3 },
} satisfies Record<BinaryOp, BinaryRule>;
