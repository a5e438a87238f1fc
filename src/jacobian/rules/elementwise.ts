/**
 * Derivative rules of the elementwise operations, each beside its forward function. A unary rule
 * gives `f'(x)`, so the Jacobian is `Diag(f'(x))`; a number stands for a scaled identity. Kinks
 * follow JAX: `relu'(0) = 0`, and a tie in `maximum`/`minimum` splits the derivative 0.5/0.5.
 *
 * @module
 */
import type { NDArray } from "../../ndarray.js";
import * as core from "../../ops/binary.js";
import * as unary from "../../ops/unary.js";

/** Elementwise values, flat in C order, or a constant number. */
export type Flat = Float64Array | number;

export type UnaryOp = "negative" | "exp" | "log" | "tanh" | "sigmoid" | "relu" | "square" | "sqrt" | "sin" | "cos";

export interface UnaryRule {
  forward(x: NDArray): NDArray;
  /** `f'(x)` elementwise, from the input `x` and the output `y` (a number: the same everywhere). */
  derivative(x: Float64Array, y: Float64Array): Flat;
}

const each = (x: Float64Array, f: (v: number, i: number) => number): Float64Array => {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = f(x[i] as number, i);
  return out;
};

export const UNARY_RULES = {
  negative: { forward: unary.negative, derivative: () => -1 },
  exp: { forward: unary.exp, derivative: (_x, y) => y },
  log: { forward: unary.log, derivative: (x) => each(x, (v) => 1 / v) },
  tanh: { forward: unary.tanh, derivative: (_x, y) => each(y, (t) => 1 - t * t) },
  sigmoid: { forward: unary.sigmoid, derivative: (_x, y) => each(y, (s) => s * (1 - s)) },
  // JAX: relu'(0) = 0 (the derivative of max(x, 0) taken from the x > 0 side only).
  relu: { forward: unary.relu, derivative: (x) => each(x, (v) => (v > 0 ? 1 : 0)) },
  square: { forward: unary.square, derivative: (x) => each(x, (v) => 2 * v) },
  sqrt: { forward: unary.sqrt, derivative: (_x, y) => each(y, (r) => 0.5 / r) },
  sin: { forward: unary.sin, derivative: (x) => each(x, (v) => Math.cos(v)) },
  cos: { forward: unary.cos, derivative: (x) => each(x, (v) => -Math.sin(v)) },
} satisfies Record<UnaryOp, UnaryRule>;

export type BinaryOp = "add" | "subtract" | "multiply" | "divide" | "maximum" | "minimum" | "power";

export interface BinaryRule {
  forward(a: NDArray | number, b: NDArray | number): NDArray;
  /** `∂y/∂a` and `∂y/∂b` elementwise (a number: a scaled identity). */
  partials(a: Flat, b: Flat, y: Float64Array): [Flat, Flat];
}

const at = (x: Flat, i: number): number => (typeof x === "number" ? x : (x[i] as number));
const zip = (n: number, f: (i: number) => number): Float64Array => {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f(i);
  return out;
};

/** The share of `∂max(a, b)` that goes to `a`: 1 where a wins, 0.5 on a tie (JAX), else 0. */
const share = (a: Flat, b: Flat, n: number, wins: (x: number, y: number) => boolean): Float64Array =>
  zip(n, (i) => {
    const x = at(a, i);
    const y = at(b, i);
    return x === y ? 0.5 : wins(x, y) ? 1 : 0;
  });

export const BINARY_RULES = {
  add: { forward: core.add, partials: () => [1, 1] },
  subtract: { forward: core.subtract, partials: () => [1, -1] },
  multiply: { forward: core.multiply, partials: (a, b) => [b, a] },
  divide: {
    forward: core.divide,
    partials: (a, b, y) => [
      typeof b === "number" ? 1 / b : zip(y.length, (i) => 1 / at(b, i)),
      zip(y.length, (i) => -at(a, i) / (at(b, i) * at(b, i))),
    ],
  },
  maximum: {
    forward: core.maximum,
    partials: (a, b, y) => [share(a, b, y.length, (x, z) => x > z), share(b, a, y.length, (x, z) => x > z)],
  },
  minimum: {
    forward: core.minimum,
    partials: (a, b, y) => [share(a, b, y.length, (x, z) => x < z), share(b, a, y.length, (x, z) => x < z)],
  },
  // The exponent is a constant (checked by the operation): d(x^p)/dx = p x^(p-1), and 0 for p = 0.
  power: {
    forward: core.power,
    partials: (a, b, y) => [
      zip(y.length, (i) => {
        const p = at(b, i);
        return p === 0 ? 0 : p * Math.pow(at(a, i), p - 1);
      }),
      0,
    ],
  },
} satisfies Record<BinaryOp, BinaryRule>;
