/**
 * `index(a, ...keys)` — numpy's `a[keys]` — and `setIndex(a, keys, value)` — numpy's
 * `a[keys] = value`.
 *
 * @module
 */
import { allocate, DTYPES, type DType, type TypedArray } from "../dtype.js";
import { BroadcastError, DTypeError, ReadOnlyError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { toArray } from "../create.js";
import { checkAttached, checkElement, freshArray, looksLikeNDArray, NDArray, notAnNDArray, viewOf, type ScijsArray } from "../ndarray.js";
import { mayShareMemory } from "../ops/overlap.js";
import { assignView, fillView, scijsView } from "../scijs.js";
import { broadcastStrides } from "../shape/broadcast-to.js";
import { shapeSize, type Shape } from "../validate.js";
import type { Key } from "./keys.js";
import { parseSlice, Slice, sliceRange } from "./slice.js";
import { blockOffsets, planIndex, planOffsets, type IndexPlan, type MaskOnly } from "./plan.js";

/** The array being indexed: an NDArray (anything else is refused; index a copy made by `array`). */
export function target(fn: string, a: unknown): NDArray {
  if (!(a instanceof NDArray)) {
    if (looksLikeNDArray(a)) throw notAnNDArray(fn, a, "the array to index");
    throw new DTypeError(`${fn}: expected an NDArray to index, got ${describeType(a)}; make one with array(x)`);
  }
  return checkAttached(fn, a);
}

/** The view a basic plan describes. */
function planView(a: NDArray, plan: IndexPlan): ScijsArray {
  return scijsView(a.data, a.dtype, plan.post.shape, plan.post.strides, plan.offset);
}

/**
 * numpy's `a[k0, k1, …]`. Keys are integers (negative from the end), slices (`"1:-1"`, `":"`,
 * `"::-1"`, `slice(start, stop, step)`), `"..."`, `null`/{@link newaxis}, integer arrays and
 * boolean masks (docs/indexing.md).
 *
 * With only integers, slices, `"..."` and new axes (basic indexing) the result is a **view**: it
 * shares `a`'s buffer (O(1), whatever the size), writes through it change `a`, and it is
 * read-only when `a` is. Where every key is an integer and the result is 0-d, numpy returns a
 * scalar: here a 0-d copy. Any integer array or mask (advanced indexing) gives a **copy**, with
 * the advanced axes placed first when they are separated by a slice, `"..."` or a new axis, and
 * where the first of them stands otherwise.
 *
 * @example
 * import { arange, index } from "ndarray-broadcast";
 * const a = arange(12).reshape(3, 4);
 * console.log(index(a, 1).toString(), index(a, ":", -1).toString());
 * // => array([4., 5., 6., 7.]) array([ 3.,  7., 11.])
 * console.log(index(a, "::2", "1:3").toString());
 * // => array([[ 1.,  2.],
 * //           [ 9., 10.]])
 * console.log(index(a, [0, 2], [1, 3]).toString(), index(a, "...", null).shape);
 * // => array([ 1., 11.]) [ 3, 4, 1 ]
 */
export function index(a: NDArray, ...keys: Key[]): NDArray {
  const fn = "index";
  const x = target(fn, a);
  const view = basicView(fn, x, keys);
  if (view !== null) return view;
  const plan = planIndex(fn, x, keys);
  if (plan.advanced === null) {
    const view = new NDArray(planView(x, plan), x.dtype, x.readonly);
    return plan.scalar ? view.copy() : view;
  }
  return gather(fn, x, plan);
}

/**
 * The common case on its own path: keys that are all integers, slices, `"..."` and new axes,
 * folded straight into the view's offset, shape and strides (no plan, no per-key objects: a
 * basic index costs about what making the view costs). `null` for anything else, and for any
 * key the general path must report, so that errors are raised in one place.
 */
function basicView(fn: string, x: NDArray, keys: readonly unknown[]): NDArray | null {
  const ndim = x.ndim;
  let consumed = 0;
  let ellipsis = false;
  let onlyInts = true;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (typeof k === "number") consumed++;
    else if (k === null) onlyInts = false;
    else if (typeof k === "string") {
      onlyInts = false;
      if (k !== "...") consumed++;
      else if (ellipsis) return null;
      else ellipsis = true;
    } else if (k instanceof Slice) {
      onlyInts = false;
      consumed++;
    } else return null;
  }
  if (consumed > ndim) return null;
  const shape = x.shape;
  const strides = x.strides;
  const dims: number[] = [];
  const st: number[] = [];
  let offset = x.offset;
  let axis = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (typeof k === "number") {
      const n = shape[axis] as number;
      if (!Number.isInteger(k) || k < -n || k >= n) return null;
      offset += (k < 0 ? k + n : k) * (strides[axis++] as number);
    } else if (k === null) {
      dims.push(1);
      st.push(0);
    } else if (k === "...") {
      for (let e = ndim - consumed; e > 0; e--, axis++) {
        dims.push(shape[axis] as number);
        st.push(strides[axis] as number);
      }
    } else {
      const r = sliceRange(typeof k === "string" ? parseSlice(fn, k, i) : (k as Slice), shape[axis] as number);
      const stride = strides[axis++] as number;
      if (r.length > 0) offset += r.start * stride;
      dims.push(r.length);
      st.push(stride * r.step);
    }
  }
  for (; axis < ndim; axis++) {
    dims.push(shape[axis] as number);
    st.push(strides[axis] as number);
  }
  const view = new NDArray(scijsView(x.data, x.dtype, dims, st, offset), x.dtype, x.readonly);
  return onlyInts && dims.length === 0 ? view.copy() : view;
}

/** The elements an advanced plan selects, copied in C order into a new array. */
function gather(fn: string, a: NDArray, plan: IndexPlan): NDArray {
  const adv = plan.advanced as NonNullable<IndexPlan["advanced"]>;
  const out = allocate(a.dtype, shapeSize(plan.shape));
  const src = a.data;
  if (adv.mask !== null && plan.pre.shape.length === 0 && plan.post.shape.length === 0) {
    maskGather(src, plan.offset, adv.mask, out);
  } else {
    gatherOffsets(src, planOffsets(fn, plan), out);
  }
  return freshArray(a.dtype, plan.shape, out);
}

/** `out[k] = src[offs[k]]`: a function of arrays only, for the reason given at {@link maskRun}. */
export function gatherOffsets(src: TypedArray, offs: Int32Array, out: TypedArray): void {
  for (let k = 0; k < offs.length; k++) out[k] = src[offs[k] as number] as number;
}

/**
 * `a[mask]` where the mask covers every axis of the view: one walk over the mask and the data
 * together, writing each selected element (the common `Z[Z > 0.5]`), with no index table.
 */
function maskGather(src: TypedArray, base: number, mask: MaskOnly, out: TypedArray): void {
  const { shape, strides } = coalesceAxes(mask.shape, mask.strides);
  const values = mask.values;
  const rank = shape.length;
  const inner = shape[rank - 1] as number;
  const step = strides[rank - 1] as number;
  const size = values.length;
  if (size === 0) return;
  // one run per row of the (coalesced) mask; the rows start where blockOffsets puts them
  const rows = blockOffsets(shape.slice(0, rank - 1), strides.slice(0, rank - 1));
  let k = 0;
  for (let r = 0, i = 0; i < size; r++, i += inner) k = maskRun(values, i, inner, src, base + (rows[r] as number), step, out, k);
}

/**
 * One run of a mask walk: `n` mask entries from `i`, data from `p` by `step`, selected elements
 * written from `out[k]`; returns the next `k`. A function of its own, given only arrays and
 * numbers: V8 then compiles it without embedding any of one call's objects, which a full garbage
 * collection would otherwise invalidate (the walk's loop inline in its caller was deoptimized by
 * every collection: 2.5× slower in the benchmark, which collects before each sample).
 */
function maskRun(values: ArrayLike<number>, i: number, n: number, src: TypedArray, p: number, step: number, out: TypedArray, k: number): number {
  for (let j = 0; j < n; j++, i++, p += step) {
    if (values[i] !== 0) out[k++] = src[p] as number;
  }
  return k;
}

/** Merges neighbouring axes that one stride walks (C order kept), so a contiguous walk is one loop. */
function coalesceAxes(shape: Shape, strides: readonly number[]): { shape: number[]; strides: number[] } {
  const s: number[] = [shape[0] as number];
  const t: number[] = [strides[0] as number];
  for (let d = 1; d < shape.length; d++) {
    const last = s.length - 1;
    if ((t[last] as number) === (strides[d] as number) * (shape[d] as number)) {
      s[last] = (s[last] as number) * (shape[d] as number);
      t[last] = strides[d] as number;
    } else {
      s.push(shape[d] as number);
      t.push(strides[d] as number);
    }
  }
  return { shape: s, strides: t };
}

/** What is written: one number, or an array broadcast to the indexed shape. */
export type Value = { kind: "scalar"; value: number } | { kind: "array"; array: NDArray };

/**
 * Reads the value of an assignment into an array of `dtype` and indexed shape `shape`, with
 * numpy's rules: a number as a Python scalar (fractions truncate into integers; NaN, ±Infinity
 * and out-of-range numbers are refused), nested lists element by element the same way, an
 * array cast as numpy casts it on assignment (integers wrap, floats round or truncate) except
 * that a float array with NaN, ±Infinity or values outside an integer dtype's range is refused
 * (numpy writes undefined values there). The value broadcasts to `shape`; leading axes of
 * length 1 beyond it are dropped as numpy drops them for the `rule` of the index
 * ({@link IndexPlan.assign}: an advanced index, or an NDArray into a view). One that overlaps
 * `dst` is copied first.
 */
export function readValue(fn: string, value: unknown, dtype: DType, shape: Shape, dst: NDArray, rule: IndexPlan["assign"] = "fancy"): Value {
  return fitValue(fn, readValueAs(fn, value, dtype, dst), !(value instanceof NDArray), shape, rule);
}

/** {@link readValue} after {@link readValueAs}: `r` (from a nested list when `list`) fitted to `shape`. */
function fitValue(fn: string, r: Value, list: boolean, shape: Shape, rule: IndexPlan["assign"]): Value {
  if (r.kind === "scalar") return r;
  checkValueRank(fn, r.array.shape, list, shape, rule);
  let v = r.array;
  let own: Shape = v.shape;
  while (own.length > shape.length && own[0] === 1) own = own.slice(1);
  if (own !== v.shape) v = v.reshape(own);
  checkValueShape(fn, v.shape, shape);
  return { kind: "array", array: v };
}

/** {@link readValue} without the broadcast: the value checked and cast for `dtype`, as it is. */
export function readValueAs(fn: string, value: unknown, dtype: DType, dst: NDArray): Value {
  if (typeof value === "number") return { kind: "scalar", value: checkElement(fn, dtype, value) };
  if (typeof value === "boolean") return { kind: "scalar", value: value ? 1 : 0 };
  if (value instanceof NDArray) {
    const v = checkAttached(fn, value);
    // into bool every non-zero value (NaN too) is true, as numpy casts
    if (dtype === "bool" && v.dtype !== "bool") return { kind: "array", array: toBool(v) };
    checkFloatToInt(fn, v, dtype);
    return { kind: "array", array: mayShareMemory(viewOf(v), viewOf(dst)) ? v.copy() : v };
  }
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return { kind: "array", array: toArray(fn, value, { dtype }) };
  throw new DTypeError(`${fn}: the value is ${describeType(value)}; expected a number, an NDArray or a nested array of numbers`);
}

/**
 * The value's rank against numpy's reading of it (a `BroadcastError` where numpy raises): one
 * element takes a number or a 0-d array only; a view takes a nested list of at most its rank;
 * a mask over every axis takes a 0-d or 1-d value.
 */
function checkValueRank(fn: string, own: Shape, list: boolean, to: Shape, rule: IndexPlan["assign"]): void {
  const what = `${list ? "a nested array" : "an array"} of shape ${formatShape(own)}`;
  if (rule === "element" && own.length > 0) {
    throw new BroadcastError(
      `${fn}: setting an array element with a sequence: the keys select one element, so the value must be a number or a 0-d array, got ${what}`,
    );
  }
  if (rule === "view" && list && own.length > to.length) {
    throw new BroadcastError(
      `${fn}: setting an array element with a sequence: ${what} has more axes than the indexed shape ${formatShape(to)} (numpy drops leading length-1 axes of an NDArray value only); remove the outer brackets`,
    );
  }
  if (rule === "mask" && own.length > 1) {
    throw new BroadcastError(
      `${fn}: boolean array indexing assignment requires a 0 or 1-dimensional value, got ${what}; the value of a[mask] = value is a number or one value per selected element`,
    );
  }
}

function checkValueShape(fn: string, from: Shape, to: Shape): void {
  let ok = from.length <= to.length;
  for (let j = 1; ok && j <= from.length; j++) {
    const d = from[from.length - j] as number;
    if (d !== 1 && d !== to[to.length - j]) ok = false;
  }
  if (!ok) {
    throw new BroadcastError(
      `${fn}: could not broadcast input array from shape ${formatShape(from)} into shape ${formatShape(to)}; the value must broadcast to the indexed shape`,
    );
  }
}

/** A new bool array: 1 where `v` is non-zero (NaN included), 0 elsewhere. */
function toBool(v: NDArray): NDArray {
  const offs = blockOffsets(v.shape, v.strides);
  const out = new Uint8Array(offs.length);
  const data = v.data;
  const base = v.offset;
  for (let k = 0; k < offs.length; k++) out[k] = (data[base + (offs[k] as number)] as number) !== 0 ? 1 : 0;
  return freshArray("bool", v.shape, out);
}

/** Refuses a float array whose values an integer dtype cannot hold after truncation. */
function checkFloatToInt(fn: string, v: NDArray, dtype: DType): void {
  const t = DTYPES[dtype];
  if (t.kind === "f" || t.kind === "b" || DTYPES[v.dtype].kind !== "f") return;
  const offs = blockOffsets(v.shape, v.strides);
  const data = v.data;
  const base = v.offset;
  for (let k = 0; k < offs.length; k++) {
    const x = data[base + (offs[k] as number)] as number;
    const r = Math.trunc(x);
    if (!(r >= t.min && r <= t.max)) {
      throw new DTypeError(
        `${fn}: cannot write ${x} from a ${v.dtype} array into ${dtype} (${t.min} to ${t.max}); numpy would write an undefined value — clip or round the values first`,
      );
    }
  }
}

/** Writes `value` where `plan` points in `a` (all checks done). */
export function writePlan(fn: string, a: NDArray, plan: IndexPlan, value: Value): void {
  const shape = plan.shape;
  if (plan.advanced === null) {
    const view = planView(a, plan);
    if (shape.length === 0) view.set(value.kind === "scalar" ? value.value : (value.array.data[value.array.offset] as number));
    else if (shapeSize(shape) === 0) return;
    else if (value.kind === "scalar") fillView(view, value.value);
    else assignView(view, scijsView(value.array.data, value.array.dtype, shape, broadcastStrides(value.array, shape), value.array.offset));
    return;
  }
  scatter(a.data, planOffsets(fn, plan), value, shape);
}

/**
 * Writes `value` (seen with `shape`, whose C order `offs` follows) at the offsets `offs` of
 * `data`, in order, so that with repeated offsets the last write wins.
 */
export function scatter(data: TypedArray, offs: Int32Array, value: Value, shape: Shape): void {
  if (value.kind === "scalar") {
    fillOffsets(data, offs, value.value);
    return;
  }
  const v = value.array;
  scatterOffsets(data, offs, v.data, v.offset, blockOffsets(shape, broadcastStrides(v, shape)));
}

/** `data[offs[k]] = x`: a function of arrays only, for the reason given at {@link maskRun}. */
function fillOffsets(data: TypedArray, offs: Int32Array, x: number): void {
  for (let k = 0; k < offs.length; k++) data[offs[k] as number] = x;
}

/** `data[offs[k]] = src[base + from[k]]`, in order: a function of arrays only. */
function scatterOffsets(data: TypedArray, offs: Int32Array, src: TypedArray, base: number, from: Int32Array): void {
  for (let k = 0; k < offs.length; k++) data[offs[k] as number] = src[base + (from[k] as number)] as number;
}

/**
 * numpy's `a[keys] = value`, in place. `keys` is the list of keys (numpy's tuple:
 * `setIndex(a, [0, ":"], v)` is `a[0, :] = v`) or one key that is not a JS array
 * (`setIndex(a, "1:-1", v)`, `setIndex(a, mask, v)`); an index array or nested mask as the
 * only key goes inside the list: `setIndex(a, [[1, 3]], v)` is `a[[1, 3]] = v`.
 *
 * The value (a number, an NDArray or nested arrays) broadcasts to the indexed shape; with
 * repeated indices the last write wins; a value that overlaps `a` behaves as if copied first;
 * a read-only `a` is refused; nothing is written when the call fails. Casting follows numpy's
 * assignment, except that a float array holding NaN, ±Infinity or numbers outside an integer
 * target's range is refused (docs/numpy-differences.md).
 *
 * @example
 * import { setIndex, zeros } from "ndarray-broadcast";
 * const Z = zeros([4, 4]);
 * setIndex(Z, ["1:-1", "1:-1"], 1);
 * setIndex(Z, [0, [0, 3]], [7, 8]);
 * console.log(Z.toString());
 * // => array([[7., 0., 0., 8.],
 * //           [0., 1., 1., 0.],
 * //           [0., 1., 1., 0.],
 * //           [0., 0., 0., 0.]])
 */
export function setIndex(a: NDArray, keys: Key | readonly Key[], value: unknown): void {
  const fn = "setIndex";
  const x = target(fn, a);
  if (x.readonly) {
    throw new ReadOnlyError(
      `${fn}: assignment destination is read-only: this ${formatShape(x.shape)} array is a broadcast view or a view of a read-only array; copy() it to write`,
    );
  }
  const list: readonly unknown[] = Array.isArray(keys) ? keys : [keys];
  // numpy reads a value that is not an NDArray (a number, nested lists) after the keys but
  // before the index arrays broadcast, and so does this
  const early: { value?: Value } = {};
  const fromArray = value instanceof NDArray;
  const plan = planIndex(fn, x, list, fromArray ? undefined : () => (early.value = readValueAs(fn, value, x.dtype, x)));
  const v = fitValue(fn, early.value ?? readValueAs(fn, value, x.dtype, x), !fromArray, plan.shape, plan.assign);
  writePlan(fn, x, plan, v);
}
