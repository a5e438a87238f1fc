/**
 * Elementwise arithmetic on flat float64 values, for the Jacobian module's derivatives and
 * structured maps: the same compiled, unrolled loops as the public elementwise functions
 * (loops.ts), without their broadcasting and dtype machinery. A per-element callback (the first
 * version: `x.map(v => v * c)`, `each(x, f)`) cost a call per element at a call site that sees
 * every rule's function; the Jacobian of tanh(sin(x) ⊙ x) on 1e6 elements spent a fifth of its
 * time there (bench/ J1).
 *
 * The loops here are compiled instances of their own, not the elementwise functions' (nor each
 * other's: `multiplyFlat` runs flat runs, `multiplyLoop` 2-D broadcasts): each instance keeps its
 * own type feedback, so one caller's shapes do not deoptimize another's loop (see loops.ts).
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

/**
 * The m×p product `X Y` of an m×k and a k×p float64 matrix, each given by its element strides
 * (`X[i, t] = X[i·xi + t·xt]`; a transpose is a swap of strides), into a new row-major array.
 * Every element is `Σ_t X[i, t] Y[t, j]` added in order of t from 0, in plain IEEE arithmetic
 * (0·∞ is NaN, as in `matmul` and JAX), whichever loop order the strides call for: rows of Y
 * scaled into rows of the output when Y's rows are contiguous (walking X by its contiguous axis),
 * dot products otherwise; with k = 1 the outer product, through the unrolled broadcast loop (the
 * gradient of a matrix–vector product, bench/ J2).
 */
export function productFlat(
  X: Float64Array, xi: number, xt: number,
  Y: Float64Array, yt: number, yj: number,
  m: number, k: number, p: number,
): Float64Array {
  const out = new Float64Array(m * p);
  if (k === 1) {
    multiplyLoop(out, 0, X, 0, Y, 0, [m, p], [p, 1], [xi, 0], [0, yj]);
  } else if (yj === 1 && xi === 1) {
    for (let t = 0; t < k; t++) {
      for (let i = 0; i < m; i++) {
        const a = X[i + t * xt] as number;
        for (let j = 0, o = i * p, y = t * yt; j < p; j++) out[o + j] = (out[o + j] as number) + a * (Y[y + j] as number);
      }
    }
  } else if (yj === 1) {
    for (let i = 0; i < m; i++) {
      for (let t = 0; t < k; t++) {
        const a = X[i * xi + t * xt] as number;
        for (let j = 0, o = i * p, y = t * yt; j < p; j++) out[o + j] = (out[o + j] as number) + a * (Y[y + j] as number);
      }
    }
  } else {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < p; j++) {
        let acc = 0;
        for (let t = 0; t < k; t++) acc += (X[i * xi + t * xt] as number) * (Y[t * yt + j * yj] as number);
        out[i * p + j] = acc;
      }
    }
  }
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
