/**
 * `dot` and `outer`, as numpy.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { ShapeError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import type { NDArray } from "../ndarray.js";
import { binary } from "../ops/elementwise.js";
import { matmulAs } from "./matmul.js";

/**
 * numpy's `dot`: the inner product of two vectors (a 0-d array), the matrix–vector and matrix
 * products, and in general the sum over the last axis of `a` and the second-to-last axis of `b`
 * (the only axis of a 1-D `b`). With a 0-d operand it is `multiply`.
 *
 * @example
 * import { array, dot } from "ndarray-broadcast";
 * console.log(dot(array([1, 2, 3]), array([4, 5, 6])).toString());
 * // => array(32.)
 * console.log(dot(array([[1, 2], [3, 4]]), array([1, -1])).toString());
 * // => array([-1., -1.])
 */
export function dot(a: NDArray | ArrayLike, b: NDArray | ArrayLike): NDArray {
  const fn = "dot";
  const x = asArray(fn, a);
  const y = asArray(fn, b);
  if (x.ndim === 0 || y.ndim === 0) return binary("multiply", x, y, undefined, fn);
  const k = x.shape[x.ndim - 1] as number;
  const axisB = y.ndim === 1 ? 0 : y.ndim - 2;
  const k2 = y.shape[axisB] as number;
  if (k !== k2) {
    throw new ShapeError(
      `${fn}: shapes ${formatShape(x.shape)} and ${formatShape(y.shape)} not aligned: ${k} (dim ${x.ndim - 1}) != ${k2} (dim ${axisB})`,
    );
  }
  const size = (s: readonly number[]): number => s.reduce((p, d) => p * d, 1);
  const rows = x.reshape(size(x.shape.slice(0, -1)), k);
  if (y.ndim === 1) return matmulAs(fn, rows, y).reshape(x.shape.slice(0, -1));
  // Move b's summed axis to the front and flatten the rest: (k, everything else in order).
  const order = [axisB, ...y.shape.map((_, i) => i).filter((i) => i !== axisB)];
  const cols = y.transpose(...order).reshape(k, size(order.slice(1).map((i) => y.shape[i] as number)));
  return matmulAs(fn, rows, cols).reshape([...x.shape.slice(0, -1), ...y.shape.slice(0, -2), y.shape[y.ndim - 1] as number]);
}

/**
 * The outer product `a bᵀ` of the flattened inputs (numpy's `outer`): `out[i, j] = a[i] · b[j]`.
 *
 * @example
 * import { array, outer, ones } from "ndarray-broadcast";
 * console.log(outer(ones(2), array([1, 2, 3])).toString());
 * // => array([[1., 2., 3.],
 * //           [1., 2., 3.]])
 */
export function outer(a: NDArray | ArrayLike, b: NDArray | ArrayLike): NDArray {
  const fn = "outer";
  const x = asArray(fn, a);
  const y = asArray(fn, b);
  return binary("multiply", x.reshape(-1, 1), y.reshape(1, -1), undefined, fn);
}
