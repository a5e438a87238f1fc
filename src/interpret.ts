/**
 * The library's loops without code generation: the strided walk of loops.ts and of cwise, written
 * once in plain JavaScript around an expression closure (expression.ts). Used when the realm
 * forbids compiling code from strings (evaluation.ts); the compiled loops are used everywhere
 * else. Both visit the elements in the same order (C order over the given shape, the last axis
 * innermost) and store `expr`'s value into the same typed arrays, so the results are identical;
 * docs/performance.md gives the cost.
 *
 * @module
 */
import type { TypedArray } from "./dtype.js";
import { compileExpression, type Evaluator } from "./expression.js";

/** The arrays and positions of one call: output and up to three inputs (unused ones `undefined`/0). */
type Walk = (
  ev: Evaluator,
  O: TypedArray, po: number,
  A: TypedArray, pa: number,
  B: TypedArray | undefined, pb: number,
  C: TypedArray | undefined, pc: number,
  shape: readonly number[], so: readonly number[], sa: readonly number[], sb: readonly number[], sc: readonly number[],
  f: unknown,
) => void;

const NONE: readonly number[] = [];

/**
 * `O[i] = ev(A[i], B[i], C[i], f)` over `shape`, each array with its own start and strides; `nin`
 * inputs are read (the others are passed as 0). The last axis is the inner loop, the others an
 * odometer.
 */
function walker(nin: 1 | 2 | 3): Walk {
  return (ev, O, po, A, pa, B, pb, C, pc, shape, so, sa, sb, sc, f) => {
    const d = shape.length;
    const Bv = B as TypedArray;
    const Cv = C as TypedArray;
    if (d === 0) {
      O[po] = ev(A[pa] as number, nin > 1 ? (Bv[pb] as number) : 0, nin > 2 ? (Cv[pc] as number) : 0, f);
      return;
    }
    const n = shape[d - 1] as number;
    let outer = 1;
    for (let k = 0; k < d - 1; k++) outer *= shape[k] as number;
    if (n === 0 || outer === 0) return;
    const s0 = so[d - 1] as number;
    const s1 = sa[d - 1] as number;
    const s2 = nin > 1 ? (sb[d - 1] as number) : 0;
    const s3 = nin > 2 ? (sc[d - 1] as number) : 0;
    const idx = new Array<number>(Math.max(d - 1, 0)).fill(0);
    for (let r = 0; r < outer; r++) {
      let o = po;
      let x = pa;
      if (nin === 1) {
        for (let j = 0; j < n; j++, o += s0, x += s1) O[o] = ev(A[x] as number, 0, 0, f);
      } else if (nin === 2) {
        let y = pb;
        for (let j = 0; j < n; j++, o += s0, x += s1, y += s2) O[o] = ev(A[x] as number, Bv[y] as number, 0, f);
      } else {
        let y = pb;
        let z = pc;
        for (let j = 0; j < n; j++, o += s0, x += s1, y += s2, z += s3) O[o] = ev(A[x] as number, Bv[y] as number, Cv[z] as number, f);
      }
      for (let k = d - 2; k >= 0; k--) {
        po += so[k] as number;
        pa += sa[k] as number;
        if (nin > 1) pb += sb[k] as number;
        if (nin > 2) pc += sc[k] as number;
        if (++(idx[k] as number) < (shape[k] as number)) break;
        const m = shape[k] as number;
        po -= (so[k] as number) * m;
        pa -= (sa[k] as number) * m;
        if (nin > 1) pb -= (sb[k] as number) * m;
        if (nin > 2) pc -= (sc[k] as number) * m;
        idx[k] = 0;
      }
    }
  };
}

const WALK = { 1: walker(1), 2: walker(2), 3: walker(3) } as const;

/** loops.ts's unary loop `(O, po, A, pa, shape, so, sa, f)` of `expr`, interpreted. */
export function interpretedUnary(expr: string): (O: TypedArray, po: number, A: TypedArray, pa: number, shape: readonly number[], so: readonly number[], sa: readonly number[], f?: unknown) => void {
  const ev = compileExpression(expr);
  const walk = WALK[1];
  return (O, po, A, pa, shape, so, sa, f) => walk(ev, O, po, A, pa, undefined, 0, undefined, 0, shape, so, sa, NONE, NONE, f);
}

/** loops.ts's binary loop `(O, po, A, pa, B, pb, shape, so, sa, sb, f)` of `expr`, interpreted. */
export function interpretedBinary(
  expr: string,
): (O: TypedArray, po: number, A: TypedArray, pa: number, B: TypedArray, pb: number, shape: readonly number[], so: readonly number[], sa: readonly number[], sb: readonly number[], f?: unknown) => void {
  const ev = compileExpression(expr);
  const walk = WALK[2];
  return (O, po, A, pa, B, pb, shape, so, sa, sb, f) => walk(ev, O, po, A, pa, B, pb, undefined, 0, shape, so, sa, sb, NONE, f);
}

/** loops.ts's three-input loop `(O, po, A, pa, B, pb, C, pc, shape, so, sa, sb, sc, f)` of `expr`, interpreted. */
export function interpretedTernary(
  expr: string,
): (
  O: TypedArray, po: number,
  A: TypedArray, pa: number,
  B: TypedArray, pb: number,
  C: TypedArray, pc: number,
  shape: readonly number[], so: readonly number[], sa: readonly number[], sb: readonly number[], sc: readonly number[],
  f?: unknown,
) => void {
  const ev = compileExpression(expr);
  const walk = WALK[3];
  return (O, po, A, pa, B, pb, C, pc, shape, so, sa, sb, sc, f) => walk(ev, O, po, A, pa, B, pb, C, pc, shape, so, sa, sb, sc, f);
}

/** What a cwise kernel reads of a view. */
interface Strided {
  readonly data: TypedArray;
  readonly shape: readonly number[];
  readonly stride: readonly number[];
  readonly offset: number;
}

/**
 * A cwise-style kernel `(o, a[, b[, c]][, f])` on scijs views of one shape: `o = expr` for every
 * element of `o`, interpreted (what `cwiseKernel` compiles where evaluation is allowed).
 */
export function interpretedKernel(expr: string, nin: number, helper: boolean): (...args: unknown[]) => void {
  if (nin !== 1 && nin !== 2 && nin !== 3) throw new Error(`interpretedKernel: ${nin} inputs (1 to 3)`);
  const ev = compileExpression(expr);
  const walk = WALK[nin];
  return (...args: unknown[]) => {
    const out = args[0] as Strided;
    const x = args[1] as Strided;
    const b = nin > 1 ? (args[2] as Strided) : undefined;
    const c = nin > 2 ? (args[3] as Strided) : undefined;
    const f = helper ? args[nin + 1] : undefined;
    walk(ev, out.data, out.offset, x.data, x.offset, b?.data, b?.offset ?? 0, c?.data, c?.offset ?? 0, out.shape, out.stride, x.stride, b?.stride ?? NONE, c?.stride ?? NONE, f);
  };
}
