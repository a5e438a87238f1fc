/**
 * Iteration over the first axis and `length`, as numpy's `for row in a` and `len(a)`.
 *
 * @module
 */
import { ShapeError } from "../errors.js";
import type { NDArray } from "../ndarray.js";
import { index } from "./index-array.js";

/**
 * The rows of `a` along its first axis, each `index(a, i)`: views for an array of rank ≥ 2, 0-d
 * copies (numpy's scalars) for a 1-D array. A 0-d array has no first axis and is refused, as
 * numpy refuses it. What `for (const row of a)` walks.
 *
 * @example
 * import { arange } from "ndarray-broadcast";
 * const rows: string[] = [];
 * for (const row of arange(4).reshape(2, 2)) rows.push(row.toString());
 * console.log(rows.join(" "), arange(6).reshape(3, 2).length);
 * // => array([0., 1.]) array([2., 3.]) 3
 */
export function* iterateRows(a: NDArray): Generator<NDArray, void, undefined> {
  const n = firstAxis("iteration", a);
  for (let i = 0; i < n; i++) yield index(a, i);
}

/** `shape[0]`, or a `ShapeError` for a 0-d array (numpy's `len()` of an unsized object). @internal */
export function firstAxis(what: string, a: NDArray): number {
  if (a.ndim === 0) {
    throw new ShapeError(`${what}: a 0-d array has no first axis (numpy: ${what === "length" ? "len() of unsized object" : "iteration over a 0-d array"}); read its value with get()`);
  }
  return a.shape[0] as number;
}
