/**
 * ndarray-broadcast: numpy-style arrays and broadcasting on scijs `ndarray`.
 *
 * @module
 */
export { NDArray, fromNdarray, type NestedList, type ScijsArray } from "./ndarray.js";
export { array, zeros, ones, full, arange, linspace, eye } from "./create.js";
export type { ArrayLike, DTypeOptions, LinspaceOptions } from "./create.js";
export { DTYPES, isDType, promoteTypes, type DType, type DTypeInfo, type TypedArray } from "./dtype.js";
export { type Shape } from "./validate.js";
export { formatShape } from "./format/format-shape.js";
export {
  NDArrayError,
  BroadcastError,
  ShapeError,
  AxisError,
  IndexError,
  DTypeError,
  ReadOnlyError,
} from "./errors.js";
