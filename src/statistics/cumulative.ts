/**
 * Cumulative sums and products: the Array API's `cumulativeSum`/`cumulativeProd` and numpy's
 * `cumsum`/`cumprod`. numpy accumulates one element after another in the result dtype, and so
 * does this: each partial result is rounded (float32) or wrapped (integers) to the dtype, which
 * makes every result bit-for-bit numpy's.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { allocate, checkDType, DTYPES, type DType, type TypedArray } from "../dtype.js";
import { ShapeError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import { isCContiguous, type NDArray, viewOf } from "../ndarray.js";
import { fromLanes, lanesOf, type Lanes } from "../ops/lanes.js";
import { booleanOption, deliver, positionalOr, readOptions } from "../ops/options.js";
import { normalizeAxis } from "../shape/axes.js";
import { shapeSize } from "../validate.js";
import { roundTo, type DTypeArithmetic } from "./round.js";

/** Options of the cumulative functions. */
export interface CumulativeOptions {
  /**
   * The axis to accumulate along. `cumsum`/`cumprod` flatten when it is omitted or `null`;
   * `cumulativeSum`/`cumulativeProd` need it for arrays of more than one axis (Array API).
   */
  axis?: number | null;
  /** The dtype to accumulate in and return; integers then wrap as numpy's. */
  dtype?: DType;
  /** Start with the identity (0 or 1): the result is one longer along the axis (Array API). */
  includeInitial?: boolean;
  /** Where to write the result: exactly its shape, writable, a dtype it casts to (same_kind). */
  out?: NDArray | null;
}

/**
 * The result dtype when none is given: floats keep theirs; integers accumulate in float64, where
 * numpy uses int64/uint64 (no typed array of numbers holds them; float64 is exact up to 2⁵³).
 */
function cumulativeDType(dtype: DType): DType {
  return DTYPES[dtype].kind === "f" ? dtype : "float64";
}

/** A float64 array's lanes read in place when they already lie one after another (no copy). */
function contiguousLanes(x: NDArray, axis: number): Lanes | null {
  if (x.dtype !== "float64" || axis !== x.ndim - 1 || !isCContiguous(viewOf(x))) return null;
  const n = x.shape[axis] as number;
  return { data: (x.data as Float64Array).subarray(x.offset, x.offset + x.size), outer: shapeSize(x.shape.slice(0, -1)), n };
}

/**
 * The float64 accumulation, monomorphic (S4 in bench/: the general loop's calls through
 * {@link roundTo} made it 16× a plain loop).
 */
function accumulateFloat64(data: Float64Array, out: Float64Array, outer: number, n: number, initial: boolean, product: boolean): void {
  const m = n + (initial ? 1 : 0);
  for (let o = 0; o < outer; o++) {
    let q = o * m;
    if (initial) out[q++] = product ? 1 : 0;
    if (n === 0) continue;
    const base = o * n;
    // numpy starts from the first element, not from the identity: a lone -0 stays -0
    let acc = data[base] as number;
    out[q++] = acc;
    if (product) for (let k = 1; k < n; k++) out[q++] = acc *= data[base + k] as number;
    else for (let k = 1; k < n; k++) out[q++] = acc += data[base + k] as number;
  }
}

/** The accumulation in another dtype: each element cast, each partial result rounded or wrapped. */
function accumulateIn(round: DTypeArithmetic, data: Float64Array, out: TypedArray, outer: number, n: number, initial: boolean, product: boolean): void {
  const m = n + (initial ? 1 : 0);
  for (let o = 0; o < outer; o++) {
    let q = o * m;
    if (initial) out[q++] = product ? 1 : 0;
    const base = o * n;
    let acc = 0;
    for (let k = 0; k < n; k++) {
      // the element is cast to the result dtype first, as numpy casts its input
      const v = round.cast(data[base + k] as number);
      acc = k === 0 ? v : product ? round.mul(acc, v) : round.add(acc, v);
      out[q++] = acc;
    }
  }
}

function cumulative(fn: string, product: boolean, standard: boolean, a: unknown, axisArg: unknown, options: unknown, skipNaN = false): NDArray {
  const [positional, rest] = positionalOr(axisArg as number | null | undefined, options);
  const opts = readOptions(fn, rest, standard ? ["axis", "dtype", "includeInitial", "out"] : ["axis", "dtype", "out"]);
  const axisOpt = positional !== undefined ? positional : opts.axis;
  const initial = booleanOption(fn, "includeInitial", opts.includeInitial, false);
  let x = asArray(fn, a);
  const dtype = opts.dtype === undefined || opts.dtype === null ? cumulativeDType(x.dtype) : checkDType(fn, opts.dtype);
  let axis: number;
  if (axisOpt === undefined || axisOpt === null) {
    if (standard && x.ndim > 1) {
      throw new ShapeError(`${fn}: an array of shape ${formatShape(x.shape)} needs an axis; give { axis }, or use ${product ? "cumprod" : "cumsum"}, which flattens`);
    }
    x = x.reshape(-1);
    axis = 0;
  } else {
    if (x.ndim === 0) x = x.reshape(1);
    axis = normalizeAxis(fn, axisOpt, x.ndim);
  }
  const { data, outer, n } = (!skipNaN && contiguousLanes(x, axis)) || lanesOf(x, axis);
  // nancumsum/nancumprod: NaN counts as the identity (a fresh copy: lanesOf's buffer is ours)
  if (skipNaN) for (let i = 0; i < data.length; i++) if (data[i] !== data[i]) data[i] = product ? 1 : 0;
  const m = n + (initial ? 1 : 0);
  const out = allocate(dtype, outer * m);
  if (dtype === "float64") accumulateFloat64(data, out as Float64Array, outer, n, initial, product);
  else accumulateIn(roundTo(dtype), data, out, outer, n, initial, product);
  return deliver(fn, opts.out, fromLanes(out, dtype, x.shape, axis, m));
}

/**
 * The cumulative sum along `axis` (numpy's `cumsum`: the flattened array when `axis` is omitted or
 * `null`). Floats keep their dtype and add one element after another, as numpy (bit-for-bit);
 * integers give float64 (numpy: int64). `cumsum(a, 0)` is `cumsum(a, { axis: 0 })`.
 *
 * @example
 * import { array, cumsum } from "ndarray-broadcast";
 * console.log(cumsum(array([[1, 2], [3, 4]])).toString());
 * // => array([ 1.,  3.,  6., 10.])
 * console.log(cumsum(array([[1, 2], [3, 4]], { dtype: "int32" }), 0, { dtype: "int32" }).toString());
 * // => array([[1, 2],
 * //           [4, 6]], dtype=int32)
 */
export function cumsum(a: NDArray | ArrayLike, axis?: number | null | CumulativeOptions, options?: Omit<CumulativeOptions, "includeInitial">): NDArray {
  return cumulative("cumsum", false, false, a, axis, options);
}

/**
 * The cumulative product along `axis` (numpy's `cumprod`; flattened when `axis` is omitted).
 *
 * @example
 * import { array, cumprod } from "ndarray-broadcast";
 * console.log(cumprod(array([1, 2, 3, 4])).toString());
 * // => array([ 1.,  2.,  6., 24.])
 */
export function cumprod(a: NDArray | ArrayLike, axis?: number | null | CumulativeOptions, options?: Omit<CumulativeOptions, "includeInitial">): NDArray {
  return cumulative("cumprod", true, false, a, axis, options);
}

/**
 * The Array API's cumulative sum: `axis` is required for arrays of more than one axis, and
 * `includeInitial` starts each lane with 0 (one element longer).
 *
 * @example
 * import { array, cumulativeSum } from "ndarray-broadcast";
 * console.log(cumulativeSum(array([1, 2, 3]), { includeInitial: true }).toString());
 * // => array([0., 1., 3., 6.])
 * console.log(cumulativeSum(array([[1, 2], [3, 4]]), { axis: 1 }).toString());
 * // => array([[1., 3.],
 * //           [3., 7.]])
 */
export function cumulativeSum(x: NDArray | ArrayLike, options?: CumulativeOptions): NDArray {
  return cumulative("cumulativeSum", false, true, x, undefined, options);
}

/**
 * The Array API's cumulative product (`includeInitial` starts each lane with 1).
 *
 * @example
 * import { array, cumulativeProd } from "ndarray-broadcast";
 * console.log(cumulativeProd(array([2, 3, 4]), { includeInitial: true }).toString());
 * // => array([ 1.,  2.,  6., 24.])
 */
export function cumulativeProd(x: NDArray | ArrayLike, options?: CumulativeOptions): NDArray {
  return cumulative("cumulativeProd", true, true, x, undefined, options);
}

/**
 * The cumulative sum treating NaN as 0 (numpy's `nancumsum`; flattened when `axis` is omitted).
 *
 * @example
 * import { array, nancumsum } from "ndarray-broadcast";
 * console.log(nancumsum(array([1, NaN, 3])).toString());
 * // => array([1., 1., 4.])
 */
export function nancumsum(a: NDArray | ArrayLike, axis?: number | null | CumulativeOptions, options?: Omit<CumulativeOptions, "includeInitial">): NDArray {
  return cumulative("nancumsum", false, false, a, axis, options, true);
}

/**
 * The cumulative product treating NaN as 1 (numpy's `nancumprod`).
 *
 * @example
 * import { array, nancumprod } from "ndarray-broadcast";
 * console.log(nancumprod(array([2, NaN, 3])).toString());
 * // => array([2., 2., 6.])
 */
export function nancumprod(a: NDArray | ArrayLike, axis?: number | null | CumulativeOptions, options?: Omit<CumulativeOptions, "includeInitial">): NDArray {
  return cumulative("nancumprod", true, false, a, axis, options, true);
}
