/**
 * Hand-written strided loops for elementwise functions, used where bench/kernels.mjs measured
 * ndarray-ops/cwise to be the bottleneck. One loop per (expression, element types), compiled once
 * with `new Function` (as cwise does) so that every typed-array access in it stays monomorphic.
 * Where evaluation is forbidden (evaluation.ts) the same expression runs interpreted
 * (interpret.ts), checked by the same grammar.
 *
 * A loop walks a *coalesced* shape: size-1 axes dropped and neighbouring axes merged wherever
 * every operand steps through them as through one axis, so a contiguous operation is one flat
 * loop and a row or column broadcast is two.
 *
 * @module
 */
import { canCompile } from "../evaluation.js";
import { compileExpression } from "../expression.js";
import { interpretedBinary, interpretedTernary, interpretedUnary, type BinaryLoop, type TernaryLoop, type UnaryLoop } from "../interpret.js";

export type { BinaryLoop, TernaryLoop, UnaryLoop } from "../interpret.js";

/**
 * Elements per iteration of an unrolled unit-stride run. `npm run bench:kernels` compares 1, 4, 8,
 * 16 and 32 on the workloads' layouts; 16 was fastest or level on each (A ⊙ B into a fresh output:
 * 1.8 ms one element at a time, 0.83 ms unrolled ×16, 1.1 ms for a plain loop closed over its data;
 * ×32 gains nothing more).
 */
export const UNROLL = 16;

/**
 * An expression that calls its helper `f` is unrolled ×4 instead: V8 inlines `f` into every copy,
 * and sixteen copies of a helper with branches exceed its inlining budget, leaving a call per
 * element (tanh on 1e6 elements: 8.8 ms ×4, 9.8 ms ×1, 15.9 ms ×16; `Math.tanh` 11.3 ms).
 */
const unrollFor = (expr: string): number => (/\bf\(/.test(expr) ? 4 : UNROLL);

/** The operands of a loop: variable, array, base index, offset and strides of each input. */
const INPUTS = [
  { v: "a", arr: "A", q: "qa", p: "pa", s: "sa" },
  { v: "b", arr: "B", q: "qb", p: "pb", s: "sb" },
  { v: "c", arr: "C", q: "qc", p: "pc", s: "sc" },
] as const;
type Input = (typeof INPUTS)[number];

/**
 * The source of a function `(O, po, A, pa, B, pb, C, pc, n, f)` computing the run `O[po + j] =
 * expr` for j in [0, n) whose operands step by 1, unrolled by `unroll` with one base index per
 * operand. The `n % unroll` odd elements come first: a remainder loop after the unrolled one is
 * never reached on the first calls when n is a multiple of `unroll`, and its missing type feedback
 * then deoptimized the compiled loop at the end of every call (W3: 1e6 elements). V8
 * bounds-checks every typed-array access of a function that receives its arrays as arguments (a
 * loop closed over constant arrays escapes that); unrolled, the checks and the loop's bookkeeping
 * overlap. `reads` lists the unit-stride inputs; every other input is a broadcast value, read once
 * before the loop (hoisted).
 */
function unitRun(name: string, expr: string, reads: readonly Input[], hoisted: readonly Input[], unroll: number): string {
  const bases = ["p = po + j", ...reads.map((r) => `${r.q} = ${r.p} + j`)].join(", ");
  const at = (q: string, u: number): string => (u ? `${q} + ${u}` : q);
  const element = (u: number): string => {
    const loads = reads.map((r) => `${r.v} = ${r.arr}[${at(r.q, u)}]`).join(", ");
    return `{ ${loads ? `const ${loads}; ` : ""}O[${at("p", u)}] = ${expr}; }`;
  };
  const body = Array.from({ length: unroll }, (_, u) => element(u)).join(" ");
  const hoist = hoisted.map((h) => `const ${h.v} = ${h.arr}[${h.p}];`).join(" ");
  return `function ${name}(O, po, A, pa, B, pb, C, pc, n, f) {
      ${hoist}
      let j = 0;
      for (const r = n % ${unroll}; j < r; j++) { const ${bases}; ${element(0)} }
      for (; j < n; j += ${unroll}) { const ${bases}; ${body} }
    }`;
}

/**
 * {@link unitRun} for operands that all start at index 0 (a fresh output and whole arrays: the
 * common contiguous case), indexed by the loop counter alone: V8 folds the constant offsets
 * into the addressing (A ⊙ B into an existing output: ~1.5× faster than with base indices).
 */
function zeroRun(expr: string, reads: readonly Input[], unroll: number): string {
  const at = (u: number): string => (u ? `j + ${u}` : "j");
  const element = (u: number): string => {
    const loads = reads.map((r) => `${r.v} = ${r.arr}[${at(u)}]`).join(", ");
    return `{ const ${loads}; O[${at(u)}] = ${expr}; }`;
  };
  const body = Array.from({ length: unroll }, (_, u) => element(u)).join(" ");
  return `function zeroRun(O, A, B, C, n, f) {
      let j = 0;
      for (const r = n % ${unroll}; j < r; j++) ${element(0)}
      for (; j < n; j += ${unroll}) { ${body} }
    }`;
}

/**
 * The source of a loop over any strided layout with `nin` inputs. The unrolled runs are
 * functions of their own, called once per row: the function walking the rows stays small, so
 * that V8 optimizes it again quickly after a deoptimization (a new shape-array map, say). With
 * the runs written inline, a deoptimization while large arrays were running left it unoptimized
 * for the small calls that followed (W7 after W1: 0.3 → 0.7–0.8 µs per call). A run whose inputs
 * each step by 1 or 0 (broadcast) has a function per pattern: `run1…` for all unit strides, and
 * one for each mix with hoisted broadcast values (a row or a column broadcast of a binary loop).
 */
function source(expr: string, nin: number, unroll: number): string {
  const ins = INPUTS.slice(0, nin);
  const ptrs = ["po", ...ins.map((i) => i.p)];
  const strides = ["so", ...ins.map((i) => i.s)];
  const read = `const ${ins.map((i, k) => `${i.v} = ${i.arr}[x${k}]`).join(", ")};`;
  const step = (k: string): string => ptrs.map((p, i) => `${p} += ${strides[i]}[${k}];`).join(" ");
  const back = (k: string): string => ptrs.map((p, i) => `${p} -= ${strides[i]}[${k}] * shape[${k}];`).join(" ");
  // every pattern of unit (1) and broadcast (0) input strides but all-broadcast, all-unit first
  const masks = Array.from({ length: 2 ** nin - 1 }, (_, m) => 2 ** nin - 1 - m);
  const unitOf = (m: number): Input[] => ins.filter((_, k) => (m >> (nin - 1 - k)) & 1);
  const hoistedOf = (m: number): Input[] => ins.filter((_, k) => !((m >> (nin - 1 - k)) & 1));
  const runs = masks.map((m) => unitRun(`run${m.toString(2).padStart(nin, "0")}`, expr, unitOf(m), hoistedOf(m), unroll)).join("\n");
  const conds = masks.map((m) => {
    const c = ins.map((i, k) => `s${k + 1} === ${(m >> (nin - 1 - k)) & 1}`).join(" && ");
    return `${m === masks[0] ? "if" : "else if"} (s0 === 1 && ${c}) run${m.toString(2).padStart(nin, "0")}(O, po, A, pa, B, pb, C, pc, n, f);`;
  });
  const args = ["O", "po", ...ins.flatMap((i) => [i.arr, i.p]), "shape", ...strides, "f"].join(", ");
  const missing = INPUTS.slice(nin).map((i) => `const ${i.arr} = undefined, ${i.p} = 0;`).join(" ");
  const walkers = ins.map((i, k) => `x${k} = ${i.p}`).join(", ");
  const advance = ins.map((_, k) => `x${k} += s${k + 1};`).join(" ");
  const inner = `s0 = so[d - 1], ${ins.map((i, k) => `s${k + 1} = ${i.s}[d - 1]`).join(", ")}`;
  const outerStrides = ptrs.map((_, k) => `t${k} = d === 2 ? ${strides[k]}[0] : 0`).join(", ");
  const outerStep = ptrs.map((p, k) => `${p} += t${k};`).join(" ");
  return `
    ${zeroRun(expr, ins, unroll)}
    ${runs}
    return function loop(${args}) {
      ${missing}
      const d = shape.length;
      if (d === 0) { const ${walkers}; ${read} O[po] = ${expr}; return; }
      const n = shape[d - 1];
      let outer = 1;
      for (let k = 0; k < d - 1; k++) outer *= shape[k];
      if (n === 0 || outer === 0) return;
      const ${inner};
      if (d === 1 && s0 === 1 && ${ins.map((_, k) => `s${k + 1} === 1`).join(" && ")} && ${ptrs.map((p) => `${p} === 0`).join(" && ")}) { zeroRun(O, A, B, C, n, f); return; }
      // rank 1 and 2 step their rows directly; higher ranks keep an odometer of the outer axes
      const idx = d > 2 ? new Array(d - 1).fill(0) : null;
      const ${outerStrides};
      for (let r = 0; r < outer; r++) {
        ${conds.join("\n        ")}
        else {
          let o = po, ${walkers};
          for (let j = 0; j < n; j++) { ${read} O[o] = ${expr}; o += s0; ${advance} }
        }
        if (idx === null) { ${outerStep} continue; }
        for (let k = d - 2; k >= 0; k--) {
          ${step("k")}
          if (++idx[k] < shape[k]) break;
          ${back("k")}
          idx[k] = 0;
        }
      }
    };`;
}

type Compiled = (...args: never[]) => void;

/**
 * The loops compile the library's own expressions, never a caller's string; this refuses anything
 * else before it reaches `new Function`. The check is the interpreter's parser (expression.ts):
 * the operands `a`, `b`, `c`, the helper `f`, `Math`'s own members, `NaN`, `Infinity`, `true`,
 * `false`, numbers and operators only, so both paths admit exactly the same text.
 */
function checkExpression(expr: string, unroll: number): void {
  if (!Number.isInteger(unroll) || unroll < 1 || unroll > 64) throw new Error(`loops: refusing to compile ${JSON.stringify(expr)} (unroll ${unroll})`);
  compileExpression(expr);
}

/** Compiled loops of one expression, by the constructors of their arrays (no string keys per call). */
function specializer(expr: string, nin: number, unroll: number): (ctors: readonly unknown[]) => Compiled {
  checkExpression(expr, unroll);
  const root = new Map<unknown, unknown>();
  return (ctors) => {
    let node: Map<unknown, unknown> = root;
    for (let i = 0; i < ctors.length - 1; i++) {
      let next = node.get(ctors[i]) as Map<unknown, unknown> | undefined;
      if (!next) node.set(ctors[i], (next = new Map()));
      node = next;
    }
    const last = ctors[ctors.length - 1];
    let fn = node.get(last) as Compiled | undefined;
    if (!fn) node.set(last, (fn = new Function(source(expr, nin, unroll))() as Compiled));
    return fn;
  };
}

/**
 * The loop computing `expr` (JavaScript on `a`, `b` and an optional function `f`), specialized
 * for the element types of the arrays it is called with; `unroll` is for bench/kernels.mjs.
 */
export function binaryLoop(expr: string, unroll = unrollFor(expr)): BinaryLoop {
  if (!canCompile) return interpretedBinary(expr);
  const get = specializer(expr, 2, unroll);
  // the last types seen, checked before the lookup (most programs use one dtype throughout)
  let co: unknown, ca: unknown, cb: unknown, last: BinaryLoop | undefined;
  return (O, po, A, pa, B, pb, shape, so, sa, sb, f) => {
    if (O.constructor !== co || A.constructor !== ca || B.constructor !== cb || last === undefined) {
      [co, ca, cb] = [O.constructor, A.constructor, B.constructor];
      last = get([co, ca, cb]) as BinaryLoop;
    }
    last(O, po, A, pa, B, pb, shape, so, sa, sb, f);
  };
}

/** The unary counterpart of {@link binaryLoop}. */
export function unaryLoop(expr: string, unroll = unrollFor(expr)): UnaryLoop {
  if (!canCompile) return interpretedUnary(expr);
  const get = specializer(expr, 1, unroll);
  let co: unknown, ca: unknown, last: UnaryLoop | undefined;
  return (O, po, A, pa, shape, so, sa, f) => {
    if (O.constructor !== co || A.constructor !== ca || last === undefined) {
      [co, ca] = [O.constructor, A.constructor];
      last = get([co, ca]) as UnaryLoop;
    }
    last(O, po, A, pa, shape, so, sa, f);
  };
}

/** The three-input counterpart of {@link binaryLoop} (`where`, `clip`). */
export function ternaryLoop(expr: string, unroll = unrollFor(expr)): TernaryLoop {
  if (!canCompile) return interpretedTernary(expr);
  const get = specializer(expr, 3, unroll);
  let co: unknown, ca: unknown, cb: unknown, cc: unknown, last: TernaryLoop | undefined;
  return (O, po, A, pa, B, pb, C, pc, shape, so, sa, sb, sc, f) => {
    if (O.constructor !== co || A.constructor !== ca || B.constructor !== cb || C.constructor !== cc || last === undefined) {
      [co, ca, cb, cc] = [O.constructor, A.constructor, B.constructor, C.constructor];
      last = get([co, ca, cb, cc]) as TernaryLoop;
    }
    last(O, po, A, pa, B, pb, C, pc, shape, so, sa, sb, sc, f);
  };
}

/**
 * Coalesces a loop over `shape` for operands with the given strides: drops size-1 axes, then
 * merges axis i into i+1 wherever every operand has `stride[i] = stride[i+1] · shape[i+1]`.
 * Returns the new shape and strides (one list per operand). Ask {@link coalescible} first: when
 * nothing merges, the arguments serve as they are, without allocating.
 */
export function coalesce<S extends readonly (readonly number[])[]>(
  shape: readonly number[],
  strides: S,
): { shape: readonly number[]; strides: S } {
  const k = strides.length;
  const outShape: number[] = [];
  const outStrides: number[][] = [];
  for (let j = 0; j < k; j++) outStrides.push([]);
  for (let i = 0; i < shape.length; i++) {
    const n = shape[i] as number;
    if (n === 1) continue;
    const last = outShape.length - 1;
    let mergeable = last >= 0;
    for (let j = 0; j < k && mergeable; j++) {
      mergeable = (outStrides[j] as number[])[last] === ((strides[j] as readonly number[])[i] as number) * n;
    }
    if (mergeable) {
      outShape[last] = (outShape[last] as number) * n;
      for (let j = 0; j < k; j++) (outStrides[j] as number[])[last] = (strides[j] as readonly number[])[i] as number;
    } else {
      outShape.push(n);
      for (let j = 0; j < k; j++) (outStrides[j] as number[]).push((strides[j] as readonly number[])[i] as number);
    }
  }
  return { shape: outShape, strides: outStrides as unknown as S };
}

/**
 * Whether {@link coalesce} would change anything for operands with strides `s0`, `s1` and `s2`
 * (a size-1 axis, or two axes that merge); separate arguments, so that asking allocates nothing.
 */
export function coalescible(shape: readonly number[], s0: readonly number[], s1: readonly number[], s2: readonly number[] = s1, s3: readonly number[] = s1): boolean {
  for (let i = 0; i < shape.length; i++) {
    const n = shape[i] as number;
    if (n === 1) return true;
    if (i > 0 && s0[i - 1] === (s0[i] as number) * n && s1[i - 1] === (s1[i] as number) * n && s2[i - 1] === (s2[i] as number) * n && s3[i - 1] === (s3[i] as number) * n) {
      return true;
    }
  }
  return false;
}

