/**
 * The compiled loops behind the elementwise functions. `ndarray-ops` supplies the operations it
 * has with the right semantics; the rest are compiled the same way, by `cwise-compiler` (the
 * engine of `ndarray-ops`), from a one-line body. Stride-0 views make every one of them broadcast
 * for free.
 *
 * @module
 */
import compile from "cwise-compiler";
import ops from "ndarray-ops";
import type { ScijsArray } from "../ndarray.js";
import { binaryLoop, unaryLoop, type BinaryLoop, type UnaryLoop } from "./loops.js";

/** A loop over equal shapes: `out[i] = f(a[i], b[i])` or `out[i] = f(a[i])`. */
export type BinaryKernel = (out: ScijsArray, a: ScijsArray, b: ScijsArray) => void;
export type UnaryKernel = (out: ScijsArray, a: ScijsArray) => void;
export type MapKernel = (out: ScijsArray, a: ScijsArray, fn: (x: number) => number) => void;

const EMPTY = { args: [], body: "", thisVars: [], localVars: [] };

/**
 * Compiles `body` with cwise. The body names the output `o`, the inputs `a`, `b` and a scalar
 * function `f`; they are renamed `_o`, `_a`, … first, because cwise substitutes argument names
 * by plain text search and would otherwise rewrite its own generated names (`a0[p0]`, `l1`).
 */
function kernel<F>(name: string, arrays: string[], scalars: string[], source: string): F {
  const names = [...arrays, ...scalars].map((n) => `_${n}`);
  const body = source.replace(/\b([oabf])\b/g, "_$1");
  const count = (n: string): number => body.split(n).length - 1;
  const args = names.map((n, i) => ({ name: n, lvalue: i === 0, rvalue: i > 0, count: count(n) }));
  return compile({
    args: [...arrays.map(() => "array"), ...scalars.map(() => "scalar")],
    pre: EMPTY,
    body: { args, body, thisVars: [], localVars: [] },
    post: EMPTY,
    funcName: name,
  }) as F;
}

const binary = (name: string, expr: string): BinaryKernel => kernel(name, ["o", "a", "b"], [], `o=${expr}`);
const unary = (name: string, expr: string): UnaryKernel => kernel(name, ["o", "a"], [], `o=${expr}`);

/** C's `pow` where it differs from `Math.pow`: `pow(1, y) = 1` and `pow(-1, ±∞) = 1`, also for NaN. */
function powC(a: number, b: number): number {
  if (a === 1) return 1;
  if (a === -1 && (b === Infinity || b === -Infinity)) return 1;
  return Math.pow(a, b);
}

/** Integer power with wraparound modulo 2^32 (the store into the typed array narrows further). */
function powInt(a: number, b: number): number {
  let result = 1;
  let base = a | 0;
  let e = b;
  while (e > 0) {
    if (e % 2 === 1) result = Math.imul(result, base);
    base = Math.imul(base, base);
    e = Math.floor(e / 2);
  }
  return result;
}

const withFn = (name: string, expr: string, f: (a: number, b: number) => number): BinaryKernel => {
  const k = kernel<(o: ScijsArray, a: ScijsArray, b: ScijsArray, f: unknown) => void>(name, ["o", "a", "b"], ["f"], `o=${expr}`);
  return (o, a, b) => k(o, a, b, f);
};
const unaryWithFn = (name: string, expr: string, f: (a: number) => number): UnaryKernel => {
  const k = kernel<(o: ScijsArray, a: ScijsArray, f: unknown) => void>(name, ["o", "a"], ["f"], `o=${expr}`);
  return (o, a) => k(o, a, f);
};

// Cephes' rational approximation of tanh on |x| < 0.625: x + x³ P(x²)/Q(x²) (its coefficients
// as the float64 numbers they round to).
const TP0 = -0.9643991794250523;
const TP1 = -99.28772310019185;
const TP2 = -1614.6876844170845;
const TQ0 = 112.81167849163293;
const TQ1 = 2235.4883906010045;
const TQ2 = 4844.063053251255;

/**
 * tanh in float64, ~1.5× faster than `Math.tanh` (a C call V8 cannot inline; bench/ W4) and more
 * accurate: within 1 ulp of the correctly rounded value on the 9,903 points of
 * test/fixtures/accuracy.json and exact on 95% of them, where `Math.tanh` (fdlibm) is exact on 78%
 * and up to 2 ulp off (test/ops/accuracy.test.ts). |x| < 2⁻²⁸ gives x itself (so -0 stays -0),
 * |x| < 0.625 the rational approximation, then 1 − 2/(e^{2|x|} + 1) with the sign of x; |x| > 22
 * gives ±1, as fdlibm.
 */
export function tanh64(x: number): number {
  const z = Math.abs(x);
  if (z < 0.625) {
    if (z < 3.725290298461914e-9) return x;
    const s = x * x;
    return x + x * s * (((TP0 * s + TP1) * s + TP2) / (((s + TQ0) * s + TQ1) * s + TQ2));
  }
  if (z > 22) return x > 0 ? 1 : -1;
  const r = 1 - 2 / (Math.exp(2 * z) + 1);
  return x < 0 ? -r : r;
}

/**
 * One elementwise operation: its expression (JavaScript on `a`, `b` and a helper `f`), the helper,
 * and the ndarray-ops/cwise kernel that computes it for large arrays. The same expression feeds the
 * hand-written strided loop used for small arrays (loops.ts), so both engines compute one thing.
 */
export interface BinaryOp {
  expr: string;
  f?: (a: number, b: number) => number;
  kernel: BinaryKernel;
  loop: BinaryLoop;
}
export interface UnaryOp {
  expr: string;
  f?: (a: number) => number;
  kernel: UnaryKernel;
  loop: UnaryLoop;
}

const bin = (name: string, expr: string, native?: unknown, f?: (a: number, b: number) => number): BinaryOp => ({
  expr,
  f,
  kernel: (native as BinaryKernel | undefined) ?? (f ? withFn(name, expr, f) : binary(name, expr)),
  loop: binaryLoop(expr),
});
const un = (name: string, expr: string, native?: unknown, f?: (a: number) => number): UnaryOp => ({
  expr,
  f,
  kernel: (native as UnaryKernel | undefined) ?? (f ? unaryWithFn(name, expr, f) : unary(name, expr)),
  loop: unaryLoop(expr),
});

/**
 * Binary operations by the kind of the dtype they compute in (`f` float, `i` integer).
 * `maximum`/`minimum` return the second operand on ties (so `maximum(-0, 0)` is `0` and
 * `maximum(0, -0)` is `-0`, as numpy) and propagate NaN from either side.
 */
export const binaryKernels = {
  add: { f: bin("add", "a+b", ops.add), i: bin("add_int", "a+b", ops.add) },
  subtract: { f: bin("subtract", "a-b", ops.sub), i: bin("subtract_int", "a-b", ops.sub) },
  multiply: { f: bin("multiply", "a*b", ops.mul), i: bin("multiply_int", "Math.imul(a,b)") },
  divide: { f: bin("divide", "a/b", ops.div), i: bin("divide_int", "a/b", ops.div) },
  power: { f: bin("power", "f(a,b)", undefined, powC), i: bin("power_int", "f(a,b)", undefined, powInt) },
  maximum: { f: bin("maximum", "(a>b||a!==a)?a:b"), i: bin("maximum_int", "a>b?a:b") },
  minimum: { f: bin("minimum", "(a<b||a!==a)?a:b"), i: bin("minimum_int", "a<b?a:b") },
} as const;

export type BinaryName = keyof typeof binaryKernels;

/** Unary operations; float-valued ones run on a float output, the rest keep the dtype. */
export const unaryKernels = {
  negative: un("negative", "-a", ops.neg),
  abs: un("abs", "Math.abs(a)", ops.abs),
  exp: un("exp", "Math.exp(a)", ops.exp),
  log: un("log", "Math.log(a)", ops.log),
  sqrt: un("sqrt", "Math.sqrt(a)", ops.sqrt),
  square: un("square", "a*a"),
  square_int: un("square_int", "Math.imul(a,a)"),
  tanh: un("tanh", "f(a)", undefined, tanh64),
  sigmoid: un("sigmoid", "1/(1+Math.exp(-a))"),
  relu: un("relu", "(a>0||a!==a)?a:0"),
  sin: un("sin", "Math.sin(a)", ops.sin),
  cos: un("cos", "Math.cos(a)", ops.cos),
} as const;

/** `out[i] = fn(a[i])` for any scalar function. */
export const mapKernel: MapKernel = kernel("map", ["o", "a"], ["f"], "o=f(a)");
