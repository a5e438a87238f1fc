/**
 * `median`, `quantile` and `percentile` with every method numpy 2 lists. Each lane is sorted
 * (NaN last) and the answer computed with numpy's own arithmetic — its virtual index, its gamma
 * and its two-sided `_lerp` — in the dtype numpy computes it in, so float64 results are numpy's
 * bit for bit.
 *
 * @module
 */
import { asArray, toArray, type ArrayLike } from "../create.js";
import { allocate, DTYPES, type DType, type TypedArray } from "../dtype.js";
import { DTypeError, IndexError, ShapeError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { lanesOfAxes } from "../ops/lanes.js";
import { booleanOption, choiceOption, deliver, positionalOr, readOptions } from "../ops/options.js";
import { normalizeAxes } from "../shape/axes.js";
import { broadcastTo } from "../shape/broadcast-to.js";
import { searchsorted } from "../sorting/search.js";
import { argsort } from "../sorting/sort.js";
import { shapesEqual } from "../validate.js";
import { roundTo } from "./round.js";

/** The methods of numpy's `quantile` (H&F 1–9 and numpy's own). */
export const QUANTILE_METHODS = [
  "inverted_cdf",
  "averaged_inverted_cdf",
  "closest_observation",
  "interpolated_inverted_cdf",
  "hazen",
  "weibull",
  "linear",
  "median_unbiased",
  "normal_unbiased",
  "lower",
  "higher",
  "midpoint",
  "nearest",
] as const;

/** One of {@link QUANTILE_METHODS}. */
export type QuantileMethod = (typeof QUANTILE_METHODS)[number];

/** Options of {@link quantile} and {@link percentile}. */
export interface QuantileOptions {
  /** The axes to reduce: one, a list, or all when omitted or `null`. */
  axis?: number | readonly number[] | null;
  /** How to pick or interpolate between the two neighbouring order statistics; `"linear"` by default. */
  method?: QuantileMethod;
  /** Keep reduced axes as size 1. */
  keepdims?: boolean;
  /** Where to write the result: exactly its shape, writable, a dtype it casts to (same_kind). */
  out?: NDArray | null;
  /**
   * One non-negative weight per element (a's shape, or 1-D along the one reduced axis); only
   * with `method: "inverted_cdf"`, as numpy.
   */
  weights?: NDArray | ArrayLike | null;
}

/** Options of {@link median}. */
export interface MedianOptions {
  /** The axes to reduce: one, a list, or all when omitted or `null`. */
  axis?: number | readonly number[] | null;
  /** Keep reduced axes as size 1. */
  keepdims?: boolean;
  /** Where to write the result: exactly its shape, writable, a dtype it casts to (same_kind). */
  out?: NDArray | null;
}

interface Sorted {
  x: NDArray;
  lanes: Float64Array;
  /** The weights of each lane's elements, in the lane's sorted order. */
  weights?: Float64Array;
  outer: number;
  n: number;
  shape: number[];
}

/** The lanes over the reduced axes, each sorted (NaN last), and the shape of one result. */
function sortedLanes(fn: string, a: unknown, axisOpt: unknown, keepdims: boolean, weightsArg?: unknown): Sorted {
  const x = asArray(fn, a);
  const axes = normalizeAxes(fn, axisOpt, x.ndim);
  const { data, outer, n } = lanesOfAxes(x, axes);
  const shape = keepdims ? x.shape.map((d, i) => (axes.includes(i) ? 1 : d)) : x.shape.filter((_, i) => !axes.includes(i));
  if (weightsArg === undefined || weightsArg === null) {
    for (let o = 0; o < outer; o++) data.subarray(o * n, (o + 1) * n).sort();
    return { x, lanes: data, outer, n, shape };
  }
  const w = lanesOfAxes(weightsLike(fn, weightsArg, x, axes), axes).data;
  // values and weights reordered together by the stable sort permutation of each lane
  const sorted = new Float64Array(data.length);
  const weights = new Float64Array(data.length);
  const perm = argsort(freshArray("float64", [outer, n], data)).data;
  for (let o = 0; o < outer; o++) {
    const base = o * n;
    for (let k = 0; k < n; k++) {
      sorted[base + k] = data[base + (perm[base + k] as number)] as number;
      weights[base + k] = w[base + (perm[base + k] as number)] as number;
    }
  }
  return { x, lanes: sorted, weights, outer, n, shape };
}

/** numpy's `_weights_are_valid`: weights of `x`'s shape, or 1-D along the one reduced axis; non-negative. */
function weightsLike(fn: string, weightsArg: unknown, x: NDArray, axes: readonly number[]): NDArray {
  let w = asArray(fn, weightsArg);
  if (!shapesEqual(w.shape, x.shape)) {
    const along = axes.length === 1 ? (x.shape[axes[0] as number] as number) : -1;
    if (w.ndim !== 1 || along < 0 || axes.length === x.ndim && x.ndim > 1) {
      throw new ShapeError(`${fn}: weights of shape ${formatShape(w.shape)} need a's shape ${formatShape(x.shape)}, or 1-D along the one axis reduced`);
    }
    if (w.size !== along) throw new ShapeError(`${fn}: shape of weights ${formatShape(w.shape)} must match a's length ${along} along the axis`);
    w = broadcastTo(w.reshape(x.shape.map((d, i) => (i === axes[0] ? d : 1))), x.shape);
  }
  const values = lanesOfAxes(w, axes).data;
  if (values.some((v) => v < 0)) throw new DTypeError(`${fn}: weights must be non-negative`);
  return w;
}

/**
 * numpy's weighted `inverted_cdf`: the first sorted element whose cumulative weight share reaches
 * `q` (leading zero weights skipped); null when the weights sum to 0 or hold NaN or inf.
 */
function weightedLane(lanes: Float64Array, weights: Float64Array, base: number, n: number, qs: Float64Array, out: TypedArray, outer: number, o: number): boolean {
  const cdf = new Float64Array(n);
  let acc = 0;
  for (let k = 0; k < n; k++) cdf[k] = acc += weights[base + k] as number;
  const total = cdf[n - 1] as number;
  for (let k = 0; k < n; k++) cdf[k] = (cdf[k] as number) / total;
  if (cdf[n - 1] !== cdf[n - 1]) return false;
  if (cdf[0] === 0) for (let k = 0; k < n; k++) if (cdf[k] === 0) cdf[k] = -1;
  const last = lanes[base + n - 1] as number;
  const found = searchsorted(freshArray("float64", [n], cdf), freshArray("float64", [qs.length], qs)).data;
  for (let j = 0; j < qs.length; j++) out[j * outer + o] = last !== last ? NaN : (lanes[base + Math.min(found[j] as number, n - 1)] as number);
  return true;
}

/**
 * The median over `axis` (all axes when omitted): the middle element of each sorted lane, or
 * the mean of the two middle ones, computed as numpy's `mean` of them (in float32 for float32
 * input, float64 for integers). NaN if the lane holds a NaN; NaN for an empty lane.
 * `median(a, 0)` is `median(a, { axis: 0 })`.
 *
 * @example
 * import { array, median } from "ndarray-broadcast";
 * console.log(median(array([[3, 1, 2], [4, 6, 5]]), { axis: 1 }).toString());
 * // => array([2., 5.])
 * console.log(median(array([4, 1, 3, 2])).toString());
 * // => array(2.5)
 */
export function median(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | MedianOptions, options?: MedianOptions): NDArray {
  return medians("median", a, axis, options);
}

/**
 * The median of the non-NaN elements over `axis` (numpy's `nanmedian`); NaN for a lane of NaNs
 * only.
 *
 * @example
 * import { array, nanmedian } from "ndarray-broadcast";
 * console.log(nanmedian(array([[3, NaN, 1], [NaN, NaN, NaN]]), { axis: 1 }).toString());
 * // => array([ 2., nan])
 */
export function nanmedian(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | MedianOptions, options?: MedianOptions): NDArray {
  return medians("nanmedian", a, axis, options);
}

/** The number of leading non-NaN elements of a sorted lane (NaN sorts last). */
function validLength(lanes: Float64Array, base: number, n: number): number {
  let m = n;
  while (m > 0 && lanes[base + m - 1] !== lanes[base + m - 1]) m--;
  return m;
}

function medians(fn: "median" | "nanmedian", a: unknown, axis: unknown, options: unknown): NDArray {
  const skipNaN = fn === "nanmedian";
  const [positional, rest] = positionalOr(axis as number | null | undefined, options);
  const opts = readOptions(fn, rest, ["axis", "keepdims", "out"]);
  const keepdims = booleanOption(fn, "keepdims", opts.keepdims, false);
  const s = sortedLanes(fn, a, positional !== undefined ? positional : opts.axis, keepdims);
  const dtype: DType = s.x.dtype === "float32" ? "float32" : "float64";
  const r = roundTo(dtype);
  const out = allocate(dtype, s.outer);
  const { lanes, n } = s;
  for (let o = 0; o < s.outer; o++) {
    const base = o * n;
    // median: a NaN anywhere gives NaN; nanmedian: the NaNs (sorted last) are left out
    const m = skipNaN ? validLength(lanes, base, n) : n;
    if (m === 0 || lanes[base + m - 1] !== lanes[base + m - 1]) {
      out[o] = NaN;
      continue;
    }
    const h = m >> 1;
    // numpy's mean of the middle slice: a sum started at +0, then divided by its length
    out[o] = m % 2 === 1 ? r.add(0, lanes[base + h] as number) : r.cast(r.add(r.add(0, lanes[base + h - 1] as number), lanes[base + h] as number) / 2);
  }
  return deliver(fn, opts.out, freshArray(dtype, s.shape, out));
}

/** numpy's `around`: halves to even. */
function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** `_compute_virtual_index`: `n q + (α + q (1 − α − β)) − 1`, in numpy's order of operations. */
const virtualIndex = (n: number, q: number, alpha: number, beta: number): number => n * q + (alpha + q * (1 - alpha - beta)) - 1;

/** `_discrete_interpolation_to_boundaries`: the previous index where `takePrevious`, else the next, clipped at 0. */
function boundary(index: number, takePrevious: (gamma: number, index: number) => boolean): number {
  const previous = Math.floor(index);
  const gamma = index - previous;
  return Math.max(takePrevious(gamma, index) ? previous : previous + 1, 0);
}

/** The index of a discrete method, or the virtual index and gamma of an interpolating one. */
function position(method: QuantileMethod, n: number, q: number): { take: number } | { virtual: number; fixGamma: (gamma: number, virtual: number) => number } {
  const same = (g: number): number => g;
  switch (method) {
    case "inverted_cdf":
      return { take: boundary(n * q - 1, (g) => g === 0) };
    case "closest_observation":
      return { take: boundary(n * q - 1 - 0.5, (g, i) => g === 0 && Math.floor(i) % 2 === 1) };
    case "lower":
      return { take: Math.floor((n - 1) * q) };
    case "higher":
      return { take: Math.ceil((n - 1) * q) };
    case "nearest":
      return { take: roundHalfEven((n - 1) * q) };
    case "averaged_inverted_cdf":
      return { virtual: n * q - 1, fixGamma: (g) => (g === 0 ? 0.5 : 1) };
    case "midpoint":
      return { virtual: 0.5 * (Math.floor((n - 1) * q) + Math.ceil((n - 1) * q)), fixGamma: (_g, v) => (v % 1 === 0 ? 0 : 0.5) };
    case "linear":
      return { virtual: (n - 1) * q, fixGamma: same };
    case "interpolated_inverted_cdf":
      return { virtual: virtualIndex(n, q, 0, 1), fixGamma: same };
    case "hazen":
      return { virtual: virtualIndex(n, q, 0.5, 0.5), fixGamma: same };
    case "weibull":
      return { virtual: virtualIndex(n, q, 0, 0), fixGamma: same };
    case "median_unbiased":
      return { virtual: virtualIndex(n, q, 1 / 3, 1 / 3), fixGamma: same };
    case "normal_unbiased":
      return { virtual: virtualIndex(n, q, 3 / 8, 3 / 8), fixGamma: same };
  }
}

const DISCRETE: readonly QuantileMethod[] = ["inverted_cdf", "closest_observation", "lower", "higher", "nearest"];

function quantiles(fn: "quantile" | "percentile" | "nanquantile" | "nanpercentile", a: unknown, qArg: unknown, axis: unknown, options: unknown): NDArray {
  const [positional, rest] = positionalOr(axis as number | null | undefined, options);
  const opts = readOptions(fn, rest, ["axis", "method", "keepdims", "out", "weights"]);
  const method = choiceOption(fn, "method", opts.method, QUANTILE_METHODS, "linear");
  const keepdims = booleanOption(fn, "keepdims", opts.keepdims, false);
  // a JS number q is numpy's weak Python float: a float32 input keeps float32
  const weak = typeof qArg === "number";
  const qa = toArray(fn, qArg, { dtype: "float64" });
  if (qa.ndim > 2) throw new DTypeError(`${fn}: q must be a number or an array of at most 2 axes, got shape ${formatShape(qa.shape)}`);
  const qs = Float64Array.from(qa.data.subarray(qa.offset, qa.offset + qa.size));
  const scale = fn.endsWith("percentile") ? 100 : 1;
  const skipNaN = fn.startsWith("nan");
  for (let i = 0; i < qs.length; i++) {
    const q = (qs[i] as number) / scale;
    if (!(q >= 0 && q <= 1)) throw new DTypeError(`${fn}: ${scale === 100 ? "percentiles must be in the range [0, 100]" : "quantiles must be in the range [0, 1]"}, got ${qs[i]}`);
    qs[i] = q;
  }
  const weighted = opts.weights !== undefined && opts.weights !== null;
  if (weighted && method !== "inverted_cdf") throw new DTypeError(`${fn}: only method "inverted_cdf" supports weights, got ${JSON.stringify(method)}`);
  const s = sortedLanes(fn, a, positional !== undefined ? positional : opts.axis, keepdims, opts.weights);
  const { lanes, n, outer } = s;
  const inDType = s.x.dtype;
  if (s.weights) {
    if (skipNaN) throw new DTypeError(`${fn}: weights are not supported here; use quantile or percentile`);
    const out = allocate(inDType, qs.length * outer);
    for (let o = 0; o < outer; o++) {
      if (!weightedLane(lanes, s.weights, o * n, n, qs, out, outer, o)) {
        throw new DTypeError(`${fn}: the weights include NaN or inf, or are all zero along a lane`);
      }
    }
    return deliver(fn, opts.out, freshArray(inDType, [...qa.shape, ...s.shape], out));
  }
  const discrete = DISCRETE.includes(method);
  if (inDType === "bool" && !discrete) {
    throw new DTypeError(`${fn}: method ${JSON.stringify(method)} interpolates by subtracting, which numpy refuses for bool; convert with array(a, { dtype: "uint8" }) or use a discrete method ("lower", "higher", "nearest", "inverted_cdf", "closest_observation")`);
  }
  const float32 = inDType === "float32";
  const dtype: DType = discrete ? inDType : float32 && weak ? "float32" : "float64";
  if (n === 0 && outer > 0 && !skipNaN) {
    throw new IndexError(`${fn}: cannot take a quantile of an empty lane (a has shape ${formatShape(s.x.shape)})`);
  }
  const out = allocate(dtype, qs.length * outer);
  const isFloat = DTYPES[inDType].kind === "f";
  // numpy's diff_b_a = b - a is computed in the input's dtype (integers wrap)
  const sub = roundTo(inDType).sub;
  const f = Math.fround;
  const valid = new Int32Array(outer);
  for (let o = 0; o < outer; o++) valid[o] = skipNaN ? validLength(lanes, o * n, n) : n;
  for (let k = 0; k < qs.length; k++) {
    const whole = position(method, n, qs[k] as number);
    for (let o = 0; o < outer; o++) {
      const base = o * n;
      // nanquantile: the quantile of the lane's non-NaN elements (the NaNs sort last)
      const m = valid[o] as number;
      const p = m === n ? whole : position(method, m, qs[k] as number);
      const last = lanes[base + m - 1] as number;
      let v: number;
      if (m === 0 || (isFloat && last !== last)) v = NaN;
      else if ("take" in p) v = lanes[base + p.take] as number;
      else {
        // numpy's _get_indexes: beyond the last index both neighbours are the last element, below 0 the first
        let prev = Math.floor(p.virtual);
        let next = prev + 1;
        if (p.virtual >= m - 1) prev = next = -1;
        if (p.virtual < 0) prev = next = 0;
        const t = p.fixGamma(p.virtual - prev, p.virtual);
        const lo = lanes[base + (prev < 0 ? m + prev : prev)] as number;
        const hi = lanes[base + (next < 0 ? m + next : next)] as number;
        const d = sub(hi, lo);
        if (dtype === "float32") v = t >= 0.5 ? f(hi - f(d * f(1 - t))) : f(lo + f(d * f(t)));
        else v = t >= 0.5 ? hi - d * (1 - t) : lo + d * t;
      }
      out[k * outer + o] = v;
    }
  }
  return deliver(fn, opts.out, freshArray(dtype, [...qa.shape, ...s.shape], out));
}

/**
 * The `q`-th quantiles (0 ≤ q ≤ 1; a number or a 1-D list) over `axis` (all axes when omitted),
 * by numpy's `method` (`"linear"` by default; also the other eight of Hyndman & Fan and
 * `lower`, `higher`, `midpoint`, `nearest`). Bit-for-bit numpy's arithmetic. The quantiles' axis
 * comes first in the result. A number `q` keeps a float32 input float32 (numpy's weak scalar); a
 * list gives float64; the discrete methods keep the input's dtype. A lane with a NaN gives NaN.
 *
 * @example
 * import { array, quantile } from "ndarray-broadcast";
 * const a = array([[10, 7, 4], [3, 2, 1]]);
 * console.log(quantile(a, 0.5).toString());
 * // => array(3.5)
 * console.log(quantile(a, [0.25, 0.75], { axis: 1 }).toString());
 * // => array([[5.5, 1.5],
 * //           [8.5, 2.5]])
 * console.log(quantile(a, 0.5, { method: "lower" }).toString());
 * // => array(3.)
 */
export function quantile(a: NDArray | ArrayLike, q: number | ArrayLike, axis?: number | readonly number[] | null | QuantileOptions, options?: QuantileOptions): NDArray {
  return quantiles("quantile", a, q, axis, options);
}

/**
 * The `q`-th percentiles (0 ≤ q ≤ 100): {@link quantile} of `q / 100`, with the same options.
 *
 * @example
 * import { array, percentile } from "ndarray-broadcast";
 * console.log(percentile(array([1, 2, 3, 4]), [50, 90]).toString());
 * // => array([2.5, 3.7])
 */
export function percentile(a: NDArray | ArrayLike, q: number | ArrayLike, axis?: number | readonly number[] | null | QuantileOptions, options?: QuantileOptions): NDArray {
  return quantiles("percentile", a, q, axis, options);
}

/**
 * The `q`-th quantiles of the non-NaN elements (numpy's `nanquantile`), with {@link quantile}'s
 * options and arithmetic; NaN for a lane of NaNs only.
 *
 * @example
 * import { array, nanquantile } from "ndarray-broadcast";
 * console.log(nanquantile(array([4, NaN, 1, 2]), 0.5).toString());
 * // => array(2.)
 */
export function nanquantile(a: NDArray | ArrayLike, q: number | ArrayLike, axis?: number | readonly number[] | null | QuantileOptions, options?: QuantileOptions): NDArray {
  return quantiles("nanquantile", a, q, axis, options);
}

/**
 * The `q`-th percentiles of the non-NaN elements (numpy's `nanpercentile`).
 *
 * @example
 * import { array, nanpercentile } from "ndarray-broadcast";
 * console.log(nanpercentile(array([4, NaN, 1, 2]), [0, 100]).toString());
 * // => array([1., 4.])
 */
export function nanpercentile(a: NDArray | ArrayLike, q: number | ArrayLike, axis?: number | readonly number[] | null | QuantileOptions, options?: QuantileOptions): NDArray {
  return quantiles("nanpercentile", a, q, axis, options);
}
