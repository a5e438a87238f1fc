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

/** `O[i] = expr(A[i], B[i])` over a (coalesced) shape, each operand with its own offset and strides. */
export type BinaryLoop = (
  O: TypedArray, po: number,
  A: TypedArray, pa: number,
  B: TypedArray, pb: number,
  shape: readonly number[], so: readonly number[], sa: readonly number[], sb: readonly number[],
  f?: unknown,
) => void;

/** `O[i] = expr(A[i], B[i], C[i])`. */
export type TernaryLoop = (
  O: TypedArray, po: number,
  A: TypedArray, pa: number,
  B: TypedArray, pb: number,
  C: TypedArray, pc: number,
  shape: readonly number[], so: readonly number[], sa: readonly number[], sb: readonly number[], sc: readonly number[],
  f?: unknown,
) => void;

/** `O[i] = expr(A[i])`. */
export type UnaryLoop = (
  O: TypedArray, po: number,
  A: TypedArray, pa: number,
  shape: readonly number[], so: readonly number[], sa: readonly number[],
  f?: unknown,
) => void;

/** One row: `n` elements, each array stepping by its own stride. */
type Row = (
  O: TypedArray, o: number, s0: number,
  A: TypedArray, x: number, s1: number,
  B: TypedArray, y: number, s2: number,
  C: TypedArray, z: number, s3: number,
  n: number, f: unknown,
) => void;

/** The row of a general expression: one call of its closure per element. */
function evaluatedRow(ev: Evaluator): Row {
  return (O, o, s0, A, x, s1, B, y, s2, C, z, s3, n, f) => {
    for (let j = 0; j < n; j++, o += s0, x += s1, y += s2, z += s3) O[o] = ev(A[x] as number, B[y] as number, C[z] as number, f);
  };
}

type Fn1 = (x: number) => number;
type Fn2 = (x: number, y: number) => number;
/**
 * Rows written out for the expressions most loops are (arithmetic, a copy, a helper or `Math`
 * function of the operands): with no closure per operator, the interpreted path of `A + B` or
 * `tanh(A)` costs little more than the compiled one. Each computes exactly what the expression does.
 */
const ROWS: Readonly<Record<string, Row>> = {
  "a": (O, o, s0, A, x, s1, _B, _y, _s2, _C, _z, _s3, n) => {
    for (let j = 0; j < n; j++, o += s0, x += s1) O[o] = A[x] as number;
  },
  "a+b": (O, o, s0, A, x, s1, B, y, s2, _C, _z, _s3, n) => {
    for (let j = 0; j < n; j++, o += s0, x += s1, y += s2) O[o] = (A[x] as number) + (B[y] as number);
  },
  "a-b": (O, o, s0, A, x, s1, B, y, s2, _C, _z, _s3, n) => {
    for (let j = 0; j < n; j++, o += s0, x += s1, y += s2) O[o] = (A[x] as number) - (B[y] as number);
  },
  "a*b": (O, o, s0, A, x, s1, B, y, s2, _C, _z, _s3, n) => {
    for (let j = 0; j < n; j++, o += s0, x += s1, y += s2) O[o] = (A[x] as number) * (B[y] as number);
  },
  "a/b": (O, o, s0, A, x, s1, B, y, s2, _C, _z, _s3, n) => {
    for (let j = 0; j < n; j++, o += s0, x += s1, y += s2) O[o] = (A[x] as number) / (B[y] as number);
  },
  "f(a)": (O, o, s0, A, x, s1, _B, _y, _s2, _C, _z, _s3, n, f) => {
    const g = f as Fn1;
    for (let j = 0; j < n; j++, o += s0, x += s1) O[o] = g(A[x] as number);
  },
  "f(a,b)": (O, o, s0, A, x, s1, B, y, s2, _C, _z, _s3, n, f) => {
    const g = f as Fn2;
    for (let j = 0; j < n; j++, o += s0, x += s1, y += s2) O[o] = g(A[x] as number, B[y] as number);
  },
};

/** `Math.<name>(a)` with `<name>` a function of `Math`: the `f(a)` row, given that function as `f`. */
function mathRow(expr: string): Row | undefined {
  const m = /^Math\.([A-Za-z0-9]+)\(a\)$/.exec(expr);
  const fn = m && Object.hasOwn(Math, m[1] as string) ? (Math as unknown as Record<string, unknown>)[m[1] as string] : undefined;
  if (typeof fn !== "function") return undefined;
  const call = ROWS["f(a)"] as Row;
  return (O, o, s0, A, x, s1, B, y, s2, C, z, s3, n) => call(O, o, s0, A, x, s1, B, y, s2, C, z, s3, n, fn);
}

/** The row computing `expr` (its text checked by the expression parser in every case). */
function rowFor(expr: string): Row {
  const ev = compileExpression(expr);
  const bare = expr.replace(/\s+/g, "");
  return ROWS[bare] ?? mathRow(bare) ?? evaluatedRow(ev);
}

/** An empty operand for the inputs a loop does not have (its row never reads it). */
const NO_DATA = new Float64Array(1);
const NONE: readonly number[] = [];

/**
 * `O[i] = expr(A[i], B[i], C[i], f)` over `shape`, each array with its own start and strides;
 * `nin` inputs are read (the others stay at one element of {@link NO_DATA}, stride 0). The last
 * axis is a row, the others an odometer.
 */
function walk(
  row: Row, nin: number,
  O: TypedArray, po: number,
  A: TypedArray, pa: number,
  B: TypedArray, pb: number,
  C: TypedArray, pc: number,
  shape: readonly number[], so: readonly number[], sa: readonly number[], sb: readonly number[], sc: readonly number[],
  f: unknown,
): void {
  const d = shape.length;
  if (d === 0) {
    row(O, po, 0, A, pa, 0, B, pb, 0, C, pc, 0, 1, f);
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
  const idx = new Array<number>(d - 1).fill(0);
  for (let r = 0; r < outer; r++) {
    row(O, po, s0, A, pa, s1, B, pb, s2, C, pc, s3, n, f);
    for (let k = d - 2; k >= 0; k--) {
      const m = shape[k] as number;
      po += so[k] as number;
      pa += sa[k] as number;
      if (nin > 1) pb += sb[k] as number;
      if (nin > 2) pc += sc[k] as number;
      if (++(idx[k] as number) < m) break;
      po -= (so[k] as number) * m;
      pa -= (sa[k] as number) * m;
      if (nin > 1) pb -= (sb[k] as number) * m;
      if (nin > 2) pc -= (sc[k] as number) * m;
      idx[k] = 0;
    }
  }
}

/** loops.ts's unary loop `(O, po, A, pa, shape, so, sa, f)` of `expr`, interpreted. */
export function interpretedUnary(expr: string): UnaryLoop {
  const row = rowFor(expr);
  return (O, po, A, pa, shape, so, sa, f) => walk(row, 1, O, po, A, pa, NO_DATA, 0, NO_DATA, 0, shape, so, sa, NONE, NONE, f);
}

/** loops.ts's binary loop `(O, po, A, pa, B, pb, shape, so, sa, sb, f)` of `expr`, interpreted. */
export function interpretedBinary(expr: string): BinaryLoop {
  const row = rowFor(expr);
  return (O, po, A, pa, B, pb, shape, so, sa, sb, f) => walk(row, 2, O, po, A, pa, B, pb, NO_DATA, 0, shape, so, sa, sb, NONE, f);
}

/** loops.ts's three-input loop `(O, po, A, pa, B, pb, C, pc, shape, so, sa, sb, sc, f)` of `expr`, interpreted. */
export function interpretedTernary(expr: string): TernaryLoop {
  const row = rowFor(expr);
  return (O, po, A, pa, B, pb, C, pc, shape, so, sa, sb, sc, f) => walk(row, 3, O, po, A, pa, B, pb, C, pc, shape, so, sa, sb, sc, f);
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
  const row = rowFor(expr);
  return (...args: unknown[]) => {
    const out = args[0] as Strided;
    const x = args[1] as Strided;
    const b = nin > 1 ? (args[2] as Strided) : undefined;
    const c = nin > 2 ? (args[3] as Strided) : undefined;
    const f = helper ? args[nin + 1] : undefined;
    walk(row, nin, out.data, out.offset, x.data, x.offset, b?.data ?? NO_DATA, b?.offset ?? 0, c?.data ?? NO_DATA, c?.offset ?? 0, out.shape, out.stride, x.stride, b?.stride ?? NONE, c?.stride ?? NONE, f);
  };
}
