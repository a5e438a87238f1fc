/**
 * Broadcasting written out as what it is: products with all-ones vectors.
 *
 * @module
 */
import { asArray, ones, type ArrayLike } from "../create.js";
import { allocate } from "../dtype.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { checkBroadcastTo } from "../shape/broadcast-to.js";
import { checkShape, shapeSize } from "../validate.js";

/**
 * The outer product of `x` (C-contiguous, size 1 on `axis`) with the all-ones vector `1ₙ` along
 * `axis`: `out[…, i, …] = x[…, 0, …] · 1ₙ[i]`.
 */
function outerWithOnes(x: NDArray, axis: number, n: number): NDArray {
  const shape = x.shape.slice();
  shape[axis] = n;
  const onesN = ones(n, { dtype: x.dtype }).data;
  const src = x.data;
  const before = shapeSize(x.shape.slice(0, axis));
  const after = shapeSize(x.shape.slice(axis + 1));
  const out = allocate(x.dtype, before * n * after);
  let k = 0;
  for (let b = 0; b < before; b++) {
    for (let i = 0; i < n; i++) {
      const one = onesN[i] as number;
      for (let c = 0; c < after; c++) out[k++] = (src[b * after + c] as number) * one;
    }
  }
  return freshArray(x.dtype, shape, out);
}

/**
 * Broadcasts `a` to `shape` literally as products with all-ones vectors: first `a` is reshaped
 * with 1s on the left, then every size-1 axis `k` that must grow to `n` becomes the outer product
 * with `1ₙ` along `k` (for a vector, `1ₘ vᵀ`; for a column, `c 1ₙᵀ`). The result is a new,
 * writable array equal, bit for bit, to `broadcastTo(a, shape).copy()` — it exists so that
 * documentation can show that broadcasting *is* padding with ones.
 *
 * @example
 * import { array, padWithOnes } from "ndarray-broadcast";
 * console.log(padWithOnes(array([1, 2, 3]), [2, 3]).toString());
 * // => array([[1., 2., 3.],
 * //           [1., 2., 3.]])
 */
export function padWithOnes(a: NDArray | ArrayLike, shape: number | readonly number[]): NDArray {
  const fn = "padWithOnes";
  const x = asArray(fn, a);
  const target = checkShape(fn, shape);
  checkBroadcastTo(fn, x.shape, target);
  let cur = x.copy().reshape([...new Array<number>(target.length - x.ndim).fill(1), ...x.shape]);
  target.forEach((n, axis) => {
    if (cur.shape[axis] !== n) cur = outerWithOnes(cur, axis, n);
  });
  return cur;
}
