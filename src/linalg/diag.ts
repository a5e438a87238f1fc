/**
 * `diag` (numpy's, both ways) and `diagonal` (a read-only view).
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { AxisError, DTypeError, ShapeError } from "../errors.js";
import { formatShape, formatValue } from "../format/format-shape.js";
import { freshArray, NDArray, viewOf } from "../ndarray.js";
import { scijsView } from "../scijs.js";
import { normalizeAxis } from "../shape/axes.js";
import { checkOptions, checkShape } from "../validate.js";

function checkK(fn: string, k: unknown): number {
  if (typeof k !== "number" || !Number.isInteger(k)) {
    throw new DTypeError(`${fn}: k must be an integer, got ${formatValue(k)}`);
  }
  return k;
}

/**
 * numpy's `diag`: for a 1-D `v`, the square matrix of size `n + |k|` with `v` on diagonal `k`
 * (`Diag(v)`); for a 2-D array, a copy of its diagonal `k` (empty when `k` is out of range).
 * Any other rank throws `ShapeError`.
 *
 * @example
 * import { array, diag } from "ndarray-broadcast";
 * console.log(diag(array([1, 2])).toString());
 * // => array([[1., 0.],
 * //           [0., 2.]])
 * console.log(diag(array([[1, 2, 3], [4, 5, 6]]), 1).toString());
 * // => array([2., 6.])
 */
export function diag(v: NDArray | ArrayLike, k = 0): NDArray {
  const fn = "diag";
  const x = asArray(fn, v, 1);
  const kk = checkK(fn, k);
  if (x.ndim === 1) {
    const n = x.shape[0] as number;
    const size = n + Math.abs(kk);
    const out = freshArray(x.dtype, checkShape(fn, [size, size]));
    for (let i = 0; i < n; i++) {
      if (kk >= 0) out.set(i, i + kk, x.get(i));
      else out.set(i - kk, i, x.get(i));
    }
    return out;
  }
  if (x.ndim === 2) return diagonal(x, kk).copy();
  throw new ShapeError(`${fn}: the input must be 1-D or 2-D, got shape ${formatShape(x.shape)}`);
}

/** Options of {@link diagonal}. */
export interface DiagonalOptions {
  /** The first of the two axes whose diagonal is taken (default 0). */
  axis1?: number;
  /** The second of the two axes whose diagonal is taken (default 1). */
  axis2?: number;
}

/**
 * Diagonal `k` of `a` over `axis1` and `axis2`, as a **read-only view** sharing `a`'s memory (no
 * copy): the diagonal's stride is the sum of the two axes' strides (`n + 1` for a C-contiguous
 * `n × n` matrix). The other axes come first and the diagonal last, as numpy's `diagonal`.
 *
 * @example
 * import { arange, diagonal } from "ndarray-broadcast";
 * const a = arange(9).reshape(3, 3);
 * const d = diagonal(a);
 * console.log(d.toString(), d.strides, d.readonly, d.data === a.data);
 * // => array([0., 4., 8.]) [ 4 ] true true
 */
export function diagonal(a: NDArray | ArrayLike, k = 0, options?: DiagonalOptions): NDArray {
  const fn = "diagonal";
  const x = asArray(fn, a, 1);
  const kk = checkK(fn, k);
  checkOptions(fn, options, ["axis1", "axis2"]);
  const axis1: unknown = options?.axis1;
  const axis2: unknown = options?.axis2;
  if (x.ndim < 2) throw new ShapeError(`${fn}: the input needs at least 2 dimensions, got shape ${formatShape(x.shape)}`);
  const ax1 = normalizeAxis(fn, axis1 ?? 0, x.ndim);
  const ax2 = normalizeAxis(fn, axis2 ?? 1, x.ndim);
  if (ax1 === ax2) throw new AxisError(`${fn}: axis1 and axis2 cannot be the same (both ${ax1})`);
  const n1 = x.shape[ax1] as number;
  const n2 = x.shape[ax2] as number;
  const s1 = x.strides[ax1] as number;
  const s2 = x.strides[ax2] as number;
  const length = Math.max(0, kk >= 0 ? Math.min(n1, n2 - kk) : Math.min(n1 + kk, n2));
  const nd = viewOf(x);
  const offset = nd.offset + (length > 0 ? (kk >= 0 ? kk * s2 : -kk * s1) : 0);
  const others = x.shape.map((_, i) => i).filter((i) => i !== ax1 && i !== ax2);
  const shape = [...others.map((i) => x.shape[i] as number), length];
  const strides = [...others.map((i) => x.strides[i] as number), s1 + s2];
  return new NDArray(scijsView(nd.data, x.dtype, shape, strides, offset), x.dtype, true);
}
