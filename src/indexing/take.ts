/**
 * Selection along an axis: `take`, `takeAlongAxis`, `put`, `putAlongAxis`, `compress` — each
 * numpy's function, carried out by the indexing plan.
 *
 * @module
 */
import { toArray } from "../create.js";
import { DTYPES } from "../dtype.js";
import { AxisError, DTypeError, IndexError, ReadOnlyError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { checkAttached, freshArray, isCContiguous, NDArray, viewOf } from "../ndarray.js";
import { resolveBroadcast } from "../shape/broadcast-shapes.js";
import { shapeSize, type Shape } from "../validate.js";
import { gatherOffsets, readValue, readValueAs, scatter, target, writePlan } from "./index-array.js";
import { flatValues, isBoolArray } from "./keys.js";
import { blockOffsets, planIndex, planOffsets } from "./plan.js";

/** numpy's `mode`: what an out-of-range index does. */
export type IndexMode = "raise" | "wrap" | "clip";

/** Options of {@link take}. */
export interface TakeOptions {
  /** The axis to take along; `null` or omitted: the flattened array. */
  axis?: number | null;
  /** Out-of-range indices: `"raise"` (default) an `IndexError`, `"wrap"` around, `"clip"` to the ends. */
  mode?: IndexMode;
}

/** Checks an options object against the keys it may have (unknown options are refused). */
export function readOptions<T extends object>(fn: string, options: unknown, allowed: readonly (keyof T & string)[]): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new DTypeError(`${fn}: options must be an object like { ${allowed.join(", ")} }, got ${describeType(options)}`);
  }
  for (const k of Object.keys(options)) {
    if (!(allowed as readonly string[]).includes(k)) {
      throw new DTypeError(`${fn}: unknown option "${k}"; the options are ${allowed.map((a) => `"${a}"`).join(", ")}`);
    }
  }
  return options as Partial<T>;
}

/** Normalizes an axis argument of an array of rank `ndim`. */
export function readAxis(fn: string, axis: unknown, ndim: number): number {
  if (typeof axis !== "number" || !Number.isInteger(axis)) {
    throw new AxisError(`${fn}: axis must be an integer, got ${typeof axis === "number" ? axis : describeType(axis)}`);
  }
  if (axis < -ndim || axis >= ndim) {
    throw new AxisError(`${fn}: axis ${axis} is out of bounds for array of dimension ${ndim}`);
  }
  return axis < 0 ? axis + ndim : axis;
}

function readMode(fn: string, mode: unknown): IndexMode {
  if (mode === undefined) return "raise";
  if (mode !== "raise" && mode !== "wrap" && mode !== "clip") {
    throw new DTypeError(`${fn}: mode must be "raise", "wrap" or "clip", got ${typeof mode === "string" ? JSON.stringify(mode) : describeType(mode)}`);
  }
  return mode;
}

/** An integer-array argument (an NDArray of an integer dtype, nested integers or one integer). */
export function integerArray(fn: string, what: string, x: unknown): NDArray {
  if (x instanceof BigInt64Array || x instanceof BigUint64Array) {
    throw new IndexError(`${fn}: ${what} is a ${x.constructor.name}, whose BigInt elements cannot index; pass an Int32Array, a nested array of numbers or an integer NDArray`);
  }
  // a float NDArray is refused as index() refuses it (numpy: no safe cast to intp); nested JS
  // numbers and typed arrays holding integers are accepted
  if (x instanceof NDArray && DTYPES[x.dtype].kind === "f") {
    throw new IndexError(
      `${fn}: ${what} is a ${x.dtype} array of shape ${formatShape(x.shape)}; arrays used as indices must be of integer type (convert with astype("int32"))`,
    );
  }
  const a = typeof x === "number" || Array.isArray(x) || ArrayBuffer.isView(x) ? toArray(fn, x) : x;
  if (!(a instanceof NDArray)) throw new DTypeError(`${fn}: ${what} must be an integer array, got ${describeType(x)}`);
  checkAttached(fn, a);
  const values = flatValues(a);
  if (isBoolArray(a)) throw new IndexError(`${fn}: ${what} must be integers, not booleans`);
  for (let i = 0; i < values.length; i++) {
    if (!Number.isInteger(values[i])) {
      throw new IndexError(`${fn}: ${what} must be integers, got ${values[i]} (arrays used as indices must be of integer type)`);
    }
  }
  return a;
}

/**
 * The indices of `idx` for an axis of length `n` under `mode`, as a new int32 array of the same
 * shape; with `"raise"`, an out-of-range index is an `IndexError` naming the axis.
 */
function modeIndices(fn: string, idx: NDArray, n: number, mode: IndexMode | "unchecked", axisName: string): NDArray {
  const values = flatValues(idx);
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let v = values[i] as number;
    if (mode === "unchecked") {
      v = 0; // an index of an empty selection, never read: numpy checks none of them
    } else if (mode === "raise") {
      if (v < -n || v >= n) throw new IndexError(`${fn}: index ${v} is out of bounds for ${axisName} with size ${n}`);
      if (v < 0) v += n;
    } else if (mode === "wrap") {
      if (n === 0) throw new IndexError(`${fn}: cannot do a non-empty take from an empty axis`);
      v = ((v % n) + n) % n;
    } else {
      if (n === 0) throw new IndexError(`${fn}: cannot do a non-empty take from an empty axis`);
      v = v < 0 ? 0 : v >= n ? n - 1 : v;
    }
    out[i] = v;
  }
  return freshArray("int32", idx.shape, out);
}

/**
 * `mode`, except that numpy's `take` checks no index in `"raise"` mode when an axis before `axis`
 * is empty (its loop over them never runs).
 */
function raiseUnlessEmpty(src: NDArray, axis: number, mode: IndexMode): IndexMode | "unchecked" {
  return mode === "raise" && src.shape.slice(0, axis).includes(0) ? "unchecked" : mode;
}

/** A 0-d array as the 1-d array of its one element (numpy's axis check does this); others as they are. */
function atLeast1d(a: NDArray): NDArray {
  return a.ndim === 0 ? a.reshape(1) : a;
}

/** `a` flattened in C order (a view when it is contiguous). */
function flatten(a: NDArray): NDArray {
  return a.reshape(a.size);
}

function axisArgument(fn: string, axisOrOptions: unknown, options: unknown): { axis: unknown; rest: unknown } {
  if (typeof axisOrOptions === "number" || axisOrOptions === null) return { axis: axisOrOptions, rest: options };
  if (options !== undefined) throw new DTypeError(`${fn}: the options come after the axis; got ${describeType(axisOrOptions)} for the axis`);
  return { axis: undefined, rest: axisOrOptions };
}

/**
 * numpy's `take(a, indices, axis)`: the elements at `indices` along `axis` (of the flattened
 * array when `axis` is `null` or omitted) — `a[:, …, indices, …]` with `indices` at `axis`. Always
 * a copy. `axis` may also be given positionally: `take(a, [0, 2], 1)`.
 *
 * @example
 * import { arange, take } from "ndarray-broadcast";
 * const a = arange(6).reshape(2, 3);
 * console.log(take(a, [0, 2], 1).toString(), take(a, [[5, 0]]).toString());
 * // => array([[0., 2.],
 * //           [3., 5.]]) array([[5., 0.]])
 * console.log(take(a, [7, -1], { mode: "clip" }).toString());
 * // => array([5., 0.])
 */
export function take(a: NDArray, indices: unknown, axis?: number | null | TakeOptions, options?: TakeOptions): NDArray {
  const fn = "take";
  const x = target(fn, a);
  const given = axisArgument(fn, axis, options);
  const opts = readOptions<TakeOptions>(fn, given.rest, ["axis", "mode"]);
  const ax = given.axis !== undefined ? given.axis : opts.axis;
  const mode = readMode(fn, opts.mode);
  const idx = integerArray(fn, "indices", indices);
  const src = ax === null || ax === undefined ? flatten(x) : atLeast1d(x);
  const k = ax === null || ax === undefined ? 0 : readAxis(fn, ax, src.ndim);
  const n = src.shape[k] as number;
  const norm = modeIndices(fn, idx, n, raiseUnlessEmpty(src, k, mode), `axis ${k}`);
  return gatherKeys(fn, src, [...new Array<string>(k).fill(":"), norm]);
}

/** `src[keys]` where the keys are known good and hold an integer array: always a copy. */
function gatherKeys(fn: string, src: NDArray, keys: readonly unknown[]): NDArray {
  const plan = planIndex(fn, src, keys);
  const out = freshArray(src.dtype, plan.shape);
  if (out.size === 0) return out; // the indices are checked by the caller, as numpy checks them
  gatherOffsets(src.data, planOffsets(fn, plan), out.data);
  return out;
}

/** Options of {@link takeAlongAxis} and {@link putAlongAxis}. */
export interface AlongAxisOptions {
  /** The axis (default -1); `null`: the flattened array. */
  axis?: number | null;
}

/** The keys of numpy's `_make_along_axis_idx`: `indices` at `axis`, an open grid elsewhere. */
function alongAxisKeys(fn: string, x: NDArray, indices: unknown, axis: unknown): { src: NDArray; keys: NDArray[] } {
  const idx = integerArray(fn, "indices", indices);
  if (axis === null) {
    if (idx.ndim !== 1) throw new ShapeError(`${fn}: when axis is null, indices must have one dimension, got shape ${formatShape(idx.shape)}`);
    const src = flatten(x);
    return { src, keys: [modeIndices(fn, idx, src.size, "raise", "axis 0")] };
  }
  if (idx.ndim !== x.ndim) {
    throw new ShapeError(
      `${fn}: indices and arr must have the same number of dimensions: indices has shape ${formatShape(idx.shape)}, arr ${formatShape(x.shape)}`,
    );
  }
  const k = readAxis(fn, axis, x.ndim);
  // numpy checks the indices over the broadcast selection only: none when it is empty
  const joint = resolveBroadcast([idx.shape, x.shape.map((n, d) => (d === k ? 1 : n))]);
  const empty = "shape" in joint && shapeSize(joint.shape) === 0;
  const keys = x.shape.map((n, d) => {
    if (d === k) return modeIndices(fn, idx, n, empty ? "unchecked" : "raise", `axis ${k}`);
    const grid: Shape = x.shape.map((_, e) => (e === d ? n : 1));
    return freshArray("int32", grid, Int32Array.from({ length: n }, (_, i) => i));
  });
  return { src: x, keys };
}

function alongAxisArgs(fn: string, axis: unknown): unknown {
  if (axis === undefined || axis === null || typeof axis === "number") return axis === undefined ? -1 : axis;
  const opts = readOptions<AlongAxisOptions>(fn, axis, ["axis"]);
  return opts.axis === undefined ? -1 : opts.axis;
}

/**
 * numpy's `take_along_axis(arr, indices, axis=-1)`: picks `arr`'s values at `indices` along
 * `axis`, matching the other axes one to one (size-1 axes broadcast) — what `argsort` and
 * `argmax` with `keepdims` return plugs in here. `indices` has `arr`'s rank; with `axis: null`
 * it is 1-D and indexes the flattened array. Always a copy.
 *
 * @example
 * import { array, takeAlongAxis } from "ndarray-broadcast";
 * const a = array([[10, 30, 20], [60, 40, 50]]);
 * console.log(takeAlongAxis(a, [[1], [0]], 1).toString());
 * // => array([[30.],
 * //           [60.]])
 */
export function takeAlongAxis(arr: NDArray, indices: unknown, axis?: number | null | AlongAxisOptions): NDArray {
  const fn = "takeAlongAxis";
  const x = target(fn, arr);
  const { src, keys } = alongAxisKeys(fn, x, indices, alongAxisArgs(fn, axis));
  return gatherKeys(fn, src, keys);
}

/**
 * numpy's `put_along_axis(arr, indices, values, axis)`: writes `values` (broadcast to the
 * indices' shape) into `arr` in place at `indices` along `axis`, the other axes matched one to
 * one. With repeated indices the last write wins; nothing is written when the call fails.
 *
 * @example
 * import { array, putAlongAxis } from "ndarray-broadcast";
 * const a = array([[10, 30, 20], [60, 40, 50]]);
 * putAlongAxis(a, [[1], [0]], 0, 1);
 * console.log(a.toString());
 * // => array([[10.,  0., 20.],
 * //           [ 0., 40., 50.]])
 */
export function putAlongAxis(arr: NDArray, indices: unknown, values: unknown, axis: number | null | AlongAxisOptions): void {
  const fn = "putAlongAxis";
  const x = target(fn, arr);
  if (axis === undefined) throw new AxisError(`${fn}: axis is required (an integer, or null for the flattened array)`);
  const ax = alongAxisArgs(fn, axis);
  if (ax === null) {
    checkWritable(fn, x);
    // numpy writes through a flattened view, and refuses where flattening copies (read-only)
    if (!isCContiguous(viewOf(x))) {
      throw new ReadOnlyError(
        `${fn}: with axis null the array is written through its flattened form, which is a read-only copy for a non-contiguous array (strides ${formatShape(x.strides)}); write into a contiguous copy()`,
      );
    }
    const idx = integerArray(fn, "indices", indices);
    if (idx.ndim !== 1) throw new ShapeError(`${fn}: when axis is null, indices must have one dimension, got shape ${formatShape(idx.shape)}`);
    const flat = flatValues(modeIndices(fn, idx, x.size, "raise", "axis 0"));
    const where = blockOffsets(x.shape, x.strides);
    const offs = Int32Array.from(flat, (i) => x.offset + (where[i] as number));
    scatter(x.data, offs, readValue(fn, values, x.dtype, idx.shape, x), idx.shape);
    return;
  }
  // numpy checks the axis and the indices' rank before it finds the target read-only
  const { src, keys } = alongAxisKeys(fn, x, indices, ax);
  checkWritable(fn, x);
  const plan = planIndex(fn, src, keys);
  writePlan(fn, src, plan, readValue(fn, values, src.dtype, plan.shape, src));
}

function checkWritable(fn: string, a: NDArray): void {
  if (a.readonly) {
    throw new ReadOnlyError(`${fn}: assignment destination is read-only: this ${formatShape(a.shape)} array is a broadcast view or a view of a read-only array; copy() it to write`);
  }
}

/** Options of {@link put}. */
export interface PutOptions {
  /** Out-of-range indices: `"raise"` (default), `"wrap"` or `"clip"`. */
  mode?: IndexMode;
}

/**
 * numpy's `put(a, ind, v)`: writes `v` into `a` in place at the flat (C-order) indices `ind`; `v`
 * is repeated when shorter than `ind` (an empty `v` writes nothing). With repeated indices the
 * last write wins; nothing is written when the call fails.
 *
 * @example
 * import { arange, put } from "ndarray-broadcast";
 * const a = arange(6).reshape(2, 3);
 * put(a, [0, 4, -1], [9, 8]);
 * console.log(a.toString());
 * // => array([[9., 1., 2.],
 * //           [3., 8., 9.]])
 */
export function put(a: NDArray, ind: unknown, v: unknown, options?: PutOptions): void {
  const fn = "put";
  const x = target(fn, a);
  checkWritable(fn, x);
  const mode = readMode(fn, readOptions<PutOptions>(fn, options, ["mode"]).mode);
  const ind32 = integerArray(fn, "ind", ind);
  if (x.size === 0 && ind32.size > 0) throw new IndexError(`${fn}: cannot replace elements of an empty array (shape ${formatShape(x.shape)})`);
  const r = readValueAs(fn, v, x.dtype, x);
  const vals = r.kind === "scalar" ? [r.value] : flatValues(r.array);
  // numpy returns before it reads the indices when there is no value to write
  if (vals.length === 0) return;
  const idx = modeIndices(fn, ind32, x.size, mode, "axis 0");
  if (idx.size === 0) return;
  const where = blockOffsets(x.shape, x.strides);
  const targets = flatValues(idx);
  const data = x.data;
  const base = x.offset;
  for (let i = 0; i < targets.length; i++) data[base + (where[targets[i] as number] as number)] = vals[i % vals.length] as number;
}

/** Options of {@link compress}. */
export interface CompressOptions {
  /** The axis to select along; `null` or omitted: the flattened array. */
  axis?: number | null;
}

/**
 * numpy's `compress(condition, a, axis)`: the slices of `a` along `axis` where the 1-D
 * `condition` is true (non-zero); the flattened array when `axis` is omitted. A condition shorter
 * than the axis selects nothing beyond its end. Always a copy.
 *
 * @example
 * import { arange, compress } from "ndarray-broadcast";
 * const a = arange(6).reshape(2, 3);
 * console.log(compress([true, false, true], a, 1).toString(), compress([0, 1], a).toString());
 * // => array([[0., 2.],
 * //           [3., 5.]]) array([1.])
 */
export function compress(condition: unknown, a: NDArray, axis?: number | null | CompressOptions): NDArray {
  const fn = "compress";
  const x = target(fn, a);
  const ax = typeof axis === "object" && axis !== null ? readOptions<CompressOptions>(fn, axis, ["axis"]).axis : axis;
  const cond = conditionValues(fn, condition);
  const selected: number[] = [];
  for (let i = 0; i < cond.length; i++) if (cond[i] !== 0) selected.push(i);
  const src = ax === null || ax === undefined ? flatten(x) : atLeast1d(x);
  const k = ax === null || ax === undefined ? 0 : readAxis(fn, ax, src.ndim);
  const idx = modeIndices(fn, freshArray("int32", [selected.length], Int32Array.from(selected)), src.shape[k] as number, raiseUnlessEmpty(src, k, "raise"), `axis ${k}`);
  return gatherKeys(fn, src, [...new Array<string>(k).fill(":"), idx]);
}

function conditionValues(fn: string, condition: unknown): ArrayLike<number> {
  if (Array.isArray(condition)) {
    if (condition.some((c) => Array.isArray(c))) throw new ShapeError(`${fn}: condition must be a 1-d array`);
    return condition.map((c, i) => {
      if (typeof c === "boolean") return c ? 1 : 0;
      if (typeof c === "number") return c;
      throw new DTypeError(`${fn}: condition[${i}] is ${describeType(c)}; expected booleans or numbers`);
    });
  }
  if (condition instanceof NDArray) {
    checkAttached(fn, condition);
    if (condition.ndim !== 1) throw new ShapeError(`${fn}: condition must be a 1-d array, got shape ${formatShape(condition.shape)}`);
    return flatValues(condition);
  }
  throw new DTypeError(`${fn}: condition must be a 1-d array of booleans or numbers, got ${describeType(condition)}`);
}
