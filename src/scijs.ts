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
import type { ScijsArray } from "./ndarray.js";

type Make = (data: TypedArray, shape: readonly number[], stride: readonly number[], offset: number) => ScijsArray;

const makers = new Map<DType, Make[]>();

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

function compileMaker(dtype: DType, rank: number): Make {
  const viaNdarray: Make = (data, shape, stride, offset) => ndarray(data, shape.slice(), stride.slice(), offset);
  const probeShape = Array.from({ length: rank }, (_, i) => i + 2);
  const probeStride = contiguousStrides(probeShape);
  const probe = ndarray(allocate(dtype, 0), probeShape, probeStride, 3) as ScijsArray & { constructor: unknown };
  const View = probe.constructor;
  if (typeof View !== "function") return viaNdarray;
  const args = [
    ...Array.from({ length: rank }, (_, i) => `s[${i}]`),
    ...Array.from({ length: rank }, (_, i) => `t[${i}]`),
  ];
  const make = new Function("View", `return function view(a, s, t, o) { return new View(a, ${[...args, "o"].join(", ")}); }`)(View) as Make;
  const made = make(probe.data, probeShape, probeStride, 3);
  const same =
    Object.getPrototypeOf(made) === Object.getPrototypeOf(probe) &&
    made.data === probe.data &&
    made.offset === probe.offset &&
    made.shape.length === rank &&
    made.stride.length === rank &&
    made.shape.every((d, i) => d === probe.shape[i]) &&
    made.stride.every((d, i) => d === probe.stride[i]) &&
    made.shape !== probeShape &&
    made.stride !== probeStride;
  return same ? make : viaNdarray;
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
  if (make === undefined) make = list[rank] = compileMaker(dtype, rank);
  return make(data, shape, stride ?? contiguousStrides(shape), offset);
}
