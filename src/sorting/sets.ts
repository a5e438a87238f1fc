/**
 * Sets: the Array API's `uniqueValues`, `uniqueCounts`, `uniqueInverse`, `uniqueAll`, numpy's
 * `unique` (with `axis`), and the 1-D set functions `intersect1d`, `union1d`, `setdiff1d`,
 * `setxor1d`. Everything is one stable sort and one scan over it: each group of equal elements
 * gives one value, the index of its first occurrence, its count, and the inverse entries.
 *
 * Equality is numpy's: -0 equals +0 (the first one in the input is kept), and NaN never equals NaN
 * except where numpy's `equal_nan` (default true in `unique`) collapses all NaNs into one. The
 * Array API functions keep every NaN apart, as numpy's `unique_values` & co. do.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { allocate, promoteTypes, type DType } from "../dtype.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { flatValues, fromLanes, lanesOf } from "../ops/lanes.js";
import { booleanOption, choiceOption, readOptions } from "../ops/options.js";
import { normalizeAxis } from "../shape/axes.js";
import { argsortLane, bisect, lessThan } from "./order.js";

/** The groups of equal elements of a stable sort. */
interface Groups {
  /** The stable sort permutation. */
  perm: Int32Array;
  /** Where each group starts in `perm`, and `n` at the end (length groups + 1). */
  starts: Int32Array;
}

/** Groups the sorted values: a new group wherever an element differs from the one before. */
function groupSorted(values: Float64Array, perm: Int32Array, equalNan: boolean): Groups {
  const n = perm.length;
  const starts = new Int32Array(n + 1);
  let g = 0;
  let prev = NaN;
  for (let k = 0; k < n; k++) {
    const v = values[perm[k] as number] as number;
    // -0 === 0; NaN !== NaN unless equal_nan folds them
    if (k === 0 || !(v === prev || (equalNan && v !== v && prev !== prev))) starts[g++] = k;
    prev = v;
  }
  starts[g] = n;
  return { perm, starts: starts.slice(0, g + 1) };
}

function groupValues(values: Float64Array, equalNan: boolean): Groups {
  const perm = new Int32Array(values.length);
  argsortLane(values, 0, values.length, perm, false);
  return groupSorted(values, perm, equalNan);
}

interface UniqueParts {
  values: NDArray;
  indices: NDArray;
  inverse: NDArray;
  counts: NDArray;
}

/** The unique elements of the flattened `x` and their first indices, inverse (shape of `x`) and counts. */
function uniqueFlat(x: NDArray, equalNan: boolean): UniqueParts {
  const data = flatValues(x);
  const { perm, starts } = groupValues(data, equalNan);
  const m = starts.length - 1;
  const values = allocate(x.dtype, m);
  const indices = new Int32Array(m);
  const counts = new Int32Array(m);
  const inverse = new Int32Array(data.length);
  for (let g = 0; g < m; g++) {
    const s = starts[g] as number;
    const e = starts[g + 1] as number;
    const first = perm[s] as number;
    values[g] = data[first] as number;
    indices[g] = first;
    counts[g] = e - s;
    for (let k = s; k < e; k++) inverse[perm[k] as number] = g;
  }
  return {
    values: freshArray(x.dtype, [m], values),
    indices: freshArray("int32", [m], indices),
    inverse: freshArray("int32", x.shape, inverse),
    counts: freshArray("int32", [m], counts),
  };
}

/** The unique subarrays along `axis`: rows compared element by element, lexicographically (NaN last). */
function uniqueAlong(x: NDArray, axis: number): UniqueParts {
  const { data, outer, n } = lanesOf(x, axis);
  // lanes are (others) × n: read row r (one index along axis) as data[o * n + r] for o in others
  const rows = n;
  const width = outer;
  const at = (r: number, o: number): number => data[o * n + r] as number;
  const compare = (a: number, b: number): number => {
    for (let o = 0; o < width; o++) {
      const u = at(a, o);
      const v = at(b, o);
      if (lessThan(u, v)) return -1;
      if (lessThan(v, u)) return 1;
    }
    return 0;
  };
  const order = Array.from({ length: rows }, (_, i) => i).sort((a, b) => compare(a, b) || a - b);
  const equal = (a: number, b: number): boolean => {
    for (let o = 0; o < width; o++) if (at(a, o) !== at(b, o)) return false;
    return true;
  };
  const starts: number[] = [];
  order.forEach((r, k) => {
    if (k === 0 || !equal(r, order[k - 1] as number)) starts.push(k);
  });
  starts.push(rows);
  const m = starts.length - 1;
  const picked = allocate(x.dtype, width * m);
  const indices = new Int32Array(m);
  const counts = new Int32Array(m);
  const inverse = new Int32Array(rows);
  for (let g = 0; g < m; g++) {
    const s = starts[g] as number;
    const e = starts[g + 1] as number;
    const first = order[s] as number;
    for (let o = 0; o < width; o++) picked[o * m + g] = at(first, o);
    indices[g] = first;
    counts[g] = e - s;
    for (let k = s; k < e; k++) inverse[order[k] as number] = g;
  }
  return {
    values: fromLanes(picked, x.dtype, x.shape, axis, m),
    indices: freshArray("int32", [m], indices),
    inverse: freshArray("int32", [rows], inverse),
    counts: freshArray("int32", [m], counts),
  };
}

/** Options of {@link unique}. */
export interface UniqueOptions {
  /** Also return the index of each unique value's first occurrence. */
  returnIndex?: boolean;
  /** Also return the indices that rebuild the input from the unique values. */
  returnInverse?: boolean;
  /** Also return how often each unique value occurs. */
  returnCounts?: boolean;
  /** Unique subarrays along this axis; the flattened array when omitted or `null`. */
  axis?: number | null;
  /** Treat all NaNs as one value (numpy's default, true). */
  equalNan?: boolean;
  /** Accepted for numpy 2.3's keyword; the result is always sorted. */
  sorted?: boolean;
}

/**
 * numpy's `unique`: the sorted unique elements of the flattened array (or the unique subarrays
 * along `axis`). With `returnIndex`, `returnInverse` or `returnCounts` the result is a JS array
 * `[values, index?, inverse?, counts?]` in that order (numpy's tuple). All NaNs count as one
 * (`equalNan: false` keeps them apart); -0 and +0 are one value. Indices and counts are int32;
 * the inverse has the input's shape (1-D along `axis`).
 *
 * @example
 * import { array, unique } from "ndarray-broadcast";
 * console.log(unique(array([3, 1, NaN, 3, NaN])).toString());
 * // => array([ 1.,  3., nan])
 * const [values, counts] = unique(array([2, 1, 2, 2]), { returnCounts: true });
 * console.log(String(values), String(counts));
 * // => array([1., 2.]) array([1, 3], dtype=int32)
 */
export function unique(a: NDArray | ArrayLike, options?: UniqueOptions & { returnIndex?: false; returnInverse?: false; returnCounts?: false }): NDArray;
export function unique(
  a: NDArray | ArrayLike,
  options: UniqueOptions & ({ returnIndex: true } | { returnInverse: true } | { returnCounts: true }),
): NDArray[];
export function unique(a: NDArray | ArrayLike, options?: UniqueOptions): NDArray | NDArray[];
export function unique(a: NDArray | ArrayLike, options?: UniqueOptions): NDArray | NDArray[] {
  const fn = "unique";
  const opts = readOptions(fn, options, ["returnIndex", "returnInverse", "returnCounts", "axis", "equalNan", "sorted"]);
  const wantIndex = booleanOption(fn, "returnIndex", opts.returnIndex, false);
  const wantInverse = booleanOption(fn, "returnInverse", opts.returnInverse, false);
  const wantCounts = booleanOption(fn, "returnCounts", opts.returnCounts, false);
  const equalNan = booleanOption(fn, "equalNan", opts.equalNan, true);
  booleanOption(fn, "sorted", opts.sorted, true);
  const x = asArray(fn, a);
  let parts: UniqueParts;
  if (opts.axis === undefined || opts.axis === null) parts = uniqueFlat(x, equalNan);
  else {
    const axis = normalizeAxis(fn, opts.axis, x.ndim);
    parts = uniqueAlong(x, axis);
  }
  if (!wantIndex && !wantInverse && !wantCounts) return parts.values;
  const out = [parts.values];
  if (wantIndex) out.push(parts.indices);
  if (wantInverse) out.push(parts.inverse);
  if (wantCounts) out.push(parts.counts);
  return out;
}

/** What {@link uniqueCounts} returns (the Array API's `unique_counts` record). */
export interface UniqueCountsResult {
  /** The unique elements, sorted (NaN last, each NaN its own value). */
  values: NDArray;
  /** How often each occurs (int32). */
  counts: NDArray;
}

/** What {@link uniqueInverse} returns (the Array API's `unique_inverse` record). */
export interface UniqueInverseResult {
  /** The unique elements, sorted. */
  values: NDArray;
  /** For each element of the input (its shape), the index of its value in `values` (int32). */
  inverseIndices: NDArray;
}

/** What {@link uniqueAll} returns (the Array API's `unique_all` record). */
export interface UniqueAllResult {
  /** The unique elements, sorted. */
  values: NDArray;
  /** The index of each value's first occurrence in the flattened input (int32). */
  indices: NDArray;
  /** For each element of the input (its shape), the index of its value in `values` (int32). */
  inverseIndices: NDArray;
  /** How often each value occurs (int32). */
  counts: NDArray;
}

/**
 * The unique elements of `x`, sorted; every NaN is its own value (the Array API's rule; numpy
 * 2.3+ may return them unsorted, which the standard allows).
 *
 * @example
 * import { array, uniqueValues } from "ndarray-broadcast";
 * console.log(uniqueValues(array([[2, 1], [2, 3]])).toString());
 * // => array([1., 2., 3.])
 */
export function uniqueValues(x: NDArray | ArrayLike): NDArray {
  return uniqueFlat(asArray("uniqueValues", x), false).values;
}

/**
 * The unique elements and how often each occurs: `{ values, counts }` (counts int32).
 *
 * @example
 * import { array, uniqueCounts } from "ndarray-broadcast";
 * const { values, counts } = uniqueCounts(array([5, 4, 5]));
 * console.log(values.toString(), counts.toString());
 * // => array([4., 5.]) array([1, 2], dtype=int32)
 */
export function uniqueCounts(x: NDArray | ArrayLike): UniqueCountsResult {
  const p = uniqueFlat(asArray("uniqueCounts", x), false);
  return { values: p.values, counts: p.counts };
}

/**
 * The unique elements and the indices that rebuild `x` from them: `{ values, inverseIndices }`,
 * `inverseIndices` with `x`'s shape.
 *
 * @example
 * import { array, uniqueInverse } from "ndarray-broadcast";
 * const { values, inverseIndices } = uniqueInverse(array([[5, 4], [4, 5]]));
 * console.log(values.toString());
 * // => array([4., 5.])
 * console.log(inverseIndices.toString());
 * // => array([[1, 0],
 * //           [0, 1]], dtype=int32)
 */
export function uniqueInverse(x: NDArray | ArrayLike): UniqueInverseResult {
  const p = uniqueFlat(asArray("uniqueInverse", x), false);
  return { values: p.values, inverseIndices: p.inverse };
}

/**
 * Everything at once: `{ values, indices, inverseIndices, counts }` (the Array API's
 * `unique_all`): `indices` are the first occurrences in the flattened `x`.
 *
 * @example
 * import { array, uniqueAll } from "ndarray-broadcast";
 * const u = uniqueAll(array([3, 1, 3]));
 * console.log(u.values.toString(), u.indices.toString(), u.inverseIndices.toString(), u.counts.toString());
 * // => array([1., 3.]) array([1, 0], dtype=int32) array([1, 0, 1], dtype=int32) array([1, 2], dtype=int32)
 */
export function uniqueAll(x: NDArray | ArrayLike): UniqueAllResult {
  const p = uniqueFlat(asArray("uniqueAll", x), false);
  return { values: p.values, indices: p.indices, inverseIndices: p.inverse, counts: p.counts };
}

/** Options of the 1-D set functions. */
export interface SetOptions {
  /** Both inputs are already unique: skip that step (as numpy, the result is then unspecified if they are not). */
  assumeUnique?: boolean;
}

/** The flattened values of `x`, as numpy's `unique(x)` (NaNs folded) unless `assumeUnique`. */
interface SetInput {
  values: Float64Array;
  dtype: DType;
  /** The index in the input of each of `values`. */
  first: Int32Array;
}

function setInput(fn: string, x: unknown, assumeUnique: boolean): SetInput {
  const a = asArray(fn, x);
  if (assumeUnique) {
    const values = flatValues(a);
    return { values, dtype: a.dtype, first: Int32Array.from(values, (_, i) => i) };
  }
  const u = uniqueFlat(a, true);
  return { values: lanesOf(u.values, 0).data, dtype: a.dtype, first: u.indices.data as Int32Array };
}

/** The options and both inputs of a 1-D set function (each made unique unless `assumeUnique`). */
function setInputs(fn: string, ar1: unknown, ar2: unknown, options: unknown, extra: readonly string[] = []): { a: SetInput; b: SetInput; opts: Record<string, unknown> } {
  const opts = readOptions(fn, options, ["assumeUnique", ...extra]);
  const assume = booleanOption(fn, "assumeUnique", opts.assumeUnique, false);
  return { a: setInput(fn, ar1, assume), b: setInput(fn, ar2, assume), opts };
}

/** numpy's concatenate-and-stable-sort of two set inputs: the merged values and their origins. */
function mergeSorted(a: Float64Array, b: Float64Array): { sorted: Float64Array; perm: Int32Array } {
  const all = new Float64Array(a.length + b.length);
  all.set(a);
  all.set(b, a.length);
  const perm = new Int32Array(all.length);
  argsortLane(all, 0, all.length, perm, false);
  const sorted = Float64Array.from(perm, (i) => all[i] as number);
  return { sorted, perm };
}

function result1d(dtype: DType, values: readonly number[] | Float64Array): NDArray {
  const out = allocate(dtype, values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] as number;
  return freshArray(dtype, [values.length], out);
}

/** Options of {@link intersect1d}. */
export interface Intersect1dOptions extends SetOptions {
  /** Also return the indices of the common values' first occurrences in each input: `[values, i1, i2]`. */
  returnIndices?: boolean;
}

/**
 * The sorted values in both arrays (flattened). NaN is never in the intersection (NaN ≠ NaN).
 * With `returnIndices` the result is `[values, indices1, indices2]` (first occurrences).
 *
 * @example
 * import { array, intersect1d } from "ndarray-broadcast";
 * console.log(intersect1d(array([1, 3, 4, 3]), array([3, 1, 2, 1])).toString());
 * // => array([1., 3.])
 */
export function intersect1d(ar1: NDArray | ArrayLike, ar2: NDArray | ArrayLike, options?: Intersect1dOptions & { returnIndices?: false }): NDArray;
export function intersect1d(ar1: NDArray | ArrayLike, ar2: NDArray | ArrayLike, options: Intersect1dOptions & { returnIndices: true }): NDArray[];
export function intersect1d(ar1: NDArray | ArrayLike, ar2: NDArray | ArrayLike, options?: Intersect1dOptions): NDArray | NDArray[];
export function intersect1d(ar1: NDArray | ArrayLike, ar2: NDArray | ArrayLike, options?: Intersect1dOptions): NDArray | NDArray[] {
  const fn = "intersect1d";
  const { a, b, opts } = setInputs(fn, ar1, ar2, options, ["returnIndices"]);
  const withIndices = booleanOption(fn, "returnIndices", opts.returnIndices, false);
  const { sorted, perm } = mergeSorted(a.values, b.values);
  const values: number[] = [];
  const i1: number[] = [];
  const i2: number[] = [];
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k] === sorted[k - 1]) {
      values.push(sorted[k - 1] as number);
      i1.push(a.first[perm[k - 1] as number] as number);
      i2.push(b.first[(perm[k] as number) - a.values.length] as number);
    }
  }
  const dtype = promoteTypes(a.dtype, b.dtype);
  const common = result1d(dtype, values);
  if (!withIndices) return common;
  return [common, freshArray("int32", [i1.length], Int32Array.from(i1)), freshArray("int32", [i2.length], Int32Array.from(i2))];
}

/**
 * The sorted values in either array (flattened): `unique(concat(ravel(a), ravel(b)))`, NaNs
 * folded into one.
 *
 * @example
 * import { array, union1d } from "ndarray-broadcast";
 * console.log(union1d(array([-1, 0, 1]), array([-2, 0, 2])).toString());
 * // => array([-2., -1.,  0.,  1.,  2.])
 */
export function union1d(ar1: NDArray | ArrayLike, ar2: NDArray | ArrayLike, options?: Record<string, never>): NDArray {
  const fn = "union1d";
  readOptions(fn, options, []);
  const a = asArray(fn, ar1);
  const b = asArray(fn, ar2);
  const { sorted } = mergeSorted(flatValues(a), flatValues(b));
  const dtype = promoteTypes(a.dtype, b.dtype);
  return uniqueFlat(result1d(dtype, sorted), true).values;
}

/** Whether each of `values` equals some element of the sorted `keys` (NaN equals nothing). */
function memberOf(values: Float64Array, keys: Float64Array): Uint8Array {
  const found = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const t = values[i] as number;
    const lo = bisect(keys, keys.length, t, false);
    found[i] = lo < keys.length && keys[lo] === t ? 1 : 0;
  }
  return found;
}

/** `keys` sorted (NaN last), for {@link memberOf}. */
function sortedKeys(values: Float64Array): Float64Array {
  return Float64Array.from(values).sort();
}

/**
 * The sorted unique values of `ar1` that are not in `ar2` (flattened). A NaN of `ar1` stays:
 * it equals nothing in `ar2`.
 *
 * @example
 * import { array, setdiff1d } from "ndarray-broadcast";
 * console.log(setdiff1d(array([1, 2, 3, 2, 4, 1]), array([3, 4, 5, 6])).toString());
 * // => array([1., 2.])
 */
export function setdiff1d(ar1: NDArray | ArrayLike, ar2: NDArray | ArrayLike, options?: SetOptions): NDArray {
  const { a, b } = setInputs("setdiff1d", ar1, ar2, options);
  const inB = memberOf(a.values, sortedKeys(b.values));
  return result1d(a.dtype, a.values.filter((_, i) => inB[i] === 0));
}

/**
 * The sorted values in exactly one of the arrays (flattened). Each input's NaNs fold into one,
 * and a NaN never matches another, so a NaN in both inputs appears twice — as numpy.
 *
 * @example
 * import { array, setxor1d } from "ndarray-broadcast";
 * console.log(setxor1d(array([1, 2, 3, 2, 4]), array([2, 3, 5, 7, 5])).toString());
 * // => array([1., 4., 5., 7.])
 */
export function setxor1d(ar1: NDArray | ArrayLike, ar2: NDArray | ArrayLike, options?: SetOptions): NDArray {
  const { a, b } = setInputs("setxor1d", ar1, ar2, options);
  const { sorted } = mergeSorted(a.values, b.values);
  const n = sorted.length;
  // numpy: keep aux[i] where it differs from both neighbours
  const kept = sorted.filter((v, i) => (i === 0 || v !== sorted[i - 1]) && (i === n - 1 || v !== sorted[i + 1]));
  return result1d(promoteTypes(a.dtype, b.dtype), kept);
}

/** Options of {@link isin}. */
export interface IsinOptions {
  /** Both inputs are already unique (accepted; the answer is the same). */
  assumeUnique?: boolean;
  /** Answer "not in" instead. */
  invert?: boolean;
  /** numpy's algorithm choice (`"sort"` or `"table"`); both give the same answer. */
  kind?: "sort" | "table" | null;
}

/**
 * Whether each element of `element` is in `testElements` (flattened): a bool array of
 * `element`'s shape. NaN is in nothing (NaN ≠ NaN); -0 is in a set holding +0. `invert: true`
 * gives "not in".
 *
 * @example
 * import { array, isin } from "ndarray-broadcast";
 * console.log(isin(array([[0, 2], [4, 6]]), [1, 2, 4, 8]).toString());
 * // => array([[False,  True],
 * //           [ True, False]])
 */
export function isin(element: NDArray | ArrayLike, testElements: NDArray | ArrayLike, options?: IsinOptions): NDArray {
  const fn = "isin";
  const opts = readOptions(fn, options, ["assumeUnique", "invert", "kind"]);
  booleanOption(fn, "assumeUnique", opts.assumeUnique, false);
  const invert = booleanOption(fn, "invert", opts.invert, false);
  if (opts.kind !== undefined && opts.kind !== null) choiceOption(fn, "kind", opts.kind, ["sort", "table"], "sort");
  const e = asArray(fn, element);
  const t = asArray(fn, testElements);
  const values = flatValues(e);
  const keys = sortedKeys(flatValues(t));
  const mask = memberOf(values, keys);
  if (invert) for (let i = 0; i < mask.length; i++) mask[i] = mask[i] ? 0 : 1;
  return freshArray("bool", e.shape, mask);
}
