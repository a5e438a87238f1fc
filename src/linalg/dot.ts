/**
 * `dot` and `outer`, as numpy.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { DTypeError, ReadOnlyError, ShapeError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import { assign, isCContiguous, viewOf, type NDArray } from "../ndarray.js";
import { binary, readOut, type OutOptions } from "../ops/elementwise.js";
import { shapesEqual } from "../validate.js";
import { matmulAs } from "./matmul.js";

/**
 * numpy's `dot`: the inner product of two vectors (a 0-d array), the matrix–vector and matrix
 * products, and in general the sum over the last axis of `a` and the second-to-last axis of `b`
 * (the only axis of a 1-D `b`). With a 0-d operand it is `multiply`.
 *
 * `{ out }` as numpy's `dot`, which is stricter than the elementwise functions: `out` must have
 * exactly the result's shape and dtype, be C-contiguous and writable. It may overlap the operands
 * (the product is computed first). Returns `out`.
 *
 * @example
 * import { array, dot } from "ndarray-broadcast";
 * console.log(dot(array([1, 2, 3]), array([4, 5, 6])).toString());
 * // => array(32.)
 * console.log(dot(array([[1, 2], [3, 4]]), array([1, -1])).toString());
 * // => array([-1., -1.])
 */
export function dot(a: NDArray | ArrayLike, b: NDArray | ArrayLike, options?: OutOptions): NDArray {
  const fn = "dot";
  const x = asArray(fn, a, 1);
  const y = asArray(fn, b, 2);
  const out = readOut(fn, options);
  const result = dotOf(fn, x, y);
  if (out === undefined) return result;
  if (out.dtype !== result.dtype) {
    throw new DTypeError(`${fn}: out has dtype ${out.dtype} but the result is ${result.dtype}; numpy's dot needs out of exactly the result's dtype`);
  }
  if (!shapesEqual(out.shape, result.shape) || !isCContiguous(viewOf(out))) {
    throw new ShapeError(
      `${fn}: out must be a C-contiguous array of the result's shape ${formatShape(result.shape)}; got ${isCContiguous(viewOf(out)) ? "" : "a non-contiguous array of "}shape ${formatShape(out.shape)}`,
    );
  }
  if (out.readonly) throw new ReadOnlyError(`${fn}: out of shape ${formatShape(out.shape)} is read-only (a broadcast view, or a view of one)`);
  if (out.size > 0) assign(viewOf(out), viewOf(result));
  return out;
}

function dotOf(fn: string, x: NDArray, y: NDArray): NDArray {
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
 * `{ out }` follows the elementwise functions' rules (numpy's `outer` is a `multiply`).
 *
 * @example
 * import { array, outer, ones } from "ndarray-broadcast";
 * console.log(outer(ones(2), array([1, 2, 3])).toString());
 * // => array([[1., 2., 3.],
 * //           [1., 2., 3.]])
 */
export function outer(a: NDArray | ArrayLike, b: NDArray | ArrayLike, options?: OutOptions): NDArray {
  const fn = "outer";
  const x = asArray(fn, a, 1);
  const y = asArray(fn, b, 2);
  return binary("multiply", x.reshape(-1, 1), y.reshape(1, -1), options, fn);
}
