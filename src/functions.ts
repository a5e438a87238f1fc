/**
 * `ndarray-broadcast/functions`: the core's functions without the method forms (`a.add(b)`,
 * `a.sum()`, …) and without side effects, so that a bundle holds only what it imports. The package
 * root re-exports all of this and attaches the method forms.
 *
 * @module
 */
export { NDArray, fromNdarray, type NestedList, type Scalar, type ScijsArray } from "./ndarray.js";
export { array, zeros, ones, full, arange, linspace, eye } from "./create.js";
export type { ArrayLike, DTypeOptions, LinspaceOptions } from "./create.js";
export { DTYPES, isDType, promoteTypes, type DType, type DTypeInfo, type TypedArray, type TypedArrayConstructor } from "./dtype.js";
export { type Shape } from "./validate.js";
export { formatShape } from "./format/format-shape.js";
export { usesCompiledLoops } from "./evaluation.js";
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
export { logicalAnd, logicalOr, logicalXor, logicalNot, isnan, isinf, isfinite, signbit } from "./ops/logic.js";
export { clip, isclose, allclose, type ClipOptions, type CloseOptions } from "./ops/where.js";
export { any, all, countNonzero } from "./ops/reduce.js";
export {
  floor, ceil, trunc, rint, round, type RoundOptions,
  positive, sign, reciprocal, conj, conjugate, real, imag,
  floorDivide, remainder, mod, fmod, copysign, nextafter, hypot, logaddexp, logaddexp2, fmax, fmin, pow, absolute,
  expm1, exp2, log1p, log2, log10, cbrt,
  tan, acos, arccos, asin, arcsin, atan, arctan, atan2, arctan2, sinh, cosh, acosh, arccosh, asinh, arcsinh, atanh, arctanh,
  bitwiseAnd, bitwiseOr, bitwiseXor, bitwiseInvert, invert, bitwiseLeftShift, leftShift, bitwiseRightShift, rightShift,
} from "./ops/math.js";

// creation, manipulation and data-type functions (issue 15)
export type { EyeOptions } from "./create.js";
export { logspace, geomspace, type ArangeOptions, type LogspaceOptions, type SpaceOptions } from "./creation/ranges.js";
export {
  expandDims,
  squeeze,
  flip,
  moveaxis,
  swapaxes,
  permuteDims,
  transpose,
  matrixTranspose,
  reshape,
  ravel,
  flatten,
  unstack,
  atleast1d,
  atleast2d,
  atleast3d,
  fliplr,
  flipud,
  rot90,
  type ReshapeOptions,
} from "./manipulation/views.js";
export { concat, concatenate, stack, hstack, vstack, dstack, columnStack, append, type ConcatOptions } from "./manipulation/join.js";
export { split, arraySplit, hsplit, vsplit, dsplit, type Sections } from "./manipulation/split.js";
export { repeat, tile, roll } from "./manipulation/repeat.js";
export { pad, type PadMode, type PadOptions, type PadPairs } from "./manipulation/pad.js";
export { tril, triu, tri, type TriOptions } from "./manipulation/tri.js";
export { meshgrid, indices, type MeshgridOptions, type IndicesOptions } from "./manipulation/grids.js";
export { empty, zerosLike, onesLike, fullLike, emptyLike, identity, asarray, fromFunction, type LikeOptions, type AsarrayOptions } from "./creation/like.js";
export { finfo, iinfo, isdtype, type FInfo, type IInfo } from "./dtypes/info.js";
export { astype, canCast, resultType, type AstypeOptions, type Casting } from "./dtypes/cast.js";
export { einsum, tensordot, vecdot, type EinsumOptions } from "./linalg/einsum.js";

// sorting, searching and sets (src/sorting/)
export { sort, argsort, type SortOptions } from "./sorting/sort.js";
export { argmax, argmin, nanargmax, nanargmin, nonzero, flatnonzero, argwhere, searchsorted, where, type ArgOptions, type SearchsortedOptions } from "./sorting/search.js";
export {
  unique,
  uniqueValues,
  uniqueCounts,
  uniqueInverse,
  uniqueAll,
  intersect1d,
  union1d,
  setdiff1d,
  setxor1d,
  isin,
  type IsinOptions,
  type UniqueOptions,
  type UniqueCountsResult,
  type UniqueInverseResult,
  type UniqueAllResult,
  type SetOptions,
  type Intersect1dOptions,
} from "./sorting/sets.js";
export { partition, argpartition, lexsort, type PartitionOptions, type LexsortOptions } from "./sorting/partition.js";
// statistics (src/statistics/)
export { cumsum, cumprod, cumulativeSum, cumulativeProd, nancumsum, nancumprod, type CumulativeOptions } from "./statistics/cumulative.js";
export {
  variance,
  variance as var,
  std,
  ptp,
  nansum,
  nanprod,
  nanmean,
  nanvar,
  nanstd,
  nanmax,
  nanmin,
  average,
  type VarOptions,
  type AxisOptions,
  type AverageOptions,
} from "./statistics/moments.js";
export { median, quantile, percentile, nanmedian, nanquantile, nanpercentile, QUANTILE_METHODS, type QuantileMethod, type QuantileOptions, type MedianOptions } from "./statistics/quantile.js";
export { histogram, bincount, digitize, type BinEstimator, type HistogramOptions, type BincountOptions, type DigitizeOptions } from "./statistics/histogram.js";
export { diff, type DiffOptions } from "./statistics/diff.js";
export { interp, type InterpOptions } from "./statistics/interp.js";
export { cov, corrcoef, trace, type CovOptions, type CorrcoefOptions, type TraceOptions } from "./statistics/covariance.js";

// JSON and numpy's .npy files (issue 18)
export { type NDArrayJSON } from "./ndarray.js";
export { fromJSON } from "./io/json.js";
export { toNpy, fromNpy, type NpyOptions } from "./io/npy.js";
