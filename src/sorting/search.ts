/**
 * Searching: `argmax`, `argmin`, `nonzero`, `flatnonzero`, `argwhere`, `searchsorted`. Indices
 * are int32 (numpy: int64): an array here holds at most 2³¹ − 1 elements, so every index fits.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import type { TypedArray } from "../dtype.js";
import { DTypeError, IndexError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { forEachLane, lanesOf } from "../ops/lanes.js";
import { booleanOption, choiceOption, deliver, positionalOr, readOptions } from "../ops/options.js";
import { normalizeAxis } from "../shape/axes.js";
import { shapeSize } from "../validate.js";
import { bisect } from "./order.js";
import type { OperandLike, OutOptions } from "../ops/elementwise.js";
import { where as choose } from "../ops/where.js";

/** Options of {@link argmax} and {@link argmin}. */
export interface ArgOptions {
  /** The axis to search along; the flattened array when omitted or `null`. */
  axis?: number | null;
  /** Keep the searched axis (all axes when flattened) as size 1. */
  keepdims?: boolean;
  /** Where to write the result: exactly its shape, writable, a dtype it casts to (same_kind). */
  out?: NDArray | null;
}

/**
 * The first index of the largest element of a lane (`sign` 1) or of the smallest (`sign` -1,
 * by comparing negated values); the first NaN wins. One position walks the lane and the index
 * is found from it at the end (a counter beside it made argmax 1.3× a plain loop, bench/ S3); a
 * broadcast lane (stride 0) is all one element, whose index is 0.
 */
function extremeLane(data: TypedArray, offset: number, stride: number, n: number, sign: number): number {
  let best = (data[offset] as number) * sign;
  if (best !== best || stride === 0) return 0;
  let at = offset;
  const end = offset + n * stride;
  for (let p = offset + stride; p !== end; p += stride) {
    const v = (data[p] as number) * sign;
    // one comparison per element: true for a new extreme and for NaN
    if (!(v <= best)) {
      at = p;
      if (v !== v) break;
      best = v;
    }
  }
  return (at - offset) / stride;
}

/**
 * numpy's `nanargmax` lane (`sign` 1) or `nanargmin` (-1): `argmax` with every NaN read as -inf
 * (as numpy replaces them), or -1 when the lane holds NaNs only.
 */
function nanExtremeLane(data: TypedArray, offset: number, stride: number, n: number, sign: number): number {
  let best = -Infinity;
  let at = -1;
  let seen = false;
  for (let k = 0, p = offset; k < n; k++, p += stride) {
    let v = (data[p] as number) * sign;
    if (v !== v) v = -Infinity;
    else seen = true;
    if (at < 0 || v > best) {
      best = v;
      at = k;
    }
  }
  return seen ? at : -1;
}

function argReduce(fn: "argmax" | "argmin" | "nanargmax" | "nanargmin", a: unknown, axisArg: unknown, options: unknown): NDArray {
  const [positional, rest] = positionalOr(axisArg as number | null | undefined, options);
  const opts = readOptions(fn, rest, ["axis", "keepdims", "out"]);
  const keepdims = booleanOption(fn, "keepdims", opts.keepdims, false);
  const axisOpt = positional !== undefined ? positional : opts.axis;
  const x = asArray(fn, a);
  const flatten = axisOpt === undefined || axisOpt === null;
  const axis = flatten ? 0 : normalizeAxis(fn, axisOpt, Math.max(x.ndim, 1));
  const target = flatten || x.ndim === 0 ? x.reshape(-1) : x;
  const n = target.shape[axis] as number;
  const keptShape = target.shape.filter((_, i) => i !== axis);
  if (n === 0) {
    if (shapeSize(keptShape) > 0 || flatten) {
      throw new ShapeError(`${fn}: attempt to get ${fn} of an empty sequence (shape ${formatShape(x.shape)}${flatten ? "" : `, axis ${axis}`})`);
    }
  }
  const out = new Int32Array(shapeSize(keptShape));
  const sign = fn.endsWith("max") ? 1 : -1;
  const lane = fn.startsWith("nan") ? nanExtremeLane : extremeLane;
  if (n > 0) forEachLane(target, axis, (data, offset, stride, o) => (out[o] = lane(data, offset, stride, n, sign)));
  if (out.includes(-1)) throw new ShapeError(`${fn}: All-NaN slice encountered (shape ${formatShape(x.shape)}); nan${fn.slice(3)} has no answer for a slice of NaNs only`);
  let shape: number[];
  if (!keepdims) shape = flatten ? [] : keptShape;
  else if (flatten) shape = x.shape.map(() => 1);
  else shape = x.shape.map((d, i) => (i === axis ? 1 : d));
  return deliver(fn, opts.out, freshArray("int32", shape, out));
}

/**
 * The index of the largest element: of the flattened array when `axis` is omitted or `null`
 * (a 0-d result), or along `axis`. The first occurrence wins a tie; a NaN is the largest (the
 * first NaN's index), as numpy. int32 indices. `argmax(a, 0)` is `argmax(a, { axis: 0 })`.
 *
 * @example
 * import { argmax, array } from "ndarray-broadcast";
 * const a = array([[1, 5, 5], [7, NaN, 0]]);
 * console.log(argmax(a).toString(), argmax(a, { axis: 1 }).toString());
 * // => array(4, dtype=int32) array([1, 1], dtype=int32)
 * console.log(argmax(a, 0, { keepdims: true }).toString());
 * // => array([[1, 1, 0]], dtype=int32)
 */
export function argmax(a: NDArray | ArrayLike, axis?: number | null | ArgOptions, options?: ArgOptions): NDArray {
  return argReduce("argmax", a, axis, options);
}

/**
 * The index of the largest element ignoring NaN (numpy's `nanargmax`): NaNs count as -inf; a
 * slice of NaNs only throws. Options as {@link argmax}.
 *
 * @example
 * import { array, nanargmax } from "ndarray-broadcast";
 * console.log(nanargmax(array([[NaN, 4], [2, 3]]), { axis: 1 }).toString());
 * // => array([1, 1], dtype=int32)
 */
export function nanargmax(a: NDArray | ArrayLike, axis?: number | null | ArgOptions, options?: ArgOptions): NDArray {
  return argReduce("nanargmax", a, axis, options);
}

/**
 * The index of the smallest element ignoring NaN (numpy's `nanargmin`): NaNs count as +inf.
 *
 * @example
 * import { array, nanargmin } from "ndarray-broadcast";
 * console.log(nanargmin(array([NaN, 4, 2, NaN])).toString());
 * // => array(2, dtype=int32)
 */
export function nanargmin(a: NDArray | ArrayLike, axis?: number | null | ArgOptions, options?: ArgOptions): NDArray {
  return argReduce("nanargmin", a, axis, options);
}

/**
 * The index of the smallest element (first occurrence; a NaN wins), as {@link argmax}.
 *
 * @example
 * import { argmin, array } from "ndarray-broadcast";
 * console.log(argmin(array([[4, 2], [2, 9]]), { axis: 0 }).toString());
 * // => array([1, 0], dtype=int32)
 */
export function argmin(a: NDArray | ArrayLike, axis?: number | null | ArgOptions, options?: ArgOptions): NDArray {
  return argReduce("argmin", a, axis, options);
}

/** The C-order flat positions of the non-zero elements of `x` (NaN counts as non-zero). */
function nonzeroPositions(x: NDArray): Int32Array {
  const { data } = lanesOf(x, Math.max(x.ndim - 1, 0));
  let count = 0;
  for (let i = 0; i < data.length; i++) if (data[i] !== 0) count++;
  const out = new Int32Array(count);
  for (let i = 0, k = 0; i < data.length; i++) if (data[i] !== 0) out[k++] = i;
  return out;
}

/**
 * The indices of the non-zero elements, one int32 array per axis (numpy returns a tuple: here a
 * JS array), in C order; `index(a, ...nonzero(a))` picks them. NaN is non-zero. A 0-d array is
 * refused as numpy 2 refuses it.
 *
 * @example
 * import { array, nonzero } from "ndarray-broadcast";
 * const [rows, cols] = nonzero(array([[0, 3], [4, 0]]));
 * console.log(String(rows), String(cols));
 * // => array([0, 1], dtype=int32) array([1, 0], dtype=int32)
 */
export function nonzero(a: NDArray | ArrayLike): NDArray[] {
  const x = asArray("nonzero", a);
  if (x.ndim === 0) {
    throw new ShapeError("nonzero: calling nonzero on a 0-d array is not allowed (numpy 2); use nonzero(a.reshape(1))");
  }
  const pos = nonzeroPositions(x);
  const result = x.shape.map(() => new Int32Array(pos.length));
  for (let k = 0; k < pos.length; k++) {
    let p = pos[k] as number;
    for (let d = x.ndim - 1; d >= 0; d--) {
      const n = x.shape[d] as number;
      (result[d] as Int32Array)[k] = p % n;
      p = Math.floor(p / n);
    }
  }
  return result.map((r) => freshArray("int32", [r.length], r));
}

/**
 * The flat (C-order) indices of the non-zero elements: `nonzero(ravel(a))[0]`.
 *
 * @example
 * import { array, flatnonzero } from "ndarray-broadcast";
 * console.log(flatnonzero(array([[0, 3], [4, 0]])).toString());
 * // => array([1, 2], dtype=int32)
 */
export function flatnonzero(a: NDArray | ArrayLike): NDArray {
  const x = asArray("flatnonzero", a);
  const pos = nonzeroPositions(x);
  return freshArray("int32", [pos.length], pos);
}

/**
 * The indices of the non-zero elements as rows of an `(N, ndim)` int32 array: the transpose of
 * {@link nonzero}. A 0-d array gives shape `(1, 0)` or `(0, 0)`, as numpy.
 *
 * @example
 * import { argwhere, array } from "ndarray-broadcast";
 * console.log(argwhere(array([[0, 3], [4, 0]])).toString());
 * // => array([[0, 1],
 * //           [1, 0]], dtype=int32)
 */
export function argwhere(a: NDArray | ArrayLike): NDArray {
  const x = asArray("argwhere", a);
  const pos = nonzeroPositions(x);
  const nd = x.ndim;
  const out = new Int32Array(pos.length * nd);
  for (let k = 0; k < pos.length; k++) {
    let p = pos[k] as number;
    for (let d = nd - 1; d >= 0; d--) {
      const n = x.shape[d] as number;
      out[k * nd + d] = p % n;
      p = Math.floor(p / n);
    }
  }
  return freshArray("int32", [pos.length, nd], out);
}

/** Options of {@link searchsorted}. */
export interface SearchsortedOptions {
  /** `"left"`: the first index where `v` could go; `"right"`: the last. */
  side?: "left" | "right";
  /** Indices that sort `a` (e.g. `argsort(a)`) when `a` itself is not sorted. */
  sorter?: NDArray | ArrayLike | null;
}

/**
 * Where to insert `v` into the sorted 1-D `a` to keep it sorted: for each value, the first index
 * whose element is not less (`side: "left"`) or is greater (`"right"`), with numpy's order (NaN
 * last). `sorter` sorts an unsorted `a`. The result has `v`'s shape (0-d for a number); int32.
 * `searchsorted(a, v, "right")` is `searchsorted(a, v, { side: "right" })`.
 *
 * @example
 * import { array, searchsorted } from "ndarray-broadcast";
 * const a = array([1, 2, 2, 3]);
 * console.log(searchsorted(a, [2, 5]).toString(), searchsorted(a, 2, { side: "right" }).toString());
 * // => array([1, 4], dtype=int32) array(3, dtype=int32)
 */
export function searchsorted(
  a: NDArray | ArrayLike,
  v: NDArray | ArrayLike,
  side?: "left" | "right" | SearchsortedOptions,
  options?: SearchsortedOptions,
): NDArray {
  const fn = "searchsorted";
  const [positional, rest] = positionalOr(side, options);
  const opts = readOptions(fn, rest, ["side", "sorter"]);
  const where = choiceOption(fn, "side", positional !== undefined ? positional : opts.side, ["left", "right"], "left");
  const x = asArray(fn, a);
  if (x.ndim !== 1) throw new ShapeError(`${fn}: a must be 1-D, got shape ${formatShape(x.shape)}`);
  const values = asArray(fn, v);
  const sorted = lanesOf(x, 0).data;
  const n = sorted.length;
  let order: Float64Array | undefined;
  if (opts.sorter !== undefined && opts.sorter !== null) {
    const s = asArray(fn, opts.sorter);
    if (s.ndim !== 1 || s.size !== n) {
      throw new ShapeError(`${fn}: sorter must be 1-D with a's size ${n}, got shape ${formatShape(s.shape)}`);
    }
    order = lanesOf(s, 0).data;
    for (const i of order) {
      if (!Number.isInteger(i)) throw new DTypeError(`${fn}: sorter must hold integer indices, got ${describeType(i)} ${i}`);
      if (i < -n || i >= n) throw new IndexError(`${fn}: sorter index ${i} is out of bounds for a of size ${n}`);
    }
    const gathered = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const i = order[k] as number;
      gathered[k] = sorted[i < 0 ? i + n : i] as number;
    }
    order = gathered;
  }
  const keys = order ?? sorted;
  const query = lanesOf(values, Math.max(values.ndim - 1, 0)).data;
  const out = new Int32Array(query.length);
  const right = where === "right";
  for (let q = 0; q < query.length; q++) out[q] = bisect(keys, n, query[q] as number, right);
  return freshArray("int32", values.shape, out);
}

/**
 * numpy's `where`, both forms: with one argument the indices where `cond` is true — exactly
 * {@link nonzero}`(cond)`, a list of index arrays — and with three the elementwise choice `x`
 * where `cond` else `y` (broadcast together; see the elementwise `where`).
 *
 * @example
 * import { array, where } from "ndarray-broadcast";
 * const c = array([[true, false], [false, true]]);
 * console.log(where(c).map(String).join(" "), where(c, 1, 0).toString());
 * // => array([0, 1], dtype=int32) array([0, 1], dtype=int32) array([[1., 0.],
 * //           [0., 1.]])
 */
export function where(cond: NDArray | ArrayLike): NDArray[];
export function where(cond: OperandLike, x: OperandLike, y: OperandLike, options?: OutOptions): NDArray;
export function where(cond: unknown, ...rest: unknown[]): NDArray | NDArray[] {
  if (rest.length === 0) return nonzero(cond as NDArray | ArrayLike);
  if (rest.length === 1) {
    throw new ShapeError("where: either both or neither of x and y should be given; where(cond) alone is nonzero(cond)");
  }
  return choose(cond as OperandLike, rest[0] as OperandLike, rest[1] as OperandLike, rest[2] as OutOptions | undefined);
}

