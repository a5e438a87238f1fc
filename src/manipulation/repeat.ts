/**
 * Copies that repeat or rotate elements: `repeat`, `tile`, `roll`. Each reads its input through
 * stride-0 or shifted views and writes the result with one assignment per block.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { DTypeError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { normalizeAxis } from "../shape/axes.js";
import { checkShape, shapeSize } from "../validate.js";
import { axisArgument, copyAs, copyInto, sliceAxis, view } from "./common.js";
import { ravel } from "./views.js";

/** A list of integers from a number, a JS array or a 1-D NDArray (numpy's sequences of ints). */
function intList(fn: string, name: string, x: unknown): number[] {
  const list: unknown[] = typeof x === "number" ? [x] : Array.isArray(x) ? x : x !== null && typeof x === "object" && "tolist" in x ? [((x as NDArray).tolist())].flat() : [x];
  return list.map((v) => {
    if (typeof v !== "number" || !Number.isInteger(v)) {
      throw new DTypeError(`${fn}: ${name} must be integers, got ${typeof v === "number" ? v : describeType(v)}`);
    }
    return v;
  });
}

/** `x` with an axis of length `count` and stride 0 inserted after `axis`: each element seen `count` times. */
function repeatedView(x: NDArray, axis: number, count: number): NDArray {
  const shape = x.shape.slice();
  const strides = x.strides.slice();
  shape.splice(axis + 1, 0, count);
  strides.splice(axis + 1, 0, 0);
  return view(x, shape, strides);
}

/**
 * Repeats each element `repeats` times (a number, or one count per element along `axis`); with
 * no axis the input is flattened first. A new array.
 *
 * @example
 * import { array, repeat } from "ndarray-broadcast";
 * const a = array([[1, 2], [3, 4]]);
 * console.log(repeat(a, 2).toString(), repeat(a, [1, 2], { axis: 0 }).tolist());
 * // => array([1., 1., 2., 2., 3., 3., 4., 4.]) [ [ 1, 2 ], [ 3, 4 ], [ 3, 4 ] ]
 */
export function repeat(a: NDArray | ArrayLike, repeats: number | readonly number[] | NDArray, axis?: number | null | { axis?: number | null }): NDArray {
  const fn = "repeat";
  let x = asArray(fn, a);
  const ax = axisArgument<{ axis: unknown }>(fn, axis).axis;
  // numpy: a 0-d array repeats as a 1-D one, along axis 0 or -1 too
  if (ax === undefined || ax === null || (x.ndim === 0 && (ax === 0 || ax === -1))) x = ravel(x);
  const k = ax === undefined || ax === null ? 0 : normalizeAxis(fn, ax, x.ndim);
  const n = x.shape[k] as number;
  const counts = intList(fn, "repeats", repeats);
  // as numpy, a count is checked where it is used: none on an empty axis
  if (n > 0 && counts.some((c) => c < 0)) throw new ShapeError(`${fn}: repeats may not contain negative values, got ${formatShape(counts)}`);
  const scalar = counts.length === 1;
  if (!scalar && counts.length !== n) {
    throw new ShapeError(`${fn}: ${counts.length} repeats given for axis ${k} of length ${n} (shape ${formatShape(x.shape)}); give one count, or one per element`);
  }
  const total = n === 0 ? 0 : scalar ? (counts[0] as number) * n : counts.reduce((s, c) => s + c, 0);
  const shape = x.shape.slice();
  shape[k] = total;
  const out = freshArray(x.dtype, checkShape(fn, shape));
  if (out.size === 0) return out;
  if (scalar) {
    const c = counts[0] as number;
    const grouped = shape.slice();
    grouped.splice(k, 1, n, c);
    copyInto(out.reshape(grouped), repeatedView(x, k, c));
    return out;
  }
  let at = 0;
  for (let i = 0; i < n; i++) {
    const c = counts[i] as number;
    copyInto(sliceAxis(out, k, at, at + c), repeatedView(sliceAxis(x, k, i, i + 1), k, c).reshape(sliceAxis(out, k, at, at + c).shape));
    at += c;
  }
  return out;
}

/**
 * The array repeated `reps` times along each axis (numpy's `tile`: the shorter of `a.shape` and
 * `reps` is padded with 1s on the left). A new array.
 *
 * @example
 * import { array, tile } from "ndarray-broadcast";
 * console.log(tile(array([1, 2]), 2).tolist(), tile(array([1, 2]), [2, 2]).tolist());
 * // => [ 1, 2, 1, 2 ] [ [ 1, 2, 1, 2 ], [ 1, 2, 1, 2 ] ]
 */
export function tile(a: NDArray | ArrayLike, reps: number | readonly number[] | NDArray): NDArray {
  const fn = "tile";
  const x = asArray(fn, a);
  const r = intList(fn, "reps", reps);
  if (r.some((c) => c < 0)) throw new ShapeError(`${fn}: negative dimensions are not allowed: reps ${formatShape(r)}`);
  const d = Math.max(r.length, x.ndim);
  const reps1 = [...Array<number>(d - r.length).fill(1), ...r];
  const shape1 = [...Array<number>(d - x.ndim).fill(1), ...x.shape];
  const strides1 = [...Array<number>(d - x.ndim).fill(0), ...x.strides];
  const result = checkShape(fn, shape1.map((n, i) => n * (reps1[i] as number)));
  const out = freshArray(x.dtype, result);
  if (shapeSize(result) === 0) return out;
  // out seen as (r0, n0, r1, n1, …) is x seen with stride 0 on every r axis
  const grouped = shape1.flatMap((n, i) => [reps1[i] as number, n]);
  const src = view(x, grouped, strides1.flatMap((s) => [0, s]));
  copyInto(out.reshape(grouped), src);
  return out;
}

/**
 * Rolls elements along `axis` by `shift` (elements leaving one end come back at the other);
 * shifts and axes may be lists (paired, a shift repeated for one axis adds up). With no axis the
 * flattened array is rolled and reshaped back. A new array.
 *
 * @example
 * import { arange, roll } from "ndarray-broadcast";
 * const a = arange(6).reshape(2, 3);
 * console.log(roll(arange(5), 2).tolist(), roll(a, 1, { axis: 1 }).tolist(), roll(a, [1, 1], [0, 1]).tolist());
 * // => [ 3, 4, 0, 1, 2 ] [ [ 2, 0, 1 ], [ 5, 3, 4 ] ] [ [ 5, 3, 4 ], [ 2, 0, 1 ] ]
 */
export function roll(a: NDArray | ArrayLike, shift: number | readonly number[] | NDArray, axis?: number | readonly number[] | null | { axis?: number | readonly number[] | null }): NDArray {
  const fn = "roll";
  const x = asArray(fn, a);
  const ax = axisArgument<{ axis: unknown }>(fn, axis).axis;
  if (ax === undefined || ax === null) return roll(ravel(x), shift, 0).reshape(x.shape);
  const shifts = intList(fn, "shift", shift);
  const axes = intList(fn, "axis", ax).map((k) => normalizeAxis(fn, k, x.ndim));
  const pairs = Math.max(shifts.length, axes.length);
  if (shifts.length !== axes.length && shifts.length !== 1 && axes.length !== 1) {
    throw new ShapeError(`${fn}: shift ${formatShape(shifts)} and axis ${formatShape(axes)} must have the same length (or one of them be a single number)`);
  }
  const total = new Array<number>(x.ndim).fill(0);
  for (let i = 0; i < pairs; i++) {
    const k = axes[axes.length === 1 ? 0 : i] as number;
    total[k] = (total[k] as number) + (shifts[shifts.length === 1 ? 0 : i] as number);
  }
  let cur = x;
  let fresh = false;
  total.forEach((s, k) => {
    const n = cur.shape[k] as number;
    const m = n === 0 ? 0 : ((s % n) + n) % n;
    if (m === 0) return;
    const out = freshArray(cur.dtype, cur.shape);
    copyInto(sliceAxis(out, k, m, n), sliceAxis(cur, k, 0, n - m));
    copyInto(sliceAxis(out, k, 0, m), sliceAxis(cur, k, n - m, n));
    cur = out;
    fresh = true;
  });
  return fresh ? cur : copyAs(cur);
}

