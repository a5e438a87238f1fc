/**
 * Joining arrays: `concat`/`concatenate`, `stack`, `hstack`, `vstack`, `dstack`, `columnStack`.
 * The result dtype is numpy's promotion of the inputs' dtypes (or `dtype`, which must be reachable
 * by a same-kind cast); the result is always a new array (or `out`).
 *
 * @module
 */
import { type ArrayLike } from "../create.js";
import { checkOptions } from "../creation/options.js";
import { checkDType, DTYPES, promoteTypes, type DType } from "../dtype.js";
import { DTypeError, ReadOnlyError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { freshArray, NDArray, viewOf } from "../ndarray.js";
import { canCast, CASTINGS, convert, type Casting } from "../dtypes/cast.js";
import { mayShareMemory } from "../ops/overlap.js";
import { normalizeAxis } from "../shape/axes.js";
import { checkShape, shapesEqual } from "../validate.js";
import { arrayList, axisArgument, copyAs, copyInto, sliceAxis } from "./common.js";
import { atleast1d, atleast2d, atleast3d, expandDims, ravel } from "./views.js";

/** Options of {@link concat} and {@link stack}. */
export interface ConcatOptions {
  /** The axis to join along (default 0); `null` flattens every input first (concat only). */
  axis?: number | null;
  /** The result dtype; numpy's promotion of the inputs when omitted. */
  dtype?: DType;
  /** An array to write the result into (its shape must be the result's). */
  out?: NDArray;
  /** How far each input may be cast into the result dtype or `out` (default `"same_kind"`, as numpy). */
  casting?: Casting;
}

/** The result dtype of joining `xs`: `dtype` or their promotion; every input must cast to it (or to `out`) under `casting`. */
function joinDType(fn: string, xs: readonly NDArray[], dtype: unknown, out: NDArray | undefined, castingArg: unknown): DType {
  if (dtype !== undefined && out !== undefined) throw new DTypeError(`${fn}: give either dtype or out, not both`);
  const casting = castingArg ?? "same_kind";
  if (!CASTINGS.includes(casting as Casting)) {
    throw new DTypeError(`${fn}: casting must be one of ${CASTINGS.map((c) => JSON.stringify(c)).join(", ")}, got ${describeType(casting)}`);
  }
  const promoted = xs.map((x) => x.dtype).reduce((p, q) => promoteTypes(p, q));
  const d = out !== undefined ? out.dtype : dtype === undefined ? promoted : checkDType(fn, dtype);
  for (const x of xs) {
    if (!canCast(x.dtype, d, { casting: casting as Casting })) {
      throw new DTypeError(`${fn}: cannot cast array data from ${x.dtype} to ${d} according to the rule '${String(casting)}'`);
    }
  }
  return out !== undefined || dtype !== undefined ? d : promoted;
}

function readOutOption(fn: string, out: unknown): NDArray | undefined {
  if (out === undefined || out === null) return undefined;
  if (!(out instanceof NDArray)) throw new DTypeError(`${fn}: out must be an NDArray, got ${describeType(out)}`);
  return out;
}

/**
 * Joins `xs` along `axis` into a new array of `dtype`, or into `out`. Validates everything
 * before writing; inputs that share memory with `out` are copied first.
 */
function join(fn: string, xs: NDArray[], axis: number, dtype: DType, out: NDArray | undefined): NDArray {
  const first = xs[0] as NDArray;
  const shape = first.shape.slice();
  shape[axis] = 0;
  xs.forEach((x, i) => {
    if (x.ndim !== first.ndim) {
      throw new ShapeError(
        `${fn}: all the input arrays must have the same number of dimensions, but the array at index 0 has ${first.ndim} dimension(s) (shape ${formatShape(first.shape)}) and the array at index ${i} has ${x.ndim} (shape ${formatShape(x.shape)})`,
      );
    }
    x.shape.forEach((n, k) => {
      if (k !== axis && n !== first.shape[k]) {
        throw new ShapeError(
          `${fn}: all the input array dimensions except for the concatenation axis ${axis} must match exactly, but along axis ${k} the array at index 0 has size ${first.shape[k]} (shape ${formatShape(first.shape)}) and the array at index ${i} has size ${n} (shape ${formatShape(x.shape)})`,
        );
      }
    });
    shape[axis] = (shape[axis] as number) + (x.shape[axis] as number);
  });
  const result = checkShape(fn, shape);
  let dst: NDArray;
  if (out !== undefined) {
    if (!shapesEqual(out.shape, result)) {
      throw new ShapeError(`${fn}: out has shape ${formatShape(out.shape)} but the result has shape ${formatShape(result)}`);
    }
    if (out.readonly) throw new ReadOnlyError(`${fn}: out of shape ${formatShape(out.shape)} is read-only (a broadcast view, or a view of one)`);
    xs = xs.map((x) => (mayShareMemory(viewOf(x), viewOf(out)) ? copyAs(x) : x));
    dst = out;
  } else {
    dst = freshArray(dtype, result);
  }
  let at = 0;
  for (const x of xs) {
    const n = x.shape[axis] as number;
    // the typed arrays convert exactly where numpy's cast widens; float → integer and → bool go through astype's rules
    const to = DTYPES[dst.dtype].kind as string;
    const exact = to === "f" || x.dtype === dst.dtype || (to !== "b" && DTYPES[x.dtype].kind !== "f");
    copyInto(sliceAxis(dst, axis, at, at + n), exact ? x : convert(x, dst.dtype));
    at += n;
  }
  return dst;
}

/**
 * Joins arrays along an existing axis (default 0); `axis: null` flattens them first. The Array
 * API's `concat`; numpy's name is {@link concatenate}.
 *
 * @example
 * import { array, concat } from "ndarray-broadcast";
 * const a = array([[1, 2], [3, 4]]);
 * const b = array([[5, 6]]);
 * console.log(concat([a, b]).tolist(), concat([a, b], { axis: null }).tolist());
 * // => [ [ 1, 2 ], [ 3, 4 ], [ 5, 6 ] ] [ 1, 2, 3, 4, 5, 6 ]
 */
export function concat(arrays: readonly (NDArray | ArrayLike)[], options?: ConcatOptions): NDArray {
  return concatAs("concat", arrays, options);
}

/**
 * numpy's name of {@link concat}.
 *
 * @example
 * import { array, concatenate } from "ndarray-broadcast";
 * console.log(concatenate([array([[1], [2]]), array([[3], [4]])], { axis: 1 }).tolist());
 * // => [ [ 1, 3 ], [ 2, 4 ] ]
 */
export function concatenate(arrays: readonly (NDArray | ArrayLike)[], options?: ConcatOptions): NDArray {
  return concatAs("concatenate", arrays, options);
}

function concatAs(fn: string, arrays: unknown, options: ConcatOptions | undefined): NDArray {
  const opts = checkOptions<ConcatOptions>(fn, options, ["axis", "dtype", "out", "casting"]);
  let xs = arrayList(fn, arrays);
  if (xs.length === 0) throw new ShapeError(`${fn}: need at least one array to concatenate`);
  const out = readOutOption(fn, opts.out);
  const dtype = joinDType(fn, xs, opts.dtype, out, opts.casting);
  if (opts.axis === null) {
    xs = xs.map((x) => ravel(x));
    return join(fn, xs, 0, dtype, out);
  }
  const i = xs.findIndex((x) => x.ndim === 0);
  if (i !== -1) throw new ShapeError(`${fn}: zero-dimensional arrays cannot be concatenated (the array at index ${i} has shape ())`);
  const axis = normalizeAxis(fn, opts.axis ?? 0, (xs[0] as NDArray).ndim);
  return join(fn, xs, axis, dtype, out);
}

/**
 * Joins arrays of one shape along a new axis (default 0, any position from `-(ndim + 1)` to
 * `ndim`).
 *
 * @example
 * import { array, stack } from "ndarray-broadcast";
 * const a = array([1, 2]);
 * const b = array([3, 4]);
 * console.log(stack([a, b]).tolist(), stack([a, b], { axis: -1 }).tolist());
 * // => [ [ 1, 2 ], [ 3, 4 ] ] [ [ 1, 3 ], [ 2, 4 ] ]
 */
export function stack(arrays: readonly (NDArray | ArrayLike)[], options?: Omit<ConcatOptions, "axis"> & { axis?: number }): NDArray {
  const fn = "stack";
  const opts = checkOptions<ConcatOptions>(fn, options, ["axis", "dtype", "out", "casting"]);
  const xs = arrayList(fn, arrays);
  if (xs.length === 0) throw new ShapeError(`${fn}: need at least one array to stack`);
  const first = xs[0] as NDArray;
  xs.forEach((x, i) => {
    if (!shapesEqual(x.shape, first.shape)) {
      throw new ShapeError(`${fn}: all input arrays must have the same shape, but the array at index 0 has shape ${formatShape(first.shape)} and the array at index ${i} has shape ${formatShape(x.shape)}`);
    }
  });
  const axis = normalizeAxis(fn, opts.axis ?? 0, first.ndim + 1);
  const out = readOutOption(fn, opts.out);
  const dtype = joinDType(fn, xs, opts.dtype, out, opts.casting);
  return join(fn, xs.map((x) => expandDims(x, axis)), axis, dtype, out);
}

function stackAs(fn: string, arrays: unknown, options: unknown, lift: (x: NDArray) => NDArray, axisOf: (xs: NDArray[]) => number): NDArray {
  const opts = checkOptions<ConcatOptions>(fn, options, ["dtype", "casting"]);
  const xs = arrayList(fn, arrays).map(lift);
  if (xs.length === 0) throw new ShapeError(`${fn}: need at least one array to concatenate`);
  return join(fn, xs, axisOf(xs), joinDType(fn, xs, opts.dtype, undefined, opts.casting), undefined);
}

/**
 * Joins along the second axis, or the first for 1-D inputs (numpy's `hstack`).
 *
 * @example
 * import { hstack } from "ndarray-broadcast";
 * console.log(hstack([[1, 2], [3]]).tolist(), hstack([[[1], [2]], [[3], [4]]]).tolist());
 * // => [ 1, 2, 3 ] [ [ 1, 3 ], [ 2, 4 ] ]
 */
export function hstack(arrays: readonly (NDArray | ArrayLike)[], options?: { dtype?: DType; casting?: Casting }): NDArray {
  return stackAs("hstack", arrays, options, (x) => atleast1d(x), (xs) => ((xs[0] as NDArray).ndim === 1 ? 0 : 1));
}

/**
 * Joins along the first axis after making every input at least 2-D (numpy's `vstack`).
 *
 * @example
 * import { vstack } from "ndarray-broadcast";
 * console.log(vstack([[1, 2], [3, 4]]).tolist());
 * // => [ [ 1, 2 ], [ 3, 4 ] ]
 */
export function vstack(arrays: readonly (NDArray | ArrayLike)[], options?: { dtype?: DType; casting?: Casting }): NDArray {
  return stackAs("vstack", arrays, options, (x) => atleast2d(x), () => 0);
}

/**
 * Joins along the third axis after making every input at least 3-D (numpy's `dstack`).
 *
 * @example
 * import { dstack } from "ndarray-broadcast";
 * console.log(dstack([[1, 2], [3, 4]]).shape);
 * // => [ 1, 2, 2 ]
 */
export function dstack(arrays: readonly (NDArray | ArrayLike)[]): NDArray {
  return stackAs("dstack", arrays, undefined, (x) => atleast3d(x), () => 2);
}

/**
 * Joins 1-D arrays as columns (and 2-D arrays as they are) into a 2-D array (numpy's
 * `column_stack`).
 *
 * @example
 * import { columnStack } from "ndarray-broadcast";
 * console.log(columnStack([[1, 2], [3, 4]]).tolist());
 * // => [ [ 1, 3 ], [ 2, 4 ] ]
 */
export function columnStack(arrays: readonly (NDArray | ArrayLike)[]): NDArray {
  const fn = "columnStack";
  return stackAs(
    fn,
    arrays,
    undefined,
    (x) => (x.ndim < 2 ? expandDims(x.ndim === 0 ? x.reshape([1]) : x, 1) : x),
    () => 1,
  );
}

/**
 * `values` appended to `arr` along `axis` (both flattened when `axis` is omitted or null), as
 * numpy's `append`: a new array.
 *
 * @example
 * import { append, array } from "ndarray-broadcast";
 * console.log(append([1, 2], [[3, 4]]).tolist(), append(array([[1, 2]]), [[3, 4]], { axis: 0 }).tolist());
 * // => [ 1, 2, 3, 4 ] [ [ 1, 2 ], [ 3, 4 ] ]
 */
export function append(arr: NDArray | ArrayLike, values: NDArray | ArrayLike, axis?: number | null | { axis?: number | null }): NDArray {
  const fn = "append";
  const ax = axisArgument<{ axis: number | null }>(fn, axis).axis;
  const xs = arrayList(fn, [arr, values]);
  if (ax === undefined || ax === null) return concatAs(fn, xs.map((x) => ravel(x)), undefined);
  return concatAs(fn, xs, { axis: ax });
}
