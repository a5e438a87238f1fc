/**
 * Derivative rules of the elementwise operations, each beside its forward function. A unary rule
 * gives `f'(x)`, so the Jacobian is `Diag(f'(x))`; a number stands for a scaled identity. Kinks
 * follow JAX: `relu'(0) = 0`, and a tie in `maximum`/`minimum` splits the derivative 0.5/0.5.
 *
 * @module
 */
import type { NDArray } from "../../ndarray.js";
import * as core from "../../ops/binary.js";
import { flatBinary, flatUnary, type Flat } from "../../ops/flat.js";
import * as unary from "../../ops/unary.js";

export type { Flat };

export type UnaryOp = "negative" | "abs" | "exp" | "log" | "tanh" | "sigmoid" | "relu" | "square" | "sqrt" | "sin" | "cos";

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

/** `f'` as an expression in the input `a` = x. */
const ofInput = (expr: string): UnaryRule["derivative"] => flatUnary(expr);
/** `f'` as an expression in the output `a` = f(x) (tanh' = 1 − tanh²): no second evaluation of f. */
const ofOutput = (expr: string): UnaryRule["derivative"] => {
  const d = flatUnary(expr);
  return (_x, y) => d(y);
};

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
} satisfies Record<UnaryOp, UnaryRule>;

export type BinaryOp = "add" | "subtract" | "multiply" | "divide" | "maximum" | "minimum" | "power";

export interface BinaryRule {
  forward(a: NDArray | number, b: NDArray | number): NDArray;
  /** False when the partials do not read the operands' values (`add`, `subtract`). */
  readsOperands: boolean;
  /** `∂y/∂a` and `∂y/∂b` elementwise (a number: a scaled identity): new arrays, or `a`, `b`, `y` themselves. */
  partials(a: Flat, b: Flat, y: Float64Array): [Flat, Flat];
  /** The second partials `[∂²y/∂a², ∂²y/∂a∂b, ∂²y/∂b²]` elementwise, for Hessians. */
  second(a: Flat, b: Flat, y: Float64Array): [Flat, Flat, Flat];
}

const reciprocal = flatUnary("1 / a");
const quotientByDivisor = flatBinary("-a / (b * b)");
/** The share of `∂max(a, b)` that goes to `a`: 1 where a wins, 0.5 on a tie (JAX), else 0. */
const maxShare = flatBinary("a === b ? 0.5 : a > b ? 1 : 0");
const minShare = flatBinary("a === b ? 0.5 : a < b ? 1 : 0");
// d(x^p)/dx = p x^(p-1), and 0 for p = 0
const powerSlope = flatBinary("b === 0 ? 0 : b * Math.pow(a, b - 1)");
// d²(x^p)/dx² = p (p - 1) x^(p-2), and 0 for p = 0 or 1
const powerCurvature = flatBinary("b === 0 || b === 1 ? 0 : b * (b - 1) * Math.pow(a, b - 2)");
const minusInverseSquare = flatUnary("-1 / (a * a)");
const quotientCurvature = flatBinary("2 * a / (b * b * b)");

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
  // The exponent is a constant (checked by the operation): d(x^p)/dx = p x^(p-1), and 0 for p = 0.
  power: {
    forward: core.power,
    readsOperands: true,
    partials: (a, b, y) => [powerSlope(a, b, y.length), 0],
    second: (a, b, y) => [powerCurvature(a, b, y.length), 0, 0],
  },
} satisfies Record<BinaryOp, BinaryRule>;
