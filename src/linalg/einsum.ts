/**
 * `einsum`, `tensordot` and `vecdot`: sums of products over labelled axes.
 *
 * Each operand's axes carry labels; an operand's element for a given value of every label is read
 * through its strides (a label the operand lacks, or a length-1 axis that broadcasts, has stride
 * 0; a label repeated in one operand has the sum of its strides: the diagonal). The loop runs over
 * the output labels and, inside, over the summed ones, so broadcast operands are never copied.
 * Products and sums are computed in float64 and written in the result dtype once (an integer
 * result wraps as numpy's integer arithmetic does, for exact intermediate values).
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { checkOptions } from "../creation/options.js";
import { checkDType, promoteTypes, type DType, type TypedArray } from "../dtype.js";
import { AxisError, DTypeError, ReadOnlyError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { checkAttached, freshArray, NDArray, viewOf } from "../ndarray.js";
import { canCast } from "../dtypes/cast.js";
import { assignView, scijsView } from "../scijs.js";
import { normalizeAxis } from "../shape/axes.js";
import { checkShape, shapesEqual } from "../validate.js";

/** Labels: char codes for letters, negative numbers for the axes an ellipsis stands for (-1 the last). */
type Label = number;

const labelName = (l: Label): string => (l >= 0 ? String.fromCharCode(l) : `...[${l}]`);

/**
 * The size of every label (checked to agree across operands, 1 broadcasting) and, per operand,
 * the stride of each distinct label (repeats summed: the diagonal).
 */
function labelStrides(fn: string, xs: readonly NDArray[], labels: readonly (readonly Label[])[]): { size: Map<Label, number>; strideMaps: Map<Label, number>[] } {
  const size = new Map<Label, number>();
  const strideMaps = xs.map((x, k) => {
    const own = new Map<Label, number>();
    const lab = labels[k] as readonly Label[];
    lab.forEach((l, axis) => {
      const n = x.shape[axis] as number;
      const seen = own.get(l);
      if (seen !== undefined) {
        const first = x.shape[lab.indexOf(l)] as number;
        if (first !== n) {
          throw new ShapeError(`${fn}: dimensions in operand ${k} for collapsing index '${labelName(l)}' don't match (${first} != ${n}) in its shape ${formatShape(x.shape)}`);
        }
        own.set(l, seen + (x.strides[axis] as number));
      } else {
        own.set(l, x.strides[axis] as number);
      }
      const known = size.get(l);
      if (known === undefined || known === 1) size.set(l, n);
      else if (n !== 1 && n !== known) {
        throw new ShapeError(
          `${fn}: operands could not be broadcast together: label '${labelName(l)}' has size ${known} in an earlier operand and ${n} in operand ${k} (shapes ${xs.map((y) => formatShape(y.shape)).join(", ")})`,
        );
      }
    });
    return own;
  });
  return { size, strideMaps };
}

/**
 * Contracts `xs` (each with one label per axis) into an array with `outLabels` (distinct), summing
 * over the labels not in the output. Sizes of a label must agree across operands, except that 1
 * broadcasts. A single operand without a sum is returned as a view, as numpy's einsum does.
 */
export function contract(fn: string, xs: readonly NDArray[], labels: readonly (readonly Label[])[], outLabels: readonly Label[], dtype?: DType): NDArray {
  const { size, strideMaps } = labelStrides(fn, xs, labels);
  const outShape = checkShape(fn, outLabels.map((l) => size.get(l) as number));
  const summed = [...size.keys()].filter((l) => !outLabels.includes(l));
  // a length-1 axis of an operand broadcasts: it is read with stride 0
  const stridesFor = (k: number, ls: readonly Label[]): number[] =>
    ls.map((l) => {
      const x = xs[k] as NDArray;
      const axis = (labels[k] as readonly Label[]).indexOf(l);
      if (axis === -1 || ((x.shape[axis] as number) === 1 && (size.get(l) as number) !== 1)) return 0;
      return (strideMaps[k] as Map<Label, number>).get(l) as number;
    });
  const resultDType = dtype ?? xs.map((x) => x.dtype).reduce((p, q) => promoteTypes(p, q));
  if (xs.length === 1 && summed.length === 0 && resultDType === (xs[0] as NDArray).dtype && dtype === undefined) {
    const x = xs[0] as NDArray;
    const strides = stridesFor(0, outLabels);
    const aliased = outShape.some((n, i) => n > 1 && strides[i] === 0);
    return new NDArray(scijsView(x.data, x.dtype, outShape, strides, x.offset), x.dtype, x.readonly || aliased);
  }
  const out = freshArray(resultDType, outShape);
  const all = [...outLabels, ...summed];
  const dims = all.map((l) => size.get(l) as number);
  const nOut = outLabels.length;
  const st = xs.map((_, k) => stridesFor(k, all));
  const data = xs.map((x) => x.data);
  const base = xs.map((x) => x.offset);
  if (out.size === 0) return out;
  const o = out.data;
  const idx = new Int32Array(all.length);
  const pos = Int32Array.from(base);
  // the innermost summed label runs as a tight loop (runOf); the other labels advance an odometer
  const inner = all.length > nOut ? all.length - 1 : -1;
  const n = inner === -1 ? 1 : (dims[inner] as number);
  const outer = n === 0 ? 0 : dims.slice(nOut, inner === -1 ? nOut : inner).reduce((p, m) => p * m, 1);
  const step = xs.map((_, k) => (inner === -1 ? 0 : ((st[k] as number[])[inner] as number)));
  // a bool sum is numpy's logical or: any nonzero count stores 1 (a Uint8Array would keep 2, or wrap 256 to 0)
  const bool = resultDType === "bool";
  for (let flat = 0; flat < o.length; flat++) {
    let acc = 0;
    for (let s = 0; s < outer; s++) {
      acc += runOf(data, pos, step, n);
      advance(idx, pos, st, dims, (inner === -1 ? all.length : inner) - 1, nOut);
    }
    o[flat] = bool && acc !== 0 ? 1 : acc;
    advance(idx, pos, st, dims, nOut - 1, 0);
  }
  return out;
}

/** Σ_t Π_k data[k][pos[k] + t·step[k]] for t < n (one or two operands without the inner product loop). */
function runOf(data: readonly TypedArray[], pos: Int32Array, step: readonly number[], n: number): number {
  let acc = 0;
  if (data.length === 2) {
    const d0 = data[0] as TypedArray;
    const d1 = data[1] as TypedArray;
    const s0 = (step[0] as number) | 0;
    const s1 = (step[1] as number) | 0;
    let p0 = pos[0] as number;
    let p1 = pos[1] as number;
    for (let t = 0; t < n; t++) {
      acc += (d0[p0] as number) * (d1[p1] as number);
      p0 = (p0 + s0) | 0;
      p1 = (p1 + s1) | 0;
    }
    return acc;
  }
  if (data.length === 1) {
    const d0 = data[0] as TypedArray;
    const s0 = step[0] as number;
    let p0 = pos[0] as number;
    for (let t = 0; t < n; t++, p0 += s0) acc += d0[p0] as number;
    return acc;
  }
  for (let t = 0; t < n; t++) {
    let p = 1;
    for (let k = 0; k < data.length; k++) p *= (data[k] as TypedArray)[(pos[k] as number) + t * (step[k] as number)] as number;
    acc += p;
  }
  return acc;
}

/** Advances the odometer of labels `from` down to `to` (the last fastest), moving every operand's position. */
function advance(idx: Int32Array, pos: Int32Array, st: readonly (readonly number[])[], dims: readonly number[], from: number, to: number): void {
  for (let d = from; d >= to; d--) {
    idx[d] = (idx[d] as number) + 1;
    for (let k = 0; k < pos.length; k++) pos[k] = (pos[k] as number) + ((st[k] as number[])[d] as number);
    if ((idx[d] as number) < (dims[d] as number)) return;
    for (let k = 0; k < pos.length; k++) pos[k] = (pos[k] as number) - ((st[k] as number[])[d] as number) * (dims[d] as number);
    idx[d] = 0;
  }
}

/** Parses one operand's subscripts into labels for an operand of `shape` (ellipsis expanded). */
function operandLabels(fn: string, term: string, k: number, shape: readonly number[]): { labels: Label[]; ellipsis: number } {
  const dots = term.indexOf("...");
  const letters = term.replace("...", "");
  for (const ch of letters) {
    if (!/[a-zA-Z]/.test(ch)) {
      throw new ShapeError(`${fn}: invalid subscript ${JSON.stringify(ch)} in operand ${k}'s subscripts ${JSON.stringify(term)}; subscripts are letters a-z, A-Z and one "..."`);
    }
  }
  const ndim = shape.length;
  const named = letters.length;
  if (dots === -1 ? named !== ndim : named > ndim) {
    throw new ShapeError(
      `${fn}: operand ${k} has shape ${formatShape(shape)} (${ndim} axes) but its subscripts ${JSON.stringify(term)} name ${named}${dots === -1 ? "" : " plus an ellipsis"}`,
    );
  }
  const nEll = dots === -1 ? 0 : ndim - named;
  const before = [...term.slice(0, dots === -1 ? term.length : dots)].map((c) => c.charCodeAt(0));
  const after = dots === -1 ? [] : [...term.slice(dots + 3)].map((c) => c.charCodeAt(0));
  const ell = Array.from({ length: nEll }, (_, i) => -(nEll - i));
  return { labels: [...before, ...ell, ...after], ellipsis: dots === -1 ? -1 : nEll };
}

/** Options of {@link einsum}. */
export interface EinsumOptions {
  /** The result dtype; numpy's promotion of the operands' dtypes when omitted. */
  dtype?: DType;
  /** An array to write the result into: the result's shape, a dtype every operand casts to safely. */
  out?: NDArray;
  /**
   * With 2 or more operands, contract them two at a time as numpy does (each step in the pair's
   * promoted dtype, or `dtype`; labels only one operand has summed first in its own dtype, so a
   * boolean operand's sum is `any`) in the order `"greedy"` (or `true`) picks — numpy's greedy
   * path: the pair removing the most elements first — or `"optimal"` (numpy's fewest-flops order,
   * searched for up to 6 operands; greedy beyond), within numpy's memory limit (the largest operand
   * or output; one step over the rest where no pair fits). Default `false`: one loop over every
   * label at once.
   */
  optimize?: boolean | "greedy" | "optimal";
}

/** A contraction order: pairs of positions in the shrinking operand list, each result appended at its end (numpy's path format). */
type Path = number[][];

/**
 * Contracts `xs` pairwise in the order of `strategy`, then into `outLabels`: the chain
 * `"ij,jk,kl->il"` costs two matrix products instead of one loop over i, j, k and l together.
 * Each step is numpy's `bmm_einsum`: an operand first loses (in its own dtype) the diagonals of
 * its repeated labels and the sums over labels nothing else needs — a boolean operand's sum is
 * `any` there — then the pair is contracted in `dtype` or, without it, their promoted dtype.
 */
function contractPairwise(fn: string, xs: readonly NDArray[], labels: readonly (readonly Label[])[], outLabels: readonly Label[], dtype: DType | undefined, outDType: DType | undefined, strategy: "greedy" | "optimal"): NDArray {
  const { size } = labelStrides(fn, xs, labels);
  checkShape(fn, outLabels.map((l) => size.get(l) as number));
  const sets = labels.map((l) => [...new Set(l)]);
  const limit = memoryLimit(labels, outLabels, size);
  // numpy: one step over every operand when no label is summed
  const path = sets.every((l) => l.every((v) => outLabels.includes(v)))
    ? [xs.map((_, k) => k)]
    : strategy === "optimal" && xs.length <= 6
      ? optimalPath(sets, outLabels, size, limit)
      : greedyPath(sets, outLabels, size, limit);
  const operands = xs.slice();
  const labs = labels.map((l) => l.slice());
  for (const step of path) {
    const last = operands.length === step.length;
    const keep = last ? outLabels.slice() : findContraction(step, labs, outLabels).result;
    let r: NDArray;
    if (step.length === 2) {
      const [i, j] = step as [number, number];
      const [x, y] = [operands[i] as NDArray, operands[j] as NDArray];
      const [a, la] = prepare(fn, x, labs[i] as Label[], y, labs[j] as Label[], keep);
      const [b, lb] = prepare(fn, y, labs[j] as Label[], x, labs[i] as Label[], keep);
      r = contract(fn, [a, b], [la, lb], keep, dtype ?? promoteTypes(a.dtype, b.dtype));
    } else {
      // numpy's c_einsum step: in dtype, else (the last step) out's dtype, else the promoted dtype
      r = contract(fn, step.map((k) => operands[k] as NDArray), step.map((k) => labs[k] as Label[]), keep, dtype ?? (last ? outDType : undefined));
    }
    for (const k of [...step].sort((p, q) => q - p)) {
      operands.splice(k, 1);
      labs.splice(k, 1);
    }
    operands.push(r);
    labs.push(keep);
  }
  return operands[0] as NDArray;
}

/**
 * One operand of a pairwise step reduced, in its own dtype, to the distinct labels the step's
 * result needs or the other operand shares — as numpy's `bmm_einsum`, a label of length 1 on
 * either side counts as not shared, so the other side sums it alone.
 */
function prepare(fn: string, x: NDArray, labels: readonly Label[], y: NDArray, other: readonly Label[], keep: readonly Label[]): [NDArray, Label[]] {
  const len = (a: NDArray, ls: readonly Label[], l: Label): number => (ls.includes(l) ? (a.shape[ls.indexOf(l)] as number) : 0);
  const want = [...new Set(labels)].filter((l) => keep.includes(l) || (len(x, labels, l) !== 1 && len(y, other, l) > 1));
  if (want.length === labels.length) return [x, labels.slice()];
  return [contract(fn, [x], [labels], want, x.dtype), want];
}

const volume = (ls: readonly Label[], size: Map<Label, number>): number => ls.reduce((p, l) => p * (size.get(l) as number), 1);

/** numpy's `_find_contraction`: the labels the contraction of `positions` keeps, and the list after it (its result appended). */
function findContraction(positions: readonly number[], sets: readonly (readonly Label[])[], outLabels: readonly Label[]): { result: Label[]; rest: Label[][]; removed: boolean; union: Label[] } {
  const union = [...new Set(positions.flatMap((p) => sets[p] as Label[]))];
  const rest = sets.filter((_, k) => !positions.includes(k)).map((l) => l.slice());
  const result = union.filter((l) => outLabels.includes(l) || rest.some((r) => r.includes(l)));
  rest.push(result);
  return { result, rest, removed: result.length < union.length, union };
}

/** numpy's `_flop_count`: the contraction's volume times the terms less one (at least 1), plus one for an inner product. */
const flopCount = (union: readonly Label[], removed: boolean, terms: number, size: Map<Label, number>): number => volume(union, size) * (Math.max(1, terms - 1) + (removed ? 1 : 0));

/** numpy's default memory limit: the largest operand or output (repeated labels counted each time). */
export function memoryLimit(terms: readonly (readonly Label[])[], outLabels: readonly Label[], size: Map<Label, number>): number {
  return Math.max(...[...terms, outLabels].map((t) => volume(t, size)));
}

/**
 * numpy's `_greedy_path`: among pairs sharing a label (any pair when none do) whose result fits
 * `limit` and whose cost keeps the path cheaper than the one-loop einsum, the one removing the most
 * elements, then the fewest flops; when none qualifies, one step over all that remain. @internal
 */
export function greedyPath(sets: readonly (readonly Label[])[], outLabels: readonly Label[], size: Map<Label, number>, limit = memoryLimit(sets, outLabels, size)): Path {
  if (sets.length <= 2) return [sets.map((_, k) => k)];
  const all = findContraction(sets.map((_, k) => k), sets, outLabels);
  const naive = flopCount(all.union, all.removed, sets.length, size);
  type Candidate = { key: [number, number]; pos: [number, number]; rest: Label[][] };
  let cur = sets.map((l) => l.slice());
  let known: Candidate[] = [];
  let pathCost = 0;
  const path: Path = [];
  const consider = (pairs: Iterable<[number, number]>, skipDisjoint: boolean): void => {
    for (const [i, j] of pairs) {
      if (skipDisjoint && !(cur[i] as Label[]).some((l) => (cur[j] as Label[]).includes(l))) continue;
      const c = findContraction([i, j], cur, outLabels);
      const newSize = volume(c.result, size);
      if (newSize > limit) continue;
      const cost = flopCount(c.union, c.removed, 2, size);
      if (pathCost + cost > naive) continue;
      known.push({ key: [-(volume(cur[i] as Label[], size) + volume(cur[j] as Label[], size) - newSize), cost], pos: [i, j], rest: c.rest });
    }
  };
  const allPairs = function* (n: number): Generator<[number, number]> {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) yield [i, j];
  };
  let pairs: Iterable<[number, number]> = allPairs(cur.length);
  for (let iteration = 0; iteration < sets.length - 1; iteration++) {
    consider(pairs, true);
    if (known.length === 0) {
      consider(allPairs(cur.length), false);
      if (known.length === 0) {
        path.push(cur.map((_, k) => k));
        break;
      }
    }
    const best = known.reduce((b, c) => (c.key[0] < b.key[0] || (c.key[0] === b.key[0] && c.key[1] < b.key[1]) ? c : b));
    const [bx, by] = best.pos;
    // numpy's _update_other_results: the other candidates, renumbered, with best's result in their lists
    known = known.flatMap(({ key, pos: [x, y], rest }) => {
      if (x === bx || x === by || y === bx || y === by) return [];
      const r = rest.slice();
      r.splice(by - Number(by > x) - Number(by > y), 1);
      r.splice(bx - Number(bx > x) - Number(bx > y), 1);
      r.splice(r.length - 1, 0, best.rest[best.rest.length - 1] as Label[]);
      return [{ key, pos: [x - Number(x > bx) - Number(x > by), y - Number(y > bx) - Number(y > by)] as [number, number], rest: r }];
    });
    cur = best.rest;
    const last = cur.length - 1;
    pairs = Array.from({ length: last }, (_, i) => [i, last] as [number, number]);
    path.push([bx, by]);
    pathCost += best.key[1];
  }
  return path;
}

/**
 * numpy's `_optimal_path`: every pairwise order whose intermediates fit `limit`, the first of the
 * fewest flops; when no pair fits at some step, the cheapest order so far and then one step over
 * all that remain. @internal
 */
export function optimalPath(sets: readonly (readonly Label[])[], outLabels: readonly Label[], size: Map<Label, number>, limit = memoryLimit(sets, outLabels, size)): Path {
  if (sets.length <= 2) return [sets.map((_, k) => k)];
  let full: { cost: number; path: Path; rest: Label[][] }[] = [{ cost: 0, path: [], rest: sets.map((l) => l.slice()) }];
  const cheapest = (): Path => full.reduce((b, c) => (c.cost < b.cost ? c : b)).path;
  for (let iteration = 0; iteration < sets.length - 1; iteration++) {
    const next: typeof full = [];
    const n = sets.length - iteration;
    for (const { cost, path, rest } of full) {
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const c = findContraction([i, j], rest, outLabels);
          if (volume(c.result, size) > limit) continue;
          next.push({ cost: cost + flopCount(c.union, c.removed, 2, size), path: [...path, [i, j]], rest: c.rest });
        }
      }
    }
    if (next.length === 0) return [...cheapest(), Array.from({ length: n }, (_, k) => k)];
    full = next;
  }
  return cheapest();
}

/**
 * Writes `result` into `out` after numpy's checks (the exact shape, writable, the cast allowed by
 * `casting`); nothing is written when a check fails. Returns `out`.
 */
function writeOut(fn: string, result: NDArray, out: unknown, casting: "safe" | "same_kind"): NDArray {
  if (!(out instanceof NDArray)) throw new DTypeError(`${fn}: out must be an NDArray, got ${describeType(out)}`);
  checkAttached(fn, out);
  if (!shapesEqual(out.shape, result.shape)) {
    throw new ShapeError(`${fn}: out has shape ${formatShape(out.shape)} but the result has shape ${formatShape(result.shape)}`);
  }
  if (out.readonly) throw new ReadOnlyError(`${fn}: out of shape ${formatShape(out.shape)} is read-only (a broadcast view, or a view of one)`);
  if (!canCast(result.dtype, out.dtype, { casting })) {
    throw new DTypeError(`${fn}: cannot cast the result from ${result.dtype} to out's ${out.dtype} according to the rule '${casting}'`);
  }
  if (result.size === 0) return out;
  if (result.ndim === 0) viewOf(out).set(viewOf(result).get());
  else assignView(viewOf(out), viewOf(result));
  return out;
}

/**
 * Einstein summation over numpy's subscripts: `"ij,jk->ik"` (explicit output), `"ij,jk"`
 * (implicit: the labels that appear once, in alphabetical order), repeated labels for diagonals
 * and traces (`"ii->i"`, `"ii"`), and `"..."` for broadcast batch axes. Broadcast operands are
 * read through stride-0 views, never copied. The options object may follow the operands;
 * `optimize` contracts 2 or more operands two at a time in numpy's greedy (or the optimal) order, each step as numpy's.
 *
 * @example
 * import { array, einsum } from "ndarray-broadcast";
 * const A = array([[1, 2], [3, 4]]);
 * const x = array([10, 20]);
 * console.log(einsum("ij,j->i", A, x).tolist(), einsum("ii", A).tolist(), einsum("ij->ji", A).tolist());
 * // => [ 50, 110 ] 5 [ [ 1, 3 ], [ 2, 4 ] ]
 * console.log(einsum("...ij,...j->...i", A, x).tolist(), einsum("i,j", x, x).tolist());
 * // => [ 50, 110 ] [ [ 100, 200 ], [ 200, 400 ] ]
 * console.log(einsum("ij,jk,kl->il", A, A, A, { optimize: true }).tolist());
 * // => [ [ 37, 54 ], [ 81, 118 ] ]
 */
export function einsum(subscripts: string, ...operands: (NDArray | ArrayLike | EinsumOptions)[]): NDArray {
  const fn = "einsum";
  if (typeof subscripts !== "string") throw new DTypeError(`${fn}: the first argument must be a subscripts string like "ij,jk->ik", got ${describeType(subscripts)}`);
  const last = operands[operands.length - 1];
  const hasOptions = typeof last === "object" && last !== null && !Array.isArray(last) && !(last instanceof NDArray) && !ArrayBuffer.isView(last);
  const opts = checkOptions<EinsumOptions>(fn, hasOptions ? last : undefined, ["dtype", "out", "optimize"]);
  const optimize = opts.optimize ?? false;
  if (optimize !== true && optimize !== false && optimize !== "greedy" && optimize !== "optimal") {
    throw new DTypeError(`${fn}: optimize must be true, false, "greedy" or "optimal", got ${describeType(optimize)}`);
  }
  const xs = (hasOptions ? operands.slice(0, -1) : operands).map((a) => asArray(fn, a));
  const spec = subscripts.replace(/\s+/g, "");
  const arrow = spec.indexOf("->");
  const lhs = arrow === -1 ? spec : spec.slice(0, arrow);
  const terms = lhs.split(",");
  if (terms.length !== xs.length) {
    throw new ShapeError(`${fn}: the subscripts ${JSON.stringify(subscripts)} name ${terms.length} operand(s) but ${xs.length} were given`);
  }
  const parsed = terms.map((t, k) => operandLabels(fn, t, k, (xs[k] as NDArray).shape));
  const nEll = Math.max(0, ...parsed.map((p) => p.ellipsis));
  const ellLabels = Array.from({ length: nEll }, (_, i) => -(nEll - i));
  let out: Label[];
  if (arrow === -1) {
    const count = new Map<Label, number>();
    for (const p of parsed) for (const l of p.labels) if (l >= 0) count.set(l, (count.get(l) ?? 0) + 1);
    out = [...ellLabels, ...[...count.keys()].filter((l) => count.get(l) === 1).sort((a, b) => a - b)];
  } else {
    const rhs = spec.slice(arrow + 2);
    if (rhs.includes("-") || rhs.includes(">") || rhs.includes(",")) throw new ShapeError(`${fn}: invalid output subscripts ${JSON.stringify(rhs)}`);
    const dots = rhs.indexOf("...");
    if (dots === -1 && nEll > 0) {
      throw new ShapeError(`${fn}: the operands' ellipsis stands for ${nEll} axis(es) but the output subscripts ${JSON.stringify(rhs)} have no "..." to put them; write "->...${rhs}" (or sum them explicitly)`);
    }
    const letters = [...rhs.replace("...", "")].map((c) => {
      if (!/[a-zA-Z]/.test(c)) throw new ShapeError(`${fn}: invalid subscript ${JSON.stringify(c)} in the output subscripts ${JSON.stringify(rhs)}`);
      return c.charCodeAt(0);
    });
    const seen = new Set<Label>();
    for (const l of letters) {
      if (seen.has(l)) throw new ShapeError(`${fn}: output subscript '${labelName(l)}' appears more than once in ${JSON.stringify(rhs)}`);
      seen.add(l);
      if (!parsed.some((p) => p.labels.includes(l))) {
        throw new ShapeError(`${fn}: output subscript '${labelName(l)}' does not appear in the input subscripts ${JSON.stringify(lhs)}`);
      }
    }
    if (dots === -1) out = letters;
    else {
      const b = [...rhs.slice(0, dots)].map((c) => c.charCodeAt(0));
      out = [...b, ...ellLabels, ...letters.slice(b.length)];
    }
  }
  const dtype = opts.dtype === undefined ? undefined : checkDType(fn, opts.dtype);
  if (dtype !== undefined) {
    // numpy's einsum casts its operands with casting="safe"
    for (const x of xs) {
      if (promoteTypes(x.dtype, dtype) !== dtype) throw new DTypeError(`${fn}: cannot cast an operand from ${x.dtype} to ${dtype} according to the rule 'safe'`);
    }
  }
  if (opts.out !== undefined && dtype === undefined) {
    // numpy computes in out's dtype, each operand cast to it with casting="safe"
    const o = opts.out as unknown;
    if (o instanceof NDArray) {
      for (const x of xs) {
        if (promoteTypes(x.dtype, o.dtype) !== o.dtype) throw new DTypeError(`${fn}: cannot cast an operand from ${x.dtype} to out's ${o.dtype} according to the rule 'safe'`);
      }
    }
  }
  // numpy's c_einsum computes in out's dtype (a bool sum into an int out counts); its pairwise
  // steps compute in the operands' dtypes and cast the last one into out
  const pairwise = optimize !== false && xs.length > 1;
  const outDType = opts.out instanceof NDArray ? opts.out.dtype : undefined;
  const result = pairwise
    ? contractPairwise(fn, xs, parsed.map((p) => p.labels), out, dtype, outDType, optimize === "optimal" ? "optimal" : "greedy")
    : contract(fn, xs, parsed.map((p) => p.labels), out, dtype ?? outDType);
  return opts.out === undefined ? result : writeOut(fn, result.data === (xs[0] as NDArray | undefined)?.data ? result.copy() : result, opts.out, "safe");
}

/**
 * The sum of products over the last `axes` axes of `a` and the first of `b` (a number, default
 * 2), or over the axes paired by `[axesA, axesB]`. The result's axes are `a`'s remaining ones,
 * then `b`'s.
 *
 * @example
 * import { arange, tensordot } from "ndarray-broadcast";
 * const a = arange(6).reshape(2, 3);
 * const b = arange(12).reshape(3, 4);
 * console.log(tensordot(a, b, 1).shape, tensordot(a, a, [[0, 1], [0, 1]]).tolist(), tensordot(a, arange(6).reshape(3, 2), [[1], [0]]).tolist());
 * // => [ 2, 4 ] 55 [ [ 10, 13 ], [ 28, 40 ] ]
 */
export function tensordot(a: NDArray | ArrayLike, b: NDArray | ArrayLike, axes: number | readonly [number | readonly number[], number | readonly number[]] = 2): NDArray {
  const fn = "tensordot";
  const x = asArray(fn, a);
  const y = asArray(fn, b);
  let ax: number[];
  let bx: number[];
  if (typeof axes === "number") {
    if (!Number.isInteger(axes) || axes < 0) throw new AxisError(`${fn}: axes must be a non-negative integer or a pair of axis lists, got ${axes}`);
    if (axes > x.ndim || axes > y.ndim) {
      throw new ShapeError(`${fn}: cannot sum over the last ${axes} axes of shape ${formatShape(x.shape)} and the first ${axes} of shape ${formatShape(y.shape)}`);
    }
    ax = Array.from({ length: axes }, (_, i) => x.ndim - axes + i);
    bx = Array.from({ length: axes }, (_, i) => i);
  } else if (Array.isArray(axes) && axes.length === 2) {
    const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
    ax = list(axes[0]).map((k) => normalizeAxis(fn, k, x.ndim));
    bx = list(axes[1]).map((k) => normalizeAxis(fn, k, y.ndim));
    if (ax.length !== bx.length) throw new ShapeError(`${fn}: the axis lists ${JSON.stringify(axes[0])} and ${JSON.stringify(axes[1])} have different lengths`);
  } else {
    throw new AxisError(`${fn}: axes must be a non-negative integer or a pair of axis lists, got ${describeType(axes)}`);
  }
  ax.forEach((i, k) => {
    const j = bx[k] as number;
    if (x.shape[i] !== y.shape[j]) {
      throw new ShapeError(`${fn}: shape-mismatch for sum: axis ${i} of ${formatShape(x.shape)} has ${x.shape[i]} and axis ${j} of ${formatShape(y.shape)} has ${y.shape[j]}`);
    }
  });
  if (new Set(ax).size !== ax.length || new Set(bx).size !== bx.length) throw new AxisError(`${fn}: repeated axis in ${JSON.stringify(axes)}`);
  // labels: a's free axes 0.., summed axes shared, b's free axes after
  let next = 0;
  const la = x.shape.map(() => next++);
  const lb = y.shape.map((_, j) => (bx.includes(j) ? (la[ax[bx.indexOf(j)] as number] as number) : next++));
  const outLabels = [...la.filter((_, i) => !ax.includes(i)), ...lb.filter((_, j) => !bx.includes(j))];
  return contract(fn, [x, y], [la, lb], outLabels);
}

/**
 * The dot product of vectors along `axis` (default -1) of each operand, the other axes
 * broadcasting (the Array API's `vecdot`; real dtypes, so no conjugation).
 *
 * @example
 * import { array, vecdot } from "ndarray-broadcast";
 * const v = array([[1, 2], [3, 4]]);
 * console.log(vecdot(v, array([1, 1])).tolist(), vecdot(v, v, { axis: 0 }).tolist());
 * // => [ 3, 7 ] [ 10, 20 ]
 */
export function vecdot(x1: NDArray | ArrayLike, x2: NDArray | ArrayLike, options?: { axis?: number; out?: NDArray }): NDArray {
  const fn = "vecdot";
  const x = asArray(fn, x1);
  const y = asArray(fn, x2);
  const opts = checkOptions<{ axis: number; out: NDArray }>(fn, options, ["axis", "out"]);
  const axis = opts.axis ?? -1;
  if (x.ndim === 0 || y.ndim === 0) throw new ShapeError(`${fn}: needs arrays of at least 1 dimension, got shapes ${formatShape(x.shape)} and ${formatShape(y.shape)}`);
  const i = normalizeAxis(fn, axis, x.ndim);
  const j = normalizeAxis(fn, axis, y.ndim);
  if (x.shape[i] !== y.shape[j]) {
    throw new ShapeError(`${fn}: the vectors differ in length: axis ${axis} of ${formatShape(x.shape)} has ${x.shape[i]} and of ${formatShape(y.shape)} has ${y.shape[j]}`);
  }
  // batch axes right-aligned (negative labels), the vector axis labelled 0
  const batch = Math.max(x.ndim, y.ndim) - 1;
  const result = contract(fn, [x, y], [batchLabels(x.ndim, i), batchLabels(y.ndim, j)], Array.from({ length: batch }, (_, m) => -(batch - m)));
  return opts.out === undefined ? result : writeOut(fn, result, opts.out, "same_kind");
}

/** Labels of an operand whose axis `k` is the vector (label 0) and whose other axes are batch axes, right-aligned as -n..-1. */
function batchLabels(ndim: number, k: number): Label[] {
  const out: Label[] = [];
  let b = ndim - 1;
  for (let m = 0; m < ndim; m++) out.push(m === k ? 0 : -b--);
  return out;
}
