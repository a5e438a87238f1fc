/**
 * `partition`, `argpartition` and `lexsort`.
 *
 * numpy's partition promises only that the `kth` element is where a sort would put it, with
 * nothing larger before it and nothing smaller after it; which order the rest takes is
 * unspecified. Here it is the stable sort's order — one of the valid answers, and with the radix
 * sort of long lanes not slower than a selection in practice.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { DTypeError, IndexError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { fromLanes, lanesOf } from "../ops/lanes.js";
import { positionalOr, readOptions } from "../ops/options.js";
import { normalizeAxis } from "../shape/axes.js";
import { shapesEqual, shapeSize } from "../validate.js";
import { argsortLane } from "./order.js";
import { argsort, sort } from "./sort.js";

/** Options of {@link partition} and {@link argpartition}. */
export interface PartitionOptions {
  /** The axis to partition along (default -1); `null` flattens. */
  axis?: number | null;
  /** numpy's selection algorithm name; only `"introselect"` exists. */
  kind?: "introselect";
}

/** Checks `kth` (an integer or a list) against the length `n` of the partitioned axis. */
function checkKth(fn: string, kth: unknown, n: number): void {
  const list = Array.isArray(kth) ? (kth as unknown[]) : [kth];
  for (const k of list) {
    if (typeof k !== "number" || !Number.isInteger(k)) throw new DTypeError(`${fn}: kth must be an integer or a list of integers, got ${describeType(k)}`);
    if (k < -n || k >= n) throw new ShapeError(`${fn}: kth(=${k}) out of bounds (${n}) for an axis of length ${n}`);
  }
}

function partitionArgs(fn: string, a: unknown, kth: unknown, axis: unknown, options: unknown): { x: NDArray; axis: number | null } {
  const [positional, rest] = positionalOr(axis as number | null | undefined, options);
  const opts = readOptions(fn, rest, ["axis", "kind"]);
  if (opts.kind !== undefined && opts.kind !== "introselect") throw new DTypeError(`${fn}: kind must be "introselect", got ${String(opts.kind)}`);
  const ax = positional !== undefined ? positional : opts.axis;
  const x = asArray(fn, a);
  if (ax === null) {
    checkKth(fn, kth, x.size);
    return { x, axis: null };
  }
  if (x.ndim === 0) throw new ShapeError(`${fn}: a 0-d array cannot be partitioned; use axis: null`);
  const k = normalizeAxis(fn, ax ?? -1, x.ndim);
  checkKth(fn, kth, x.shape[k] as number);
  return { x, axis: k };
}

/**
 * A copy of `a` partitioned around `kth` along `axis`: the element at each `kth` is the one a
 * sort puts there, none before it is larger and none after it smaller (NaN counts as largest).
 * The order within the two sides is unspecified by numpy; here it is sorted.
 *
 * @example
 * import { array, partition } from "ndarray-broadcast";
 * const p = partition(array([7, 1, 5, 3, 9]), 2);
 * console.log(p.get(2));
 * // => 5
 */
export function partition(a: NDArray | ArrayLike, kth: number | readonly number[], axis?: number | null | PartitionOptions, options?: PartitionOptions): NDArray {
  const t = partitionArgs("partition", a, kth, axis, options);
  return sort(t.x, { axis: t.axis });
}

/**
 * The indices that would partition `a` around `kth` along `axis` (int32), as {@link partition}:
 * `a` gathered by them is partitioned.
 *
 * @example
 * import { argpartition, array } from "ndarray-broadcast";
 * console.log(argpartition(array([7, 1, 5, 3, 9]), 1).get(1));
 * // => 3
 */
export function argpartition(a: NDArray | ArrayLike, kth: number | readonly number[], axis?: number | null | PartitionOptions, options?: PartitionOptions): NDArray {
  const t = partitionArgs("argpartition", a, kth, axis, options);
  return argsort(t.x, { axis: t.axis });
}

/** Options of {@link lexsort}. */
export interface LexsortOptions {
  /** The axis to sort along (default -1). */
  axis?: number;
}

/**
 * The stable indirect sort by several keys: the **last** key is the primary one, as numpy's
 * `lexsort`. `keys` is a list of arrays of one shape (or a 2-D array whose rows are the keys).
 * int32 indices.
 *
 * @example
 * import { array, lexsort } from "ndarray-broadcast";
 * const surnames = array([2, 1, 2, 1]);
 * const names = array([1, 2, 0, 1]);
 * console.log(lexsort([names, surnames]).toString());
 * // => array([3, 1, 2, 0], dtype=int32)
 */
export function lexsort(keys: NDArray | readonly (NDArray | ArrayLike)[], axis?: number | LexsortOptions, options?: LexsortOptions): NDArray {
  const fn = "lexsort";
  const [positional, rest] = positionalOr(axis, options);
  const opts = readOptions(fn, rest, ["axis"]);
  const ax = positional !== undefined ? positional : opts.axis;
  let list: NDArray[];
  if (Array.isArray(keys)) list = (keys as unknown[]).map((k) => asArray(fn, k));
  else {
    const k = asArray(fn, keys);
    if (k.ndim === 0) throw new ShapeError(`${fn}: keys must be a list of arrays or an array of at least 1 axis, got shape ()`);
    list = rowsOf(k);
  }
  if (list.length === 0) throw new IndexError(`${fn}: need at least one key to sort by`);
  const shape = (list[0] as NDArray).shape;
  for (const k of list) {
    if (!shapesEqual(k.shape, shape)) {
      throw new ShapeError(`${fn}: all keys need the same shape, got ${list.map((l) => formatShape(l.shape)).join(" and ")}`);
    }
  }
  if (shape.length === 0) throw new ShapeError(`${fn}: the keys are 0-d; they need at least one axis`);
  const axisN = normalizeAxis(fn, ax ?? -1, shape.length);
  const lanes = list.map((k) => lanesOf(k, axisN));
  const { outer, n } = lanes[0] as { outer: number; n: number };
  const out = new Int32Array(outer * n);
  const gathered = new Float64Array(n);
  const step = new Int32Array(n);
  const next = new Int32Array(n);
  for (let o = 0; o < outer; o++) {
    const perm = out.subarray(o * n, (o + 1) * n);
    for (let i = 0; i < n; i++) perm[i] = i;
    // stable sorts from the first key to the last: the last key decides, earlier ones break ties
    for (const { data } of lanes) {
      for (let i = 0; i < n; i++) gathered[i] = data[o * n + (perm[i] as number)] as number;
      argsortLane(gathered, 0, n, step, false);
      for (let i = 0; i < n; i++) next[i] = perm[step[i] as number] as number;
      perm.set(next);
    }
  }
  return fromLanes(out, "int32", shape, axisN, n);
}

/** The subarrays of `k` along its first axis, each its own C-contiguous array. */
function rowsOf(k: NDArray): NDArray[] {
  const c = k.copy();
  const rows = k.shape[0] as number;
  const rest = k.shape.slice(1);
  const size = shapeSize(rest);
  return Array.from({ length: rows }, (_, i) => freshArray(k.dtype, rest, c.data.slice(i * size, (i + 1) * size)));
}
