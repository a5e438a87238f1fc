/**
 * scijs views made without scijs's `ndarray()` front door. `ndarray(data, shape, stride, offset)`
 * finds the view class of `data` on every call (`Object.prototype.toString` and an `is-buffer`
 * test), which was a fifth of a small operation's time (bench/ W7). The library always knows the
 * dtype, so it keeps the view class of each (dtype, rank) and calls it directly. The object made
 * is the very one `ndarray()` makes; each class is checked against `ndarray()` once, when first
 * used, and if a future `ndarray` builds its views differently this falls back to `ndarray()`.
 *
 * @module
 */
import ndarray from "ndarray";
import { allocate, type DType, type TypedArray } from "./dtype.js";
import { ShapeError } from "./errors.js";
import type { ScijsArray } from "./ndarray.js";
import { MAX_NDIM } from "./validate.js";

type Make = (data: TypedArray, shape: readonly number[], stride: readonly number[], offset: number) => ScijsArray;
/** Makes a C-contiguous view: strides computed from the shape without an array of them. */
type MakeContiguous = (data: TypedArray, shape: readonly number[], offset: number) => ScijsArray;

const makers = new Map<DType, { strided: Make; contiguous: MakeContiguous }[]>();

/** The C-order strides of `shape`. */
export function contiguousStrides(shape: readonly number[]): number[] {
  const stride = new Array<number>(shape.length);
  let size = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    stride[i] = size;
    size *= shape[i] as number;
  }
  return stride;
}

function compileMakers(dtype: DType, rank: number): { strided: Make; contiguous: MakeContiguous } {
  // the only value pasted into the generated source is this count (and indices below it)
  if (!Number.isInteger(rank) || rank < 0 || rank > MAX_NDIM) throw new ShapeError(`scijsView: rank ${rank} is not an integer from 0 to ${MAX_NDIM}`);
  const viaNdarray: Make = (data, shape, stride, offset) => ndarray(data, shape.slice(), stride.slice(), offset);
  const fallback = { strided: viaNdarray, contiguous: (data: TypedArray, shape: readonly number[], offset: number) => viaNdarray(data, shape, contiguousStrides(shape), offset) };
  const probeShape = Array.from({ length: rank }, (_, i) => i + 2);
  const probeStride = contiguousStrides(probeShape);
  const probe = ndarray(allocate(dtype, 0), probeShape, probeStride, 3) as ScijsArray & { constructor: unknown };
  const View = probe.constructor;
  if (typeof View !== "function") return fallback;
  const dims = Array.from({ length: rank }, (_, i) => i);
  const shapeArgs = dims.map((i) => `s[${i}]`);
  // C order: the last stride is 1, each other the product of the sizes after it
  const cStrides = dims.map((i) => (i === rank - 1 ? "1" : dims.slice(i + 1).map((k) => `s[${k}]`).join(" * ")));
  const made = new Function(
    "View",
    `return [
      function view(a, s, t, o) { return new View(${["a", ...shapeArgs, ...dims.map((i) => `t[${i}]`), "o"].join(", ")}); },
      function contiguousView(a, s, o) { return new View(${["a", ...shapeArgs, ...cStrides, "o"].join(", ")}); },
    ];`,
  )(View) as [Make, MakeContiguous];
  const [strided, contiguous] = made;
  const same = (v: ScijsArray): boolean =>
    Object.getPrototypeOf(v) === Object.getPrototypeOf(probe) &&
    v.data === probe.data &&
    v.offset === probe.offset &&
    v.shape.length === rank &&
    v.stride.length === rank &&
    v.shape.every((d, i) => d === probe.shape[i]) &&
    v.stride.every((d, i) => d === probe.stride[i]) &&
    v.shape !== probeShape &&
    v.stride !== probeStride;
  return same(strided(probe.data, probeShape, probeStride, 3)) && same(contiguous(probe.data, probeShape, 3)) ? { strided, contiguous } : fallback;
}

/**
 * A scijs view of `data` (whose element type is `dtype`), as `ndarray(data, shape, stride,
 * offset)` makes it: its own copies of `shape` and `stride` (C order when omitted).
 */
export function scijsView(data: TypedArray, dtype: DType, shape: readonly number[], stride?: readonly number[], offset = 0): ScijsArray {
  let list = makers.get(dtype);
  if (list === undefined) makers.set(dtype, (list = []));
  const rank = shape.length;
  let make = list[rank];
  if (make === undefined) make = list[rank] = compileMakers(dtype, rank);
  return stride === undefined ? make.contiguous(data, shape, offset) : make.strided(data, shape, stride, offset);
}
