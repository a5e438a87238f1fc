/**
 * Moments and NaN-ignoring reductions: `var`/`std` (numpy's two-pass formula), `average`,
 * `ptp`, `nansum`, `nanmean`, `nanvar`, `nanstd`, `nanmax`, `nanmin`. Every sum is the library's
 * `sum`, numpy's pairwise summation, on the same intermediate arrays numpy builds, so float64
 * results over all axes or trailing ones are numpy's bit-for-bit.
 *
 * @module
 */
import { array, asArray, type ArrayLike } from "../create.js";
import { allocate, DTYPES } from "../dtype.js";
import { DTypeError, ShapeError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { divide, multiply, subtract } from "../ops/binary.js";
import { lanesOfAxes } from "../ops/lanes.js";
import { booleanOption, deliver, positionalOr, readOptions } from "../ops/options.js";
import { max, min, prod, sum } from "../ops/reduce.js";
import { sqrt } from "../ops/unary.js";
import { normalizeAxes } from "../shape/axes.js";
import { broadcastTo } from "../shape/broadcast-to.js";
import { shapesEqual, shapeSize } from "../validate.js";

/** Options of {@link variance}, {@link std} and their NaN-ignoring forms. */
export interface VarOptions {
  /** The axes to reduce: one, a list, or all when omitted or `null`. */
  axis?: number | readonly number[] | null;
  /** Keep reduced axes as size 1. */
  keepdims?: boolean;
  /** Degrees of freedom subtracted from the count (Array API name); 0 by default. */
  correction?: number;
  /** numpy's name for `correction`; give one of the two. */
  ddof?: number;
  /** Where to write the result: exactly its shape, writable, a dtype it casts to (same_kind). */
  out?: NDArray | null;
}

/** Options of the plain reductions here (`ptp`, `nansum`, `nanmean`, `nanmax`, `nanmin`). */
export interface AxisOptions {
  /** The axes to reduce: one, a list, or all when omitted or `null`. */
  axis?: number | readonly number[] | null;
  /** Keep reduced axes as size 1. */
  keepdims?: boolean;
  /** Where to write the result: exactly its shape, writable, a dtype it casts to (same_kind). */
  out?: NDArray | null;
}

interface Reduction {
  x: NDArray;
  axis: number[];
  keepdims: boolean;
  count: number;
  axisGiven: boolean;
  opts: Record<string, unknown>;
}

function reduction(fn: string, a: unknown, axisArg: unknown, options: unknown, extra: readonly string[] = []): Reduction {
  const [positional, rest] = positionalOr(axisArg as number | null | undefined, options);
  const opts = readOptions(fn, rest, ["axis", "keepdims", ...(fn === "average" ? [] : ["out"]), ...extra]);
  const x = asArray(fn, a);
  const axisOpt = positional !== undefined ? positional : opts.axis;
  const axis = normalizeAxes(fn, axisOpt, x.ndim);
  const keepdims = booleanOption(fn, "keepdims", opts.keepdims, false);
  const count = shapeSize(axis.map((i) => x.shape[i] as number));
  return { x, axis, keepdims, count, axisGiven: axisOpt !== undefined && axisOpt !== null, opts };
}

function degreesOfFreedom(fn: string, opts: Record<string, unknown>): number {
  const { ddof, correction } = opts;
  if (ddof !== undefined && correction !== undefined) {
    throw new DTypeError(`${fn}: give correction or ddof, not both (they are the same number)`);
  }
  const d = ddof ?? correction ?? 0;
  if (typeof d !== "number" || !Number.isFinite(d)) throw new DTypeError(`${fn}: correction must be a finite number, got ${String(d)}`);
  return d;
}

/** `x` as float64 when it is an integer array (numpy's mean and var compute integers in float64). */
function asFloat(x: NDArray): NDArray {
  return DTYPES[x.dtype].kind === "f" ? x : array(x, { dtype: "float64" });
}

/** `r` in `like`'s float dtype: numpy's `_divide_by_count` divides in float64 and writes into the sum's dtype. */
function inDType(r: NDArray, like: NDArray): NDArray {
  return r.dtype === like.dtype ? r : array(r, { dtype: like.dtype });
}

/** numpy's `_var`: mean, deviations, their squares, the sum of those over max(n − ddof, 0). */
function twoPass(x: NDArray, axis: number[], keepdims: boolean, count: number, ddof: number): NDArray {
  const xf = asFloat(x);
  const mean = divide(sum(xf, { axis, keepdims: true }), count);
  const dev = subtract(xf, mean);
  const ss = sum(multiply(dev, dev), { axis, keepdims });
  return divide(ss, Math.max(count - ddof, 0));
}

/**
 * The variance over `axis` (all axes when omitted), with numpy's two-pass formula: the mean,
 * then the sum of squared deviations over `n − correction` (`ddof` is numpy's name for it; at or
 * below 0 degrees of freedom the result is inf or NaN, as numpy's). Integers give float64.
 * The Array API's `var` (`var` is a JS keyword: the function is `variance`, also exported as `var`, usable as `nb.var(…)`).
 *
 * @example
 * import { array, variance } from "ndarray-broadcast";
 * const a = array([[1, 2], [3, 5]]);
 * console.log(variance(a).toString(), variance(a, { axis: 0, correction: 1 }).toString());
 * // => array(2.1875) array([2. , 4.5])
 */
export function variance(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | VarOptions, options?: VarOptions): NDArray {
  const r = reduction("var", a, axis, options, ["correction", "ddof"]);
  return deliver("var", r.opts.out, twoPass(r.x, r.axis, r.keepdims, r.count, degreesOfFreedom("var", r.opts)));
}

/**
 * The standard deviation: the square root of {@link variance}, with the same options.
 *
 * @example
 * import { array, std } from "ndarray-broadcast";
 * console.log(std(array([2, 4, 4, 4, 5, 5, 7, 9])).toString());
 * // => array(2.)
 */
export function std(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | VarOptions, options?: VarOptions): NDArray {
  const r = reduction("std", a, axis, options, ["correction", "ddof"]);
  return deliver("std", r.opts.out, sqrt(twoPass(r.x, r.axis, r.keepdims, r.count, degreesOfFreedom("std", r.opts))));
}

/**
 * The range `max − min` over `axis` ("peak to peak"), in the input's dtype (integers wrap as
 * numpy's). An empty range throws, as `max` does.
 *
 * @example
 * import { array, ptp } from "ndarray-broadcast";
 * console.log(ptp(array([[4, 9, 2], [3, 1, 8]]), { axis: 1 }).toString());
 * // => array([7., 7.])
 */
export function ptp(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | AxisOptions, options?: AxisOptions): NDArray {
  const r = reduction("ptp", a, axis, options);
  if (r.x.dtype === "bool") throw new DTypeError("ptp: numpy's boolean subtract is not supported; convert with array(a, { dtype: \"uint8\" }) first");
  checkNotEmpty("ptp", r);
  const o = { axis: r.axis, keepdims: r.keepdims };
  return deliver("ptp", r.opts.out, subtract(max(r.x, o), min(r.x, o)));
}

function checkNotEmpty(fn: string, r: Reduction): void {
  if (r.count === 0 && r.x.size === 0 && shapeSize(r.x.shape.filter((_, i) => !r.axis.includes(i))) > 0 || (r.count === 0 && r.axis.length === r.x.ndim)) {
    throw new ShapeError(`${fn}: cannot reduce an empty array of shape ${formatShape(r.x.shape)}: the maximum and minimum have no identity`);
  }
}

/** `x` with NaN replaced by `fill` (a fresh array) and the 0/1 float64 mask of non-NaN elements; null when `x` is integer. */
function withoutNaN(x: NDArray, fill: number): { filled: NDArray; valid: NDArray } | null {
  if (DTYPES[x.dtype].kind !== "f") return null;
  const filled = x.copy();
  const valid = new Float64Array(x.size);
  const d = filled.data;
  for (let i = 0; i < d.length; i++) {
    const v = d[i] as number;
    if (v === v) valid[i] = 1;
    else d[i] = fill;
  }
  return { filled, valid: freshArray("float64", x.shape, valid) };
}

/**
 * The sum over `axis` treating NaN as 0 (numpy's pairwise summation, as `sum`).
 *
 * @example
 * import { array, nansum } from "ndarray-broadcast";
 * console.log(nansum(array([[1, NaN], [NaN, NaN]]), { axis: 1 }).toString());
 * // => array([1., 0.])
 */
export function nansum(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | AxisOptions, options?: AxisOptions): NDArray {
  const r = reduction("nansum", a, axis, options);
  const clean = withoutNaN(r.x, 0);
  return deliver("nansum", r.opts.out, sum(clean ? clean.filled : r.x, { axis: r.axis, keepdims: r.keepdims }));
}

/**
 * The product over `axis` treating NaN as 1 (numpy's `nanprod`); integers give float64, as `prod`.
 *
 * @example
 * import { array, nanprod } from "ndarray-broadcast";
 * console.log(nanprod(array([[2, NaN], [3, 4]]), { axis: 1 }).toString());
 * // => array([ 2., 12.])
 */
export function nanprod(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | AxisOptions, options?: AxisOptions): NDArray {
  const r = reduction("nanprod", a, axis, options);
  const clean = withoutNaN(r.x, 1);
  return deliver("nanprod", r.opts.out, prod(clean ? clean.filled : r.x, { axis: r.axis, keepdims: r.keepdims }));
}

/**
 * The mean of the non-NaN elements over `axis`; NaN where all are NaN (numpy also warns).
 *
 * @example
 * import { array, nanmean } from "ndarray-broadcast";
 * console.log(nanmean(array([[1, NaN], [2, 4]]), { axis: 1 }).toString());
 * // => array([1., 3.])
 */
export function nanmean(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | AxisOptions, options?: AxisOptions): NDArray {
  const r = reduction("nanmean", a, axis, options);
  const o = { axis: r.axis, keepdims: r.keepdims };
  const clean = withoutNaN(r.x, 0);
  // numpy divides by the count in float64 and writes into the sum's dtype
  const result = clean ? inDType(divide(sum(clean.filled, o), sum(clean.valid, o)), r.x) : divide(sum(r.x, o), r.count);
  return deliver("nanmean", r.opts.out, result);
}

function nanTwoPass(fn: string, a: unknown, axis: unknown, options: unknown): [NDArray, unknown] {
  const r = reduction(fn, a, axis, options, ["correction", "ddof"]);
  const ddof = degreesOfFreedom(fn, r.opts);
  const clean = withoutNaN(r.x, 0);
  return [clean ? nanDeviations(r, clean, ddof) : twoPass(r.x, r.axis, r.keepdims, r.count, ddof), r.opts.out];
}

/** nanvar's sums once NaN is known to occur (numpy's `nanvar` after `_replace_nan`). */
function nanDeviations(r: Reduction, clean: { filled: NDArray; valid: NDArray }, ddof: number): NDArray {
  const keep = { axis: r.axis, keepdims: true };
  const cnt = sum(clean.valid, keep);
  const mean = inDType(divide(sum(clean.filled, keep), cnt), r.x);
  // deviations of the NaN places are set back to 0, as numpy's _copyto(arr, 0, mask)
  const dev = subtract(clean.filled, mean);
  const dd = dev.data;
  const valid = clean.valid.data;
  for (let i = 0; i < dd.length; i++) if (valid[i] === 0) dd[i] = 0;
  const ss = sum(multiply(dev, dev), { axis: r.axis, keepdims: r.keepdims });
  const dof = subtract(sum(clean.valid, { axis: r.axis, keepdims: r.keepdims }), ddof);
  const out = inDType(divide(ss, dof), r.x);
  // numpy: NaN where the degrees of freedom are not positive
  const o = out.data;
  const f = dof.data;
  for (let i = 0; i < o.length; i++) if (!((f[i] as number) > 0)) o[i] = NaN;
  return out;
}

/**
 * The variance of the non-NaN elements over `axis` (numpy's `nanvar`): NaN where fewer than
 * `correction + 1` elements are left.
 *
 * @example
 * import { array, nanvar } from "ndarray-broadcast";
 * console.log(nanvar(array([1, NaN, 3])).toString());
 * // => array(1.)
 */
export function nanvar(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | VarOptions, options?: VarOptions): NDArray {
  const [result, out] = nanTwoPass("nanvar", a, axis, options);
  return deliver("nanvar", out, result);
}

/**
 * The standard deviation of the non-NaN elements: the square root of {@link nanvar}.
 *
 * @example
 * import { array, nanstd } from "ndarray-broadcast";
 * console.log(nanstd(array([1, NaN, 3])).toString());
 * // => array(1.)
 */
export function nanstd(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | VarOptions, options?: VarOptions): NDArray {
  const [result, out] = nanTwoPass("nanstd", a, axis, options);
  return deliver("nanstd", out, sqrt(result));
}

function nanExtreme(fn: "nanmax" | "nanmin", a: unknown, axis: unknown, options: unknown): NDArray {
  const r = reduction(fn, a, axis, options);
  checkNotEmpty(fn, r);
  const { data, outer, n } = lanesOfAxes(r.x, r.axis);
  const out = allocate(r.x.dtype, outer);
  const larger = fn === "nanmax";
  for (let o = 0; o < outer; o++) {
    // numpy's fmax/fmin folded from the first element: NaN skipped, a tie keeps the earlier one
    let m = NaN;
    for (let k = o * n, end = k + n; k < end; k++) {
      const v = data[k] as number;
      if (m !== m || (larger ? v > m : v < m)) m = v;
    }
    out[o] = m;
  }
  const shape = r.keepdims ? r.x.shape.map((d, i) => (r.axis.includes(i) ? 1 : d)) : r.x.shape.filter((_, i) => !r.axis.includes(i));
  return deliver(fn, r.opts.out, freshArray(r.x.dtype, shape, out));
}

/**
 * The maximum over `axis` ignoring NaN; NaN for an all-NaN slice; an empty slice throws.
 *
 * @example
 * import { array, nanmax } from "ndarray-broadcast";
 * console.log(nanmax(array([[1, NaN], [NaN, NaN]]), { axis: 1 }).toString());
 * // => array([ 1., nan])
 */
export function nanmax(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | AxisOptions, options?: AxisOptions): NDArray {
  return nanExtreme("nanmax", a, axis, options);
}

/**
 * The minimum over `axis` ignoring NaN; NaN for an all-NaN slice; an empty slice throws.
 *
 * @example
 * import { array, nanmin } from "ndarray-broadcast";
 * console.log(nanmin(array([3, NaN, -1])).toString());
 * // => array(-1.)
 */
export function nanmin(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | AxisOptions, options?: AxisOptions): NDArray {
  return nanExtreme("nanmin", a, axis, options);
}

/** Options of {@link average}. */
export interface AverageOptions extends Omit<AxisOptions, "out"> {
  /** One weight per element, or per element along `axis` (1-D with that axis' length). */
  weights?: NDArray | ArrayLike | null;
  /** Also return the sum of the weights: `[average, sumOfWeights]`. */
  returned?: boolean;
}

/**
 * The weighted average `Σ a·w / Σ w` over `axis` (the mean without `weights`). Weights of
 * another shape than `a` need `axis` and must match `a`'s shape along it; weights summing to 0
 * are refused. With `returned: true` the result is `[average, sumOfWeights]`.
 *
 * @example
 * import { array, average } from "ndarray-broadcast";
 * const a = array([[1, 2], [3, 4]]);
 * console.log(average(a, { axis: 1, weights: [3, 1] }).toString());
 * // => array([1.25, 3.25])
 */
export function average(a: NDArray | ArrayLike, options?: AverageOptions & { returned?: false }): NDArray;
export function average(a: NDArray | ArrayLike, options: AverageOptions & { returned: true }): [NDArray, NDArray];
export function average(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | AverageOptions, options?: AverageOptions): NDArray | NDArray[];
export function average(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | AverageOptions, options?: AverageOptions): NDArray | NDArray[] {
  const fn = "average";
  const r = reduction(fn, a, axis, options, ["weights", "returned"]);
  const returned = booleanOption(fn, "returned", r.opts.returned, false);
  const o = { axis: r.axis, keepdims: r.keepdims };
  const x = asFloat(r.x);
  let avg: NDArray;
  let scl: NDArray;
  if (r.opts.weights === undefined || r.opts.weights === null) {
    avg = divide(sum(x, o), r.count);
    scl = array(r.count, { dtype: avg.dtype });
  } else {
    let w = asArray(fn, r.opts.weights);
    if (!shapesEqual(w.shape, r.x.shape)) {
      if (!r.axisGiven) throw new ShapeError(`${fn}: weights of shape ${formatShape(w.shape)} differ from a's shape ${formatShape(r.x.shape)}; give the axis they run along`);
      const along = r.axis.map((i) => r.x.shape[i] as number);
      if (!shapesEqual(w.shape, along)) {
        throw new ShapeError(`${fn}: weights of shape ${formatShape(w.shape)} must match a's shape ${formatShape(r.x.shape)} along axis ${r.axis.join(", ")}, that is ${formatShape(along)}`);
      }
      w = w.reshape(r.x.shape.map((n, i) => (r.axis.includes(i) ? n : 1)));
    }
    const products = multiply(x, w);
    scl = sum(w, o);
    if (scl.dtype !== products.dtype) scl = array(scl, { dtype: products.dtype });
    if (scl.data.some((v) => v === 0)) throw new ShapeError(`${fn}: the weights sum to zero along the axis, so they can't be normalized`);
    avg = divide(sum(products, o), scl);
  }
  if (!returned) return avg;
  return [avg, broadcastTo(scl, avg.shape).copy()];
}
