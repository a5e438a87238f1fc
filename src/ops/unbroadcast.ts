/**
 * `unbroadcast`: the adjoint of `broadcastTo`.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import type { NDArray } from "../ndarray.js";
import { checkBroadcastTo } from "../shape/broadcast-to.js";
import { checkShape } from "../validate.js";
import { sum } from "./reduce.js";

/**
 * Sums `g` back down to `shape`: over the axes that broadcasting `shape` to `g.shape` added on
 * the left, and over the axes it stretched from size 1. This is the transpose of `broadcastTo`
 * — `⟨broadcastTo(x, s), y⟩ = ⟨x, unbroadcast(y, x.shape)⟩` — and so the gradient rule of every
 * broadcasting operation. `shape` must broadcast to `g.shape`.
 *
 * @example
 * import { array, unbroadcast } from "ndarray-broadcast";
 * const g = array([[1, 2, 3], [4, 5, 6]]);
 * console.log(unbroadcast(g, [3]).toString(), unbroadcast(g, [2, 1]).toString());
 * // => array([5., 7., 9.]) array([[ 6.],
 * //           [15.]])
 */
export function unbroadcast(g: NDArray | ArrayLike, shape: number | readonly number[]): NDArray {
  const fn = "unbroadcast";
  const x = asArray(fn, g);
  const target = checkShape(fn, shape, { allocate: false });
  checkBroadcastTo(fn, target, x.shape, "shape");
  const lead = x.ndim - target.length;
  const axes = x.shape.flatMap((n, i) => (i < lead || (target[i - lead] === 1 && n !== 1) ? [i] : []));
  return sum(x, { axis: axes, keepdims: true }).reshape([...target]);
}
