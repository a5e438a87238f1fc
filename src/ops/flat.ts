/**
 * Elementwise arithmetic on flat float64 values, for the Jacobian module's derivatives and
 * structured maps: the same compiled, unrolled loops as the public elementwise functions
 * (loops.ts), without their broadcasting and dtype machinery. A per-element callback (the first
 * version: `x.map(v => v * c)`, `each(x, f)`) cost a call per element at a call site that sees
 * every rule's function; the Jacobian of tanh(sin(x) ⊙ x) on 1e6 elements spent a fifth of its
 * time there (bench/ J1).
 *
 * @module
 */
import { binaryLoop, unaryLoop } from "./loops.js";

/** Flat float64 values in C order, or one number standing for the same value everywhere. */
export type Flat = Float64Array | number;

const ONE = [1] as const;
const ZERO = [0] as const;

const operand = (x: Flat): [Float64Array, readonly number[]] => (typeof x === "number" ? [Float64Array.of(x), ZERO] : [x, ONE]);

/**
 * `(a, b, n) => expr(a, b)` over `n` values, into a new array or into `out` (which may be `a` or
 * `b` itself: each element is read before it is written). The expression names its operands `a`
 * and `b`.
 */
export function flatBinary(expr: string): (a: Flat, b: Flat, n: number, out?: Float64Array) => Float64Array {
  const loop = binaryLoop(expr);
  return (a, b, n, out = new Float64Array(n)) => {
    const [A, sa] = operand(a);
    const [B, sb] = operand(b);
    loop(out, 0, A, 0, B, 0, [n], ONE, sa, sb);
    return out;
  };
}

/** `(x) => expr(a)` elementwise, into a new array; the expression names its operand `a`. */
export function flatUnary(expr: string): (x: Float64Array) => Float64Array {
  const loop = unaryLoop(expr);
  return (x) => {
    const out = new Float64Array(x.length);
    loop(out, 0, x, 0, [x.length], ONE, ONE);
    return out;
  };
}

const multiplyLoop = binaryLoop("a * b");

/** The elementwise product `a ⊙ b` (a number scales). */
export const multiplyFlat = flatBinary("a * b");

/** The elementwise sum `a + b`. */
export const addFlat = flatBinary("a + b");

/** The outer product `u vᵀ` of an m-vector and an n-vector, row-major. */
export function outerFlat(u: Float64Array, v: Float64Array, m: number, n: number): Float64Array {
  const out = new Float64Array(m * n);
  multiplyLoop(out, 0, u, 0, v, 0, [m, n], [n, 1], [1, 0], [0, 1]);
  return out;
}

/** `Diag(d) M` for the row-major m×n matrix `M`: row i scaled by `d[i]`. */
export function scaleRows(d: Float64Array, M: Float64Array, m: number, n: number): Float64Array {
  const out = new Float64Array(m * n);
  multiplyLoop(out, 0, d, 0, M, 0, [m, n], [n, 1], [1, 0], [n, 1]);
  return out;
}

/** `M Diag(d)` for the row-major m×n matrix `M`: column j scaled by `d[j]`. */
export function scaleColumns(M: Float64Array, d: Float64Array, m: number, n: number): Float64Array {
  const out = new Float64Array(m * n);
  multiplyLoop(out, 0, M, 0, d, 0, [m, n], [n, 1], [n, 1], [0, 1]);
  return out;
}
