/**
 * Lanes: the 1-D slices of an array along one axis, gathered into one C-contiguous float64
 * buffer (`outer` lanes of `n` elements, lane `o` at `o * n`), and the way back. Sorting,
 * searching, cumulative sums and quantiles all work lane by lane on contiguous values; this is
 * the one place that moves an axis last and back.
 *
 * @module
 */
import type { DType, TypedArray } from "../dtype.js";
import { assign, freshArray, isCContiguous, type NDArray, viewOf } from "../ndarray.js";
import { scijsView } from "../scijs.js";
import { shapeSize, type Shape } from "../validate.js";

/** The lanes of an array along one axis. */
export interface Lanes {
  /** The values, lane after lane; the caller owns this buffer and may overwrite it. */
  readonly data: Float64Array;
  /** How many lanes. */
  readonly outer: number;
  /** The length of each lane (the axis' length). */
  readonly n: number;
}

/** The axes of `ndim` in the order that puts `axis` last. */
function lastPermutation(ndim: number, axis: number): number[] {
  const perm: number[] = [];
  for (let i = 0; i < ndim; i++) if (i !== axis) perm.push(i);
  perm.push(axis);
  return perm;
}

/**
 * The lanes of `x` along `axis` as a fresh float64 buffer (every supported dtype converts
 * exactly). A 0-d array is one lane of one element.
 */
export function lanesOf(x: NDArray, axis: number): Lanes {
  const n = x.ndim === 0 ? 1 : (x.shape[axis] as number);
  const outer = n === 0 ? shapeSize(x.shape.filter((_, i) => i !== axis)) : x.size / n;
  const data = new Float64Array(x.size);
  if (x.size === 0) return { data, outer, n };
  const nd = viewOf(x);
  if (axis === x.ndim - 1 && isCContiguous(nd) || x.ndim === 0) {
    const src = nd.data;
    const start = nd.offset;
    for (let i = 0; i < data.length; i++) data[i] = src[start + i] as number;
    return { data, outer, n };
  }
  const perm = lastPermutation(x.ndim, axis);
  const moved = x.transpose(...perm);
  assign(scijsView(data, "float64", moved.shape), viewOf(moved));
  return { data, outer, n };
}

/**
 * The array of `dtype` whose lanes along `axis` are `data` (`outer` lanes of `m` elements, C
 * order), where `shape` is the input's shape: the result has `shape` with `axis` of length `m`.
 * `data` becomes the result's buffer when the axis is the last (no copy); otherwise it is read
 * once into a fresh C-contiguous array.
 */
export function fromLanes(data: TypedArray, dtype: DType, shape: Shape, axis: number, m: number): NDArray {
  if (shape.length === 0) return freshArray(dtype, [], data);
  const full = shape.slice();
  full[axis] = m;
  if (axis === shape.length - 1) return freshArray(dtype, full, data);
  const perm = lastPermutation(shape.length, axis);
  const movedShape = perm.map((i) => full[i] as number);
  const inverse = new Array<number>(perm.length);
  perm.forEach((p, i) => (inverse[p] = i));
  const moved = freshArray(dtype, movedShape, data);
  const out = freshArray(dtype, full);
  if (out.size > 0) assign(viewOf(out), viewOf(moved.transpose(...inverse)));
  return out;
}

/**
 * Calls `visit(data, offset, stride, o)` for each lane of `x` along `axis` in place (no copy):
 * the lane's elements are `data[offset + k * stride]`, and `o` counts the lanes in C order of the
 * other axes. A 0-d array is one lane of one element.
 */
export function forEachLane(
  x: NDArray,
  axis: number,
  visit: (data: TypedArray, offset: number, stride: number, o: number) => void,
): void {
  const nd = viewOf(x);
  if (x.ndim === 0) {
    visit(nd.data, nd.offset, 1, 0);
    return;
  }
  const shape: number[] = [];
  const strides: number[] = [];
  for (let i = 0; i < x.ndim; i++) {
    if (i === axis) continue;
    shape.push(x.shape[i] as number);
    strides.push(x.strides[i] as number);
  }
  const outer = shapeSize(shape);
  const stride = x.strides[axis] as number;
  const idx = new Array<number>(shape.length).fill(0);
  let base = nd.offset;
  for (let o = 0; o < outer; o++) {
    visit(nd.data, base, stride, o);
    for (let d = shape.length - 1; d >= 0; d--) {
      base += strides[d] as number;
      if (++(idx[d] as number) < (shape[d] as number)) break;
      base -= (strides[d] as number) * (shape[d] as number);
      idx[d] = 0;
    }
  }
}

/**
 * The lanes of `x` over several axes at once (sorted, distinct): each lane holds the elements of
 * the reduced axes in C order, lanes in C order of the other axes. One axis is {@link lanesOf}.
 */
export function lanesOfAxes(x: NDArray, axes: readonly number[]): Lanes {
  if (axes.length === 1) return lanesOf(x, axes[0] as number);
  const kept: number[] = [];
  for (let i = 0; i < x.ndim; i++) if (!axes.includes(i)) kept.push(i);
  const n = shapeSize(axes.map((i) => x.shape[i] as number));
  const outer = shapeSize(kept.map((i) => x.shape[i] as number));
  const data = new Float64Array(x.size);
  if (x.size > 0) {
    const moved = x.transpose(...kept, ...axes);
    assign(scijsView(data, "float64", moved.shape), viewOf(moved));
  }
  return { data, outer, n };
}

/** The elements of `x` in C order as a fresh float64 buffer (a 0-d array gives one element). */
export function flatValues(x: NDArray): Float64Array {
  return lanesOf(x.ndim === 0 ? x : x.reshape(-1), 0).data;
}
