/**
 * Broadcasting as zero-copy views: a stride of 0 repeats one element along an axis, so a
 * broadcast allocates nothing whatever its size.
 *
 * @module
 */
import { BroadcastError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import { asArray, type ArrayLike } from "../create.js";
import { NDArray } from "../ndarray.js";
import { scijsView } from "../scijs.js";
import { checkShape, type Shape } from "../validate.js";
import { broadcastShapesFor } from "./broadcast-shapes.js";

/**
 * The scijs view of `a` seen with `shape` (which `a.shape` must broadcast to; not checked):
 * `a`'s strides on its own axes, 0 on every added or stretched axis.
 */
export function broadcastView(a: NDArray, shape: Shape): ReturnType<NDArray["toNdarray"]> {
  return scijsView(a.data, a.dtype, shape, broadcastStrides(a, shape), a.offset);
}

/** `a`'s strides seen with `shape`: its own on its axes, 0 on every added or stretched axis. */
export function broadcastStrides(a: NDArray, shape: Shape): number[] {
  return stridesFor(a.shape, a.strides, shape);
}

/**
 * The strides of a view with `own` shape and `strides` seen with `shape` (which `own` must
 * broadcast to; not checked): one loop, no closure, for the per-call path of small operations.
 */
export function stridesFor(own: Shape, strides: readonly number[], shape: Shape): number[] {
  const n = shape.length;
  const lead = n - own.length;
  const result = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const k = i - lead;
    result[i] = k < 0 || (own[k] === 1 && shape[i] !== 1) ? 0 : (strides[k] as number);
  }
  return result;
}

/** Checks that `from` broadcasts to exactly `to` (the target never shrinks or changes). */
export function checkBroadcastTo(fn: string, from: Shape, to: Shape, what = "shape"): void {
  if (from.length > to.length) {
    throw new BroadcastError(
      `${fn}: cannot broadcast ${what} ${formatShape(from)} to ${formatShape(to)}: the target has fewer axes (${to.length}) than the array (${from.length})`,
    );
  }
  for (let j = 1; j <= from.length; j++) {
    const d = from[from.length - j] as number;
    const n = to[to.length - j] as number;
    if (d !== n && d !== 1) {
      throw new BroadcastError(
        `${fn}: cannot broadcast ${what} ${formatShape(from)} to ${formatShape(to)}: axis -${j} has ${d} where the target has ${n}; only an axis of size 1 can stretch`,
      );
    }
  }
}

/**
 * A **read-only** view of `a` with `shape`, sharing `a`'s memory: stride 0 on every axis that
 * is added on the left or stretched from size 1. O(1) in time and memory, whatever the size of
 * `shape`. More than one element of the view may refer to one memory cell, which is why it is
 * read-only; `copy()` it to get a writable array.
 *
 * @example
 * import { array, broadcastTo } from "ndarray-broadcast";
 * const v = array([1, 2, 3]);
 * const b = broadcastTo(v, [2, 3]);
 * console.log(b.toString(), b.strides, b.readonly);
 * // => array([[1., 2., 3.],
 * //           [1., 2., 3.]]) [ 0, 1 ] true
 */
export function broadcastTo(a: NDArray | ArrayLike, shape: number | readonly number[]): NDArray {
  const fn = "broadcastTo";
  const x = asArray(fn, a, 1);
  const target = checkShape(fn, shape);
  checkBroadcastTo(fn, x.shape, target);
  return new NDArray(broadcastView(x, target), x.dtype, true);
}

/**
 * Read-only views of all `arrays` with their common broadcast shape.
 *
 * @example
 * import { array, broadcastArrays } from "ndarray-broadcast";
 * const [x, y] = broadcastArrays(array([[1], [2]]), array([10, 20, 30]));
 * console.log(x.shape, y.shape, x.get(1, 2), y.get(1, 2));
 * // => [ 2, 3 ] [ 2, 3 ] 2 30
 */
export function broadcastArrays<T extends (NDArray | ArrayLike)[]>(...arrays: T): { [K in keyof T]: NDArray } {
  const xs = arrays.map((a) => asArray("broadcastArrays", a));
  const shape = broadcastShapesFor("broadcastArrays", xs.map((a) => a.shape));
  return xs.map((a) => new NDArray(broadcastView(a, shape), a.dtype, true)) as { [K in keyof T]: NDArray };
}
