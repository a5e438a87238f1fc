/**
 * `sort` and `argsort`: stable along any axis, NaN last, -0 and +0 equal (kept in their order),
 * with the Array API's `descending`.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { allocate } from "../dtype.js";
import { DTypeError } from "../errors.js";
import type { NDArray } from "../ndarray.js";
import { fromLanes, lanesOf } from "../ops/lanes.js";
import { booleanOption, choiceOption, positionalOr, readOptions } from "../ops/options.js";
import { normalizeAxis } from "../shape/axes.js";
import { argsortLane } from "./order.js";

/** Options of {@link sort} and {@link argsort}. */
export interface SortOptions {
  /** The axis to sort along (default -1, the last); `null` sorts the flattened array. */
  axis?: number | null;
  /** Largest first (Array API); equal elements still keep their order, NaN comes first. */
  descending?: boolean;
  /** Accepted for the Array API; the sort is always stable. */
  stable?: boolean | null;
  /** numpy's algorithm name; every kind gives the stable result (a valid answer for all of them). */
  kind?: "quicksort" | "mergesort" | "heapsort" | "stable" | null;
}

const OPTIONS = ["axis", "descending", "stable", "kind"];
const KINDS = ["quicksort", "mergesort", "heapsort", "stable"] as const;

/** The array and axis a sorting function works on: `axis: null` flattens. @internal */
export function sortTarget(fn: string, a: unknown, axisArg: unknown, options: unknown): { x: NDArray; axis: number; descending: boolean } {
  const [positional, rest] = positionalOr(axisArg as number | null | undefined, options);
  const opts = readOptions(fn, rest, OPTIONS);
  if (positional !== undefined && opts.axis !== undefined) throw new DTypeError(`${fn}: axis given twice, positionally and in the options`);
  const axis = positional !== undefined ? positional : opts.axis;
  const descending = booleanOption(fn, "descending", opts.descending, false);
  if (opts.stable !== undefined && opts.stable !== null) booleanOption(fn, "stable", opts.stable, true);
  if (opts.kind !== undefined && opts.kind !== null) choiceOption(fn, "kind", opts.kind, KINDS, "stable");
  let x = asArray(fn, a);
  if (axis === null) return { x: x.reshape(-1), axis: 0, descending };
  if (x.ndim === 0 && fn === "argsort") {
    // numpy's argsort of a 0-d array sorts it as a 1-element vector; sort refuses it (axis -1 of 0 axes)
    normalizeAxis(fn, axis ?? -1, 1);
    x = x.reshape(1);
    return { x, axis: 0, descending };
  }
  return { x, axis: normalizeAxis(fn, axis ?? -1, x.ndim), descending };
}

/**
 * A sorted copy along `axis` (default the last; `null` flattens): stable, NaN last, -0 and +0
 * equal and kept in their order, as numpy's `sort(kind="stable")`. With `descending` the largest
 * comes first (NaN first), equal elements still in their original order.
 * `sort(a, 0)` is `sort(a, { axis: 0 })`.
 *
 * @example
 * import { array, sort } from "ndarray-broadcast";
 * console.log(sort(array([3, NaN, 1, -Infinity, 2])).toString());
 * // => array([-inf,   1.,   2.,   3.,  nan])
 * console.log(sort(array([[3, 1], [0, 2]]), { axis: 0, descending: true }).toString());
 * // => array([[3., 2.],
 * //           [0., 1.]])
 */
export function sort(a: NDArray | ArrayLike, axis?: number | null | SortOptions, options?: SortOptions): NDArray {
  const t = sortTarget("sort", a, axis, options);
  const { data, outer, n } = lanesOf(t.x, t.axis);
  for (let o = 0; o < outer; o++) sortValues(data.subarray(o * n, (o + 1) * n), t.descending);
  const out = allocate(t.x.dtype, data.length);
  out.set(data);
  return fromLanes(out, t.x.dtype, t.x.shape, t.axis, n);
}

/**
 * Sorts one lane of values in place as the stable sort orders them. Values that compare equal are
 * the same bits except -0 and +0, so the engine's numeric sort (NaN last, -0 before +0) gives the
 * stable result once the run of zeros is rewritten with the zeros' signs in their input order
 * (S1 in bench/: the index sort and gather cost 1.2–1.3× `Float64Array.prototype.sort`).
 */
function sortValues(lane: Float64Array, descending: boolean): void {
  let negative = 0;
  let zeros = 0;
  for (let i = 0; i < lane.length; i++) {
    if (lane[i] === 0) {
      zeros++;
      if (Object.is(lane[i], -0)) negative++;
    }
  }
  const signs = negative > 0 && negative < zeros ? new Float64Array(zeros) : undefined;
  if (signs) for (let i = 0, k = 0; i < lane.length; i++) if (lane[i] === 0) signs[k++] = lane[i] as number;
  lane.sort();
  if (descending) {
    // the mirror order: NaN first, largest next; reversing keeps equal values' bits together
    lane.reverse();
  }
  if (!signs) return;
  let start = 0;
  while (lane[start] !== 0) start++;
  lane.set(signs, start);
}

/**
 * The indices that sort `a` along `axis` (default the last; `null` flattens), stable: equal
 * elements keep their order, NaN last. int32 indices (numpy: int64; every index of an array here
 * fits in int32). `descending` puts the largest first and still keeps ties in order.
 *
 * @example
 * import { argsort, array } from "ndarray-broadcast";
 * console.log(argsort(array([3, 1, 2, 1])).toString());
 * // => array([1, 3, 2, 0], dtype=int32)
 * console.log(argsort(array([3, 1, 2, 1]), { descending: true }).toString());
 * // => array([0, 2, 1, 3], dtype=int32)
 */
export function argsort(a: NDArray | ArrayLike, axis?: number | null | SortOptions, options?: SortOptions): NDArray {
  const t = sortTarget("argsort", a, axis, options);
  const { data, outer, n } = lanesOf(t.x, t.axis);
  const idx = new Int32Array(outer * n);
  for (let o = 0; o < outer; o++) argsortLane(data, o * n, n, idx.subarray(o * n, (o + 1) * n), t.descending);
  return fromLanes(idx, "int32", t.x.shape, t.axis, n);
}
