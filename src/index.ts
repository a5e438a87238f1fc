/**
 * ndarray-broadcast: numpy-style arrays and broadcasting on scijs `ndarray`.
 *
 * @module
 */
import { attachMethods } from "./methods.js";

attachMethods();

export { NDArray, fromNdarray, type NestedList, type Scalar, type ScijsArray } from "./ndarray.js";
export { array, zeros, ones, full, arange, linspace, eye } from "./create.js";
export type { ArrayLike, DTypeOptions, LinspaceOptions } from "./create.js";
export { DTYPES, isDType, promoteTypes, type DType, type DTypeInfo, type TypedArray, type TypedArrayConstructor } from "./dtype.js";
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
export { broadcastShapes, type BroadcastConflict } from "./shape/broadcast-shapes.js";
export { broadcastTo, broadcastArrays } from "./shape/broadcast-to.js";
export {
  explainBroadcast,
  type BroadcastExplanation,
  type OperandExplanation,
  type AxisExplanation,
} from "./shape/explain.js";
export { padWithOnes } from "./linalg/pad-with-ones.js";
export { add, subtract, multiply, divide, power, maximum, minimum } from "./ops/binary.js";
export { negative, abs, exp, log, sqrt, square, tanh, sigmoid, relu, sin, cos, map, type MapOptions } from "./ops/unary.js";
export type { OutOptions, OperandLike, BinaryFunction, UnaryFunction } from "./ops/elementwise.js";
export { sum, mean, prod, max, min, type ReduceOptions } from "./ops/reduce.js";
export { unbroadcast } from "./ops/unbroadcast.js";
export { hadamard } from "./linalg/hadamard.js";
export { diag, diagonal, type DiagonalOptions } from "./linalg/diag.js";
export { matmul } from "./linalg/matmul.js";
export { dot, outer } from "./linalg/dot.js";
export { index, setIndex } from "./indexing/index-array.js";
export { slice, newaxis, Slice } from "./indexing/slice.js";
export type { Key } from "./indexing/keys.js";
export {
  take,
  takeAlongAxis,
  put,
  putAlongAxis,
  compress,
  type IndexMode,
  type TakeOptions,
  type AlongAxisOptions,
  type PutOptions,
  type CompressOptions,
} from "./indexing/take.js";
export { unravelIndex, ravelMultiIndex, type UnravelOptions, type RavelOptions } from "./indexing/ravel.js";
export { slidingWindowView, type SlidingWindowOptions } from "./indexing/sliding-window.js";

// booleans, comparisons, logic and the elementwise functions of the table (issue 14)
export { equal, notEqual, less, lessEqual, greater, greaterEqual } from "./ops/comparison.js";

// JSON and numpy's .npy files (issue 18)
export { type NDArrayJSON } from "./ndarray.js";
export { fromJSON } from "./io/json.js";
export { toNpy, fromNpy, type NpyOptions } from "./io/npy.js";
