/**
 * What the manipulation functions share: views over an array's data, sub-views along one axis,
 * copies between arrays of different dtypes, and the "axis positionally or in the options" rule.
 *
 * @module
 */
import { asArray } from "../create.js";
import { checkOptions } from "../creation/options.js";
import type { DType } from "../dtype.js";
import { DTypeError } from "../errors.js";
import { describeType } from "../format/format-shape.js";
import { assign, freshArray, NDArray, type ScijsArray, viewOf } from "../ndarray.js";
import { scijsView } from "../scijs.js";
import type { Shape } from "../validate.js";

/** A view of `a`'s data with another layout; read-only when `a` is (numpy's views keep the base's flag). */
export function view(a: NDArray, shape: Shape, strides: readonly number[], offset = a.offset): NDArray {
  return new NDArray(scijsView(a.data, a.dtype, shape, strides, offset), a.dtype, a.readonly);
}

/** The view of `a` with indices `[lo, hi)` along `axis` (all of every other axis). */
export function sliceAxis(a: NDArray, axis: number, lo: number, hi: number): NDArray {
  const shape = a.shape.slice();
  shape[axis] = Math.max(0, hi - lo);
  return view(a, shape, a.strides, a.offset + (shape[axis] === 0 ? 0 : lo * (a.strides[axis] as number)));
}

/** The scijs view of `a` at index `i` of `axis`, that axis removed. */
export function pickAxis(a: NDArray, axis: number, i: number): NDArray {
  return view(
    a,
    a.shape.filter((_, k) => k !== axis),
    a.strides.filter((_, k) => k !== axis),
    a.offset + i * (a.strides[axis] as number),
  );
}

/**
 * Copies `src` into `dst` (equal shapes). Only used where numpy's casting is a widening one (or
 * the same dtype), which the typed arrays perform exactly.
 */
export function copyInto(dst: NDArray | ScijsArray, src: NDArray): void {
  if (src.size === 0) return;
  const d = dst instanceof NDArray ? viewOf(dst) : dst;
  assign(d, viewOf(src));
}

/** A new C-contiguous array of `dtype` holding `src`'s values (a widening or same-dtype cast). */
export function copyAs(src: NDArray, dtype: DType = src.dtype): NDArray {
  const out = freshArray(dtype, src.shape);
  copyInto(out, src);
  return out;
}

/**
 * The axis argument of a function where numpy takes it positionally or as a keyword:
 * `f(a, 1)`, `f(a, [0, 1])` or `f(a, { axis: 1 })`. Other options are allowed when listed.
 */
export function axisArgument<T extends { axis?: unknown }>(fn: string, arg: unknown, allowed: readonly string[] = ["axis"]): Partial<T> {
  if (typeof arg === "object" && arg !== null && !Array.isArray(arg) && !(arg instanceof NDArray)) {
    return checkOptions<T>(fn, arg, allowed);
  }
  return { axis: arg } as Partial<T>;
}

/** The inputs of a function that takes a list of arrays (`concat([a, b])`): each an NDArray. */
export function arrayList(fn: string, arrays: unknown, what = "arrays"): NDArray[] {
  if (!Array.isArray(arrays) && !(arrays instanceof NDArray && arrays.ndim > 0)) {
    throw new DTypeError(`${fn}: ${what} must be a list of arrays, got ${describeType(arrays)}`);
  }
  const list = arrays instanceof NDArray ? [...iterateFirstAxis(arrays)] : (arrays as unknown[]);
  return list.map((x) => asArray(fn, x));
}

/** The sub-arrays of `a` along its first axis (numpy iterates an array as a sequence of them). */
function* iterateFirstAxis(a: NDArray): Generator<NDArray> {
  for (let i = 0; i < (a.shape[0] ?? 0); i++) yield pickAxis(a, 0, i);
}
