/**
 * Random programs shaped as DAGs, as data: the same program runs here with the strict operations
 * and in scripts/gen_jacobians.py with jax.numpy, so that a fixture of JAX's Jacobians can be
 * checked, and fast-check can generate new ones.
 *
 * A program has a variable `x` (node 0), constant arrays of x's shape, and steps; step k adds
 * node k + 1. An operand reference `r >= 0` is a node, `r < 0` the constant `-r - 1`. Every node
 * has x's shape, so any node can feed any step: intermediates fan out to several branches, the
 * same value meets itself (`subtract(t, t)`), and identity-like steps (a number added, a reshape
 * and back, `broadcastTo` to the same shape, `stack` then `index`) sit between uses. The output is
 * one node, or several stacked.
 */
import fc from "fast-check";
import { array, type NDArray } from "../../src/index.js";
import * as J from "../../src/jacobian/index.js";

/** One step: an operation, its operand references, and a number for the scalar operations. */
export type Step = [op: string, a: number, b: number, c: number];

export interface Program {
  shape: number[];
  steps: Step[];
  out: number[];
}

type V = J.Input;
type Out = J.Output;

/** A fixed square matrix for the matrix products (the same formula in the Python generator). */
export function squareMatrix(n: number): NDArray {
  return array(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (((i * 7 + j * 3) % 5) - 2) / 4)));
}

/** A batch of fixed 3 × 3 matrices for the batched products (the same formula in the Python generator). */
export function batchMatrices(count: number): NDArray {
  return array(
    Array.from({ length: count }, (_, b) =>
      Array.from({ length: 3 }, (_, i) => Array.from({ length: 3 }, (_, j) => (((i * 7 + j * 3 + b * 5) % 5) - 2) / 4)),
    ),
  );
}

/** A fixed boolean mask, true at even positions (the same in the Python generator). */
export function alternating(shape: readonly number[]): NDArray {
  return array(Array.from({ length: size(shape) }, (_, i) => i % 2 === 0)).reshape([...shape]);
}

const last = (shape: readonly number[]): number => shape[shape.length - 1] as number;
const size = (shape: readonly number[]): number => shape.reduce((p, d) => p * d, 1);

/** The operations, by number of node operands; each keeps the shape. */
export const UNARY: Record<string, (v: V, shape: number[]) => Out> = {
  negative: (v) => J.negative(v),
  exp: (v) => J.exp(v),
  tanh: (v) => J.tanh(v),
  sigmoid: (v) => J.sigmoid(v),
  relu: (v) => J.relu(v),
  square: (v) => J.square(v),
  sin: (v) => J.sin(v),
  cos: (v) => J.cos(v),
  logsq: (v) => J.log(J.add(J.square(v), 1)),
  sqrtsq: (v) => J.sqrt(J.add(J.square(v), 1)),
  reshape: (v, s) => J.reshape(J.reshape(v, [size(s)]), s),
  bcast: (v, s) => J.broadcastTo(v, s),
  sumpad: (v, s) => J.sum(J.broadcastTo(v, [2, ...s]), { axis: 0 }),
  matmul: (v, s) => (s.length === 1 ? J.matmul(squareMatrix(last(s)), v) : J.matmul(v, squareMatrix(last(s)))),
  abs: (v) => J.abs(v),
  softmax: (v) => J.softmax(v),
  logsm: (v) => J.logSoftmax(v, { axis: 0 }),
  maxpad: (v, s) => J.broadcastTo(J.max(v, { axis: -1, keepdims: true }), s),
  minpad: (v, s) => J.broadcastTo(J.min(v, { axis: 0, keepdims: true }), s),
  lsepad: (v, s) => J.broadcastTo(J.logsumexp(v, { axis: -1, keepdims: true }), s),
  transpose2: (v) => J.transpose(J.multiply(J.transpose(v), 0.5)),
  flip: (v) => J.index(v, "::-1"),
  take: (v) => J.index(v, "...", [2, 0, 0]),
  bmm: (v, s) => J.reshape(J.matmul(J.reshape(v, [size(s) / 3, 1, 3]), batchMatrices(size(s) / 3)), s),
  clip: (v) => J.clip(v, -0.5, 0.75),
  where: (v, s) => J.where(alternating(s), v, J.negative(J.multiply(v, v))),
  signmul: (v) => J.multiply(J.sign(v), v),
  bsquare: (v, s) =>
    J.reshape(J.index(J.matmul(J.reshape(v, [size(s) / 3, 3, 1]), J.reshape(v, [size(s) / 3, 1, 3])), "...", [0, 1, 2], [0, 1, 2]), s),
  // numpy's further elementwise functions (jacobian/math.ts), composed to stay in their domains
  log1psq: (v) => J.log1p(J.square(v)),
  expm1: (v) => J.expm1(v),
  log2exp2: (v) => J.log2(J.add(J.exp2(v), 1)),
  log10cosh: (v) => J.log10(J.cosh(v)),
  asinhsinh: (v) => J.asinh(J.multiply(J.sinh(v), 2)),
  tantanh: (v) => J.tan(J.tanh(v)),
  asinacos: (v) => J.multiply(J.asin(J.multiply(J.tanh(v), 0.5)), J.acos(J.multiply(J.tanh(v), 0.5))),
  atanatanh: (v) => J.add(J.atan(v), J.atanh(J.multiply(J.tanh(v), 0.5))),
  acoshsq: (v) => J.acosh(J.add(J.square(v), 1.5)),
  softplus: (v) => J.softplus(v),
  recipcbrt: (v) => J.reciprocal(J.cbrt(J.add(J.square(v), 1))),
  degrees: (v) => J.rad2deg(J.deg2rad(v)),
  positive: (v) => J.positive(v),
  floorceil: (v) => J.multiply(J.add(J.floor(v), J.ceil(v)), v),
  truncrint: (v) => J.multiply(J.add(J.trunc(v), J.rint(v)), v),
  round1: (v) => J.multiply(J.round(v, 1), v),
};
export const SCALAR: Record<string, (v: V, c: number) => Out> = {
  addc: (v, c) => J.add(v, c),
  subc: (v, c) => J.subtract(v, c),
  rsubc: (v, c) => J.subtract(c, v),
  mulc: (v, c) => J.multiply(v, c),
  divc: (v, c) => J.divide(v, c),
  powi: (v, c) => J.power(v, c > 0 ? 2 : 3),
};
export const BINARY: Record<string, (a: V, b: V, shape?: number[]) => Out> = {
  add: (a, b) => J.add(a, b),
  subtract: (a, b) => J.subtract(a, b),
  multiply: (a, b) => J.multiply(a, b),
  maximum: (a, b) => J.maximum(a, b),
  minimum: (a, b) => J.minimum(a, b),
  divsafe: (a, b) => J.divide(a, J.add(J.square(b), 1)),
  stackpick0: (a, b) => J.index(J.stack([a, b]), 0),
  stackpick1: (a, b) => J.index(J.stack([a, b]), 1),
  stackpick1last: (a, b) => J.transpose(J.index(J.transpose(J.stack([a, b], { axis: -1 })), 1)),
  concatpick: (a, b, s) => J.index(J.reshape(J.concat([a, b]), [2, ...(s ?? [])]), 0),
  hypot: (a, b) => J.hypot(a, b),
  // x2 > 0: away from atan2's cut and from (0, 0), whose NaN derivative would reach the cotangents as 0·NaN
  atan2pos: (a, b) => J.atan2(a, J.add(J.square(b), 0.5)),
  logaddexp: (a, b) => J.logaddexp(a, b),
  logaddexp2: (a, b) => J.logaddexp2(a, b),
  copysign: (a, b) => J.copysign(a, b),
  fmax: (a, b) => J.fmax(a, b),
  fmin: (a, b) => J.fmin(a, b),
  fmodsq: (a, b) => J.fmod(a, J.add(J.square(b), 1)),
  remsq: (a, b) => J.remainder(a, J.add(J.square(b), 1)),
  floordivsq: (a, b) => J.add(J.floorDivide(a, J.add(J.square(b), 1)), a),
  powtraced: (a, b) => J.power(J.add(J.square(a), 0.5), J.multiply(b, 0.5)),
};
export const OPS = [...Object.keys(UNARY), ...Object.keys(SCALAR), ...Object.keys(BINARY)];

/** The jumps of the rounding steps, as grids `[step, shift]` of their operand. */
const ROUNDING_JUMPS: Record<string, [number, number][]> = {
  floorceil: [[1, 0]],
  truncrint: [[1, 0], [1, 0.5]],
  round1: [[0.1, 0.05]],
};

const valueOf = (v: V): NDArray => (v instanceof J.Traced ? v.value : (v as NDArray));

/** The distance of `v` from the nearest of the points `k · step + shift` (k an integer): a rounding function's jumps. */
const fromGrid = (v: number, step: number, shift: number): number => {
  const q = (v - shift) / step;
  return Math.abs(q - Math.round(q)) * step;
};

/**
 * Runs `p` on `x` with the constants: the result, and the smallest distance of an operand from a
 * kink (`relu` at 0, a tie in `maximum`/`minimum`, a jump of `floor`, `hypot` at (0, 0)), where
 * finite differences are not derivatives, and how many operand elements lie within 1e-3 of one
 * (`near`).
 */
export function run(p: Program, x: V, consts: readonly NDArray[]): { out: Out; kink: number; near: number } {
  const nodes: V[] = [x];
  let kink = Infinity;
  let near = 0;
  const seen = (d: number): void => {
    kink = Math.min(kink, d);
    if (d <= 1e-3) near++;
  };
  const ref = (r: number): V => (r >= 0 ? (nodes[r] as V) : (consts[-r - 1] as NDArray));
  const gap = (a: NDArray, b?: NDArray): void => {
    const av = a.data;
    for (let i = 0; i < a.size; i++) seen(Math.abs((av[i] as number) - (b ? (b.data[i] as number) : 0)));
  };
  for (const [op, a, b, c] of p.steps) {
    const u = UNARY[op];
    const s = SCALAR[op];
    const bin = BINARY[op];
    if (u) {
      if (op === "relu" || op === "abs" || op === "signmul") gap(valueOf(ref(a)).copy());
      if (op === "clip") {
        const v = valueOf(ref(a)).copy();
        for (const bound of [-0.5, 0.75]) for (let i = 0; i < v.size; i++) seen(Math.abs((v.data[i] as number) - bound));
      }
      if (op === "maxpad" || op === "minpad") {
        // a tie in a max or min: any two elements closer than the step
        const v = valueOf(ref(a)).copy().data;
        for (let i = 0; i < v.length; i++) for (let j = 0; j < i; j++) seen(Math.abs((v[i] as number) - (v[j] as number)));
      }
      const jumps = ROUNDING_JUMPS[op];
      if (jumps) for (const v of valueOf(ref(a)).copy().data as Float64Array) for (const [step, shift] of jumps) seen(fromGrid(v, step, shift));
      nodes.push(u(ref(a), p.shape));
    } else if (s) {
      nodes.push(s(ref(a), c));
    } else if (bin) {
      if (op === "maximum" || op === "minimum" || op === "fmax" || op === "fmin") gap(valueOf(ref(a)).copy(), valueOf(ref(b)).copy());
      const [av, bv] = [valueOf(ref(a)).copy().data as Float64Array, valueOf(ref(b)).copy().data as Float64Array];
      for (let i = 0; i < av.length; i++) {
        const [s1, s2] = [av[i] as number, bv[i] as number];
        // hypot's cone at (0, 0); copysign's |x1| at 0 and jump at x2 = 0
        if (op === "hypot") seen(Math.abs(s1) + Math.abs(s2));
        if (op === "copysign") seen(Math.min(Math.abs(s1), Math.abs(s2)));
        // jumps where x1 / (x2² + 1) crosses an integer
        if (op === "fmodsq" || op === "remsq" || op === "floordivsq") seen(fromGrid(s1, s2 * s2 + 1, 0));
      }
      nodes.push(bin(ref(a), ref(b), p.shape));
    } else {
      throw new Error(`unknown step ${op}`);
    }
  }
  const outs = p.out.map(ref);
  return { out: outs.length === 1 ? (outs[0] as Out) : J.stack(outs), kink, near };
}

/** `p` as a function of `x` for jacobian/jvp/vjp. */
export const asFunction =
  (p: Program, consts: readonly NDArray[]) =>
  (x: V): Out =>
    run(p, x, consts).out;

const SCALARS = [0.5, 1.5, -2, 2, -0.75];

/** Random programs on a vector of 3 or a 2 × 3 matrix: 1 to 12 steps, 2 constants, 1 to 3 outputs. */
export const programArb = fc
  .record({
    matrix: fc.boolean(),
    steps: fc.array(fc.tuple(fc.constantFrom(...OPS), fc.nat(), fc.nat(), fc.constantFrom(...SCALARS), fc.nat(4)), { minLength: 1, maxLength: 12 }),
    outs: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    x: fc.array(fc.double({ min: -1.5, max: 1.5, noNaN: true }), { minLength: 6, maxLength: 6 }),
    c: fc.array(fc.double({ min: -1.5, max: 1.5, noNaN: true }), { minLength: 12, maxLength: 12 }),
  })
  .map(({ matrix, steps, outs, x, c }) => {
    const shape = matrix ? [2, 3] : [3];
    const n = size(shape);
    // References: a node among those before the step (biased towards reuse of recent ones), or
    // one of the two constants (one time in five, for the second operand of a binary step).
    const program: Program = {
      shape,
      steps: steps.map(([op, a, b, c2, pick], k) => {
        const nodes = k + 1;
        const refB = BINARY[op] && pick === 0 ? -1 - (b % 2) : b % nodes;
        return [op, a % nodes, refB, c2];
      }),
      out: outs.map((o) => o % (steps.length + 1)),
    };
    const xs = array(x.slice(0, n)).reshape(shape);
    const consts = [array(c.slice(0, n)).reshape(shape), array(c.slice(6, 6 + n)).reshape(shape)];
    return { program, x: xs, consts };
  });

/** Fixed weights of a shape (the same formula in the Python generator). */
export function weights(shape: readonly number[]): NDArray {
  return array(Array.from({ length: size(shape) }, (_, i) => (((i * 5) % 7) - 3) / 4)).reshape([...shape]);
}

/** A scalar of `p` for Hessians: `sum(p(x) ⊙ w)` with fixed weights. */
export const asScalar = (p: Program, consts: readonly NDArray[], outShape: readonly number[]) => {
  const w = weights(outShape);
  return (x: V): Out => J.sum(J.multiply(run(p, x, consts).out, w));
};
