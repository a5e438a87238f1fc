/**
 * Counting: `histogram`, `bincount`, `digitize`, with numpy's bin rules (half-open bins, the last
 * one closed; equal-width bins found by numpy's own index computation and corrections, so an
 * element on an edge lands in numpy's bin).
 *
 * @module
 */
import { asArray, linspace, type ArrayLike } from "../create.js";
import { allocate, DTYPES, type DType } from "../dtype.js";
import { DTypeError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { flatValues } from "../ops/lanes.js";
import { divide, power, subtract } from "../ops/binary.js";
import { booleanOption, positionalOr, readOptions } from "../ops/options.js";
import { max, mean, min } from "../ops/reduce.js";
import { searchsorted } from "../sorting/search.js";
import { argsort } from "../sorting/sort.js";
import { shapesEqual } from "../validate.js";
import { std } from "./moments.js";
import { percentile } from "./quantile.js";


/** The bin-width estimators of numpy's `histogram_bin_edges` (all but `"stone"`). */
export type BinEstimator = "auto" | "fd" | "doane" | "scott" | "rice" | "sturges" | "sqrt";
const ESTIMATORS: readonly BinEstimator[] = ["auto", "fd", "doane", "scott", "rice", "sturges", "sqrt"];

/** numpy's `_hist_bin_*` width of the (non-empty) data `x`; 0 means one bin. */
function binWidth(name: BinEstimator, x: NDArray): number {
  const n = x.size;
  const range = (): number => (max(x).data[0] as number) - (min(x).data[0] as number);
  const sturges = (): number => range() / (Math.log2(n) + 1.0);
  const sqrtWidth = (): number => range() / Math.sqrt(n);
  const fd = (): number => {
    const p = percentile(x, [75, 25]).data;
    return 2.0 * ((p[0] as number) - (p[1] as number)) * n ** (-1.0 / 3.0);
  };
  switch (name) {
    case "sqrt":
      return sqrtWidth();
    case "sturges":
      return sturges();
    case "rice":
      return range() / (2.0 * n ** (1.0 / 3));
    case "scott":
      return (24.0 * Math.PI ** 0.5 / n) ** (1.0 / 3.0) * (std(x).data[0] as number);
    case "fd":
      return fd();
    case "doane": {
      if (n <= 2) return 0.0;
      const sg1 = Math.sqrt((6.0 * (n - 2)) / ((n + 1.0) * (n + 3)));
      const sigma = std(x).data[0] as number;
      if (!(sigma > 0.0)) return 0.0;
      const g1 = mean(power(divide(subtract(x, mean(x)), sigma), 3)).data[0] as number;
      return range() / (1.0 + Math.log2(n) + Math.log2(1.0 + Math.abs(g1) / sg1));
    }
    case "auto":
      // numpy: the smaller of Freedman–Diaconis (at least half the sqrt width) and Sturges
      return Math.min(Math.max(fd(), sqrtWidth() / 2), sturges());
  }
}

/** Options of {@link histogram}. */
export interface HistogramOptions {
  /**
   * The number of equal-width bins (default 10), the bin edges (increasing), or the name of
   * numpy's estimator of the bin width: `"auto"`, `"fd"`, `"doane"`, `"scott"`, `"rice"`,
   * `"sturges"`, `"sqrt"`.
   */
  bins?: number | BinEstimator | NDArray | ArrayLike;
  /** `[lower, upper]` of the equal-width bins; the data's minimum and maximum when omitted. */
  range?: readonly [number, number] | null;
  /** Divide the counts so that the histogram integrates to 1 over the range. */
  density?: boolean | null;
  /** One weight per element of `a`: the bins sum weights instead of counting. */
  weights?: NDArray | ArrayLike | null;
}

/**
 * The histogram of the flattened `a`: `[hist, binEdges]`. Bins are half-open `[e_i, e_{i+1})`
 * except the last, which includes its right edge; values outside the range (and NaN) are not
 * counted. `bins` is a count of equal-width bins between `range` (or the data's minimum and
 * maximum, widened by ±0.5 when equal) or the edges themselves. Counts are int32 (numpy: int64);
 * with `weights` the sums have the weights' dtype; with `density` float64.
 * `histogram(a, 5)` is `histogram(a, { bins: 5 })`.
 *
 * @example
 * import { array, histogram } from "ndarray-broadcast";
 * const [hist, edges] = histogram(array([1, 2, 1, 4]), { bins: 3, range: [0, 6] });
 * console.log(hist.toString(), edges.toString());
 * // => array([2, 1, 1], dtype=int32) array([0., 2., 4., 6.])
 */
export function histogram(a: NDArray | ArrayLike, bins?: number | BinEstimator | NDArray | ArrayLike | HistogramOptions, options?: HistogramOptions): [NDArray, NDArray] {
  const fn = "histogram";
  const [binsArg, rest] = positionalOr(bins, options);
  const opts = readOptions(fn, rest, ["bins", "range", "density", "weights"]);
  const binSpec = binsArg !== undefined ? binsArg : (opts.bins ?? 10);
  const density = booleanOption(fn, "density", opts.density ?? undefined, false);
  const x = asArray(fn, a);
  const values = flatValues(x);
  let weights: Float64Array | undefined;
  let weightDType: DType = "int32";
  if (opts.weights !== undefined && opts.weights !== null) {
    const w = asArray(fn, opts.weights);
    if (!shapesEqual(w.shape, x.shape)) throw new ShapeError(`${fn}: weights of shape ${formatShape(w.shape)} should have a's shape ${formatShape(x.shape)}`);
    weights = flatValues(w);
    weightDType = DTYPES[w.dtype].kind === "f" ? w.dtype : "float64";
  }
  let edges: NDArray;
  let counts: Float64Array;
  let binCount = binSpec;
  if (typeof binSpec === "string") {
    if (!(ESTIMATORS as readonly string[]).includes(binSpec)) {
      throw new DTypeError(`${fn}: ${JSON.stringify(binSpec)} is not a valid estimator for bins; use one of ${ESTIMATORS.join(", ")}, a count or edges`);
    }
    if (weights) throw new DTypeError(`${fn}: automated estimation of the number of bins is not supported for weighted data`);
    const [first, last] = outerEdges(fn, values, opts.range);
    const kept = values.filter((v) => v >= first && v <= last);
    let data = x.reshape(-1);
    if (kept.length !== values.length) {
      const inRange = allocate(x.dtype, kept.length);
      inRange.set(kept);
      data = freshArray(x.dtype, [kept.length], inRange);
    }
    let width = data.size === 0 ? 0 : binWidth(binSpec as BinEstimator, data);
    if (width && DTYPES[x.dtype].kind !== "f" && width < 1) width = 1;
    binCount = width ? Math.ceil((last - first) / width) : 1;
  }
  if (typeof binCount === "number") {
    if (!Number.isInteger(binCount) || binCount < 1) throw new DTypeError(`${fn}: bins must be a positive integer or the bin edges, got ${binCount}`);
    const [first, last] = outerEdges(fn, values, opts.range);
    // numpy's edges and bin positions for float32 data are float32 arithmetic when the range comes
    // from the data (float32 scalars); a given range is Python floats: float64 edges, cast
    const f32 = x.dtype === "float32";
    const auto = (opts.range === undefined || opts.range === null) && values.length > 0;
    const edgeDType: DType = DTYPES[x.dtype].kind === "f" ? x.dtype : "float64";
    edges = f32 && auto ? float32Linspace(first, last, binCount) : linspace(first, last, binCount + 1, { dtype: edgeDType });
    counts = equalWidthCounts(values, weights, first, last, binCount, flatValues(edges), f32, auto);
  } else {
    if (opts.range !== undefined && opts.range !== null) outerEdges(fn, values, opts.range);
    edges = asArray(fn, binSpec);
    if (edges.ndim !== 1) throw new ShapeError(`${fn}: bins must be an integer or 1-D edges, got shape ${formatShape(edges.shape)}`);
    const e = flatValues(edges);
    for (let i = 1; i < e.length; i++) {
      if (!((e[i] as number) >= (e[i - 1] as number))) throw new ShapeError(`${fn}: bins must increase monotonically, when an array`);
    }
    counts = edgeCounts(values, weights, e);
  }
  const nb = counts.length;
  if (density) {
    const e = flatValues(edges);
    let total = 0;
    for (let i = 0; i < nb; i++) total += counts[i] as number;
    const out = new Float64Array(nb);
    // numpy: np.diff of the edges (in their dtype), then float64
    const width = (i: number): number => (edges.dtype === "float32" ? Math.fround((e[i + 1] as number) - (e[i] as number)) : (e[i + 1] as number) - (e[i] as number));
    for (let i = 0; i < nb; i++) out[i] = (counts[i] as number) / width(i) / total;
    return [freshArray("float64", [nb], out), edges];
  }
  const hist = freshArray(weightDType, [nb]);
  hist.data.set(counts);
  return [hist, edges];
}

/** numpy's `_get_outer_edges`: the range, or the finite data's min and max, widened by 0.5 when equal. */
function outerEdges(fn: string, values: Float64Array, range: unknown): [number, number] {
  let first: number;
  let last: number;
  if (range !== undefined && range !== null) {
    if (!Array.isArray(range) || range.length !== 2 || !range.every((v) => typeof v === "number")) {
      throw new DTypeError(`${fn}: range must be [lower, upper], got ${describeType(range)}`);
    }
    [first, last] = range as [number, number];
    if (first > last) throw new ShapeError(`${fn}: max must be larger than min in range parameter, got [${first}, ${last}]`);
    if (!Number.isFinite(first) || !Number.isFinite(last)) throw new ShapeError(`${fn}: supplied range of [${first}, ${last}] is not finite`);
  } else if (values.length === 0) {
    first = 0;
    last = 1;
  } else {
    first = Infinity;
    last = -Infinity;
    let nan = false;
    for (const v of values) {
      if (v !== v) nan = true;
      if (v < first) first = v;
      if (v > last) last = v;
    }
    if (nan || !Number.isFinite(first) || !Number.isFinite(last)) {
      throw new ShapeError(`${fn}: autodetected range of [${nan ? NaN : first}, ${nan ? NaN : last}] is not finite; give a finite range`);
    }
  }
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  return [first, last];
}

/** numpy's `linspace` of float32 start and stop: every step in float32. */
function float32Linspace(first: number, last: number, nb: number): NDArray {
  const f = Math.fround;
  const step = f(f(last - first) / nb);
  const out = new Float32Array(nb + 1);
  for (let i = 0; i <= nb; i++) out[i] = f(f(i * step) + first);
  out[nb] = last;
  return freshArray("float32", [nb + 1], out);
}

/** numpy's equal-width fast path: the index from the position, corrected against the edges. */
function equalWidthCounts(
  values: Float64Array,
  weights: Float64Array | undefined,
  first: number,
  last: number,
  nb: number,
  edges: Float64Array,
  f32: boolean,
  auto: boolean,
): Float64Array {
  const counts = new Float64Array(nb);
  const f = Math.fround;
  const denom = f32 && auto ? f(last - first) : last - first;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!(v >= first && v <= last)) continue;
    // float32 data: (a - first) in float32; the division and scaling in float32 only with float32 edges
    const offset = f32 ? f(v - first) : v - first;
    let k = Math.trunc(f32 && auto ? f(f(offset / denom) * nb) : (offset / denom) * nb);
    if (k === nb) k--;
    if (v < (edges[k] as number)) k--;
    else if (v >= (edges[k + 1] as number) && k !== nb - 1) k++;
    counts[k] = (counts[k] as number) + (weights ? (weights[i] as number) : 1);
  }
  return counts;
}

/**
 * numpy's path for explicit edges: sort the values, find each edge (the last one inclusive), and
 * difference the cumulative counts or weights there.
 */
function edgeCounts(values: Float64Array, weights: Float64Array | undefined, edges: Float64Array): Float64Array {
  const n = values.length;
  const order = argsort(freshArray("float64", [n], values)).data;
  const sorted = new Float64Array(n);
  const cum = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    sorted[k] = values[i] as number;
    cum[k + 1] = (cum[k] as number) + (weights ? (weights[i] as number) : 1);
  }
  const sortedArray = freshArray("float64", [n], sorted);
  const m = edges.length;
  const left = searchsorted(sortedArray, freshArray("float64", [Math.max(m - 1, 0)], edges.slice(0, m - 1))).data;
  const right = m > 0 ? (searchsorted(sortedArray, edges[m - 1] as number, "right").data[0] as number) : 0;
  const at = (j: number): number => (j < m - 1 ? (cum[left[j] as number] as number) : (cum[right] as number));
  const counts = new Float64Array(Math.max(m - 1, 0));
  for (let j = 0; j < m - 1; j++) counts[j] = at(j + 1) - at(j);
  return counts;
}

/** Options of {@link bincount}. */
export interface BincountOptions {
  /** One weight per element of `x`: each bin sums the weights of its elements (float64). */
  weights?: NDArray | ArrayLike | null;
  /** At least this many bins. */
  minlength?: number;
}

/**
 * How often each value 0, 1, … occurs in the 1-D array of non-negative integers `x` (int32
 * counts; numpy: int64), or the sum of `weights` at each value (float64). The length is
 * `max(x) + 1`, at least `minlength`. Float arrays holding integers are accepted (JS lists are
 * float64); a fractional or negative value is refused.
 *
 * @example
 * import { array, bincount } from "ndarray-broadcast";
 * console.log(bincount(array([0, 1, 1, 3], { dtype: "int32" })).toString());
 * // => array([1, 2, 0, 1], dtype=int32)
 * console.log(bincount([0, 1, 1], { weights: [0.5, 1, 2], minlength: 4 }).toString());
 * // => array([0.5, 3. , 0. , 0. ])
 */
export function bincount(x: NDArray | ArrayLike, weights?: NDArray | ArrayLike | BincountOptions | null, options?: BincountOptions): NDArray {
  const fn = "bincount";
  const [w, rest] = positionalOr(weights, options);
  const opts = readOptions(fn, rest, ["weights", "minlength"]);
  const wArg = w !== undefined ? w : opts.weights;
  const minlength = opts.minlength ?? 0;
  if (typeof minlength !== "number" || !Number.isInteger(minlength) || minlength < 0) {
    throw new ShapeError(`${fn}: minlength must be a non-negative integer, got ${String(minlength)}`);
  }
  const a = asArray(fn, x);
  if (a.ndim !== 1) throw new ShapeError(`${fn}: x must be 1-D, got shape ${formatShape(a.shape)}`);
  const values = flatValues(a);
  let top = -1;
  for (const v of values) {
    if (!Number.isInteger(v)) throw new DTypeError(`${fn}: x must hold integers, got ${v}`);
    if (v < 0) throw new ShapeError(`${fn}: x must be non-negative, got ${v}`);
    if (v > top) top = v;
  }
  const length = Math.max(top + 1, minlength);
  let wv: Float64Array | undefined;
  if (wArg !== undefined && wArg !== null) {
    const wa = asArray(fn, wArg);
    if (!shapesEqual(wa.shape, a.shape)) throw new ShapeError(`${fn}: weights of shape ${formatShape(wa.shape)} and x of shape ${formatShape(a.shape)} have different lengths`);
    wv = flatValues(wa);
  }
  const out = freshArray(wv ? "float64" : "int32", [length]);
  const d = out.data;
  for (let i = 0; i < values.length; i++) {
    const k = values[i] as number;
    d[k] = (d[k] as number) + (wv ? (wv[i] as number) : 1);
  }
  return out;
}

/** Options of {@link digitize}. */
export interface DigitizeOptions {
  /** Bins include their right edge instead of their left one. */
  right?: boolean;
}

/**
 * The index of the bin each value of `x` falls in, for monotonic `bins` (increasing or
 * decreasing): `i` with `bins[i-1] <= x < bins[i]` (or `<` / `<=` with `right: true`); 0 below
 * and `len(bins)` beyond. int32 indices of `x`'s shape.
 *
 * @example
 * import { array, digitize } from "ndarray-broadcast";
 * const bins = array([0, 1, 2.5, 4]);
 * console.log(digitize(array([0.2, 6.4, 3, 1.6]), bins).toString());
 * // => array([1, 4, 3, 2], dtype=int32)
 */
export function digitize(x: NDArray | ArrayLike, bins: NDArray | ArrayLike, right?: boolean | DigitizeOptions, options?: DigitizeOptions): NDArray {
  const fn = "digitize";
  const [positional, rest] = positionalOr(right, options);
  const opts = readOptions(fn, rest, ["right"]);
  const r = booleanOption(fn, "right", positional !== undefined ? positional : opts.right, false);
  const b = asArray(fn, bins);
  if (b.ndim !== 1) throw new ShapeError(`${fn}: bins must be 1-D, got shape ${formatShape(b.shape)}`);
  const e = flatValues(b);
  let up = true;
  let down = true;
  for (let i = 1; i < e.length; i++) {
    if ((e[i] as number) < (e[i - 1] as number)) up = false;
    if ((e[i] as number) > (e[i - 1] as number)) down = false;
    if (e[i] !== e[i]) up = down = false;
  }
  if (!up && !down) throw new ShapeError(`${fn}: bins must be monotonically increasing or decreasing`);
  const side = r ? "left" : "right";
  const values = asArray(fn, x);
  if (up) return searchsorted(b, values, side);
  const reversed = freshArray("float64", [e.length], e.slice().reverse());
  const found = searchsorted(reversed, values, side);
  const d = found.data;
  for (let i = 0; i < d.length; i++) d[i] = e.length - (d[i] as number);
  return found;
}
