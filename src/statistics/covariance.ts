/**
 * `cov`, `corrcoef` and `trace`: numpy's formulas on the library's own `mean`, `matmul`,
 * `diagonal` and `sum`.
 *
 * @module
 */
import { array, asArray, zeros, type ArrayLike } from "../create.js";
import { AxisError, DTypeError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { diagonal } from "../linalg/diag.js";
import { matmul } from "../linalg/matmul.js";
import { multiply, subtract } from "../ops/binary.js";
import { booleanOption, deliver, positionalOr, readOptions } from "../ops/options.js";
import { mean, sum } from "../ops/reduce.js";
import { average } from "./moments.js";
import { normalizeAxis } from "../shape/axes.js";

/** Options of {@link cov}. */
export interface CovOptions {
  /** Each row is a variable and each column an observation (default); `false` swaps them. */
  rowvar?: boolean;
  /** Divide by N instead of N − 1. */
  bias?: boolean;
  /** Divide by N − ddof (overrides `bias`). */
  ddof?: number | null;
  /** Integer frequency weights: how often each observation occurs. */
  fweights?: NDArray | ArrayLike | null;
  /** Observation weights ("importance"), relative. */
  aweights?: NDArray | ArrayLike | null;
}

/** numpy's checks of `fweights`/`aweights`: 1-D, one per observation, non-negative (and integral for fweights). */
function observationWeights(fn: string, name: "fweights" | "aweights", w: unknown, count: number): Float64Array | undefined {
  if (w === undefined || w === null) return undefined;
  const a = array(asArray(fn, w), { dtype: "float64" });
  if (a.ndim > 1) throw new ShapeError(`${fn}: cannot handle multidimensional ${name} (shape ${formatShape(a.shape)})`);
  const v = Float64Array.from(a.reshape(-1).data);
  if (v.length !== count) throw new ShapeError(`${fn}: incompatible numbers of samples (${count}) and ${name} (${v.length})`);
  for (const x of v) {
    if (name === "fweights" && x !== Math.round(x)) throw new DTypeError(`${fn}: fweights must be integers, got ${x}`);
    if (x < 0) throw new DTypeError(`${fn}: ${name} cannot be negative, got ${x}`);
  }
  return v;
}

/** numpy's `array(m, ndmin=2, dtype=result_type(m, float64))`, observations along axis 1. */
function observations(fn: string, m: unknown, rowvar: boolean, isY: boolean): NDArray {
  let x = array(asArray(fn, m), { dtype: "float64" });
  if (x.ndim > 2) throw new ShapeError(`${fn}: m has more than 2 dimensions (shape ${formatShape(x.shape)})`);
  const vector = x.ndim < 2;
  if (vector) x = x.reshape(1, x.size);
  // numpy transposes m unless it was 1-D, and y unless it has one row
  if (!rowvar && (isY ? x.shape[0] !== 1 : !vector)) x = x.transpose().copy();
  return x;
}

function covariance(fn: string, m: unknown, y: unknown, options: unknown, allowed: readonly string[]): NDArray {
  const opts = readOptions(fn, options, allowed);
  const rowvar = booleanOption(fn, "rowvar", opts.rowvar, true);
  const bias = booleanOption(fn, "bias", opts.bias, false);
  let x = observations(fn, m, rowvar, false);
  if (x.shape[0] === 0) return zeros([0, 0]);
  if (y !== undefined && y !== null) {
    const yy = observations(fn, y, rowvar, true);
    if (yy.shape[1] !== x.shape[1]) {
      throw new ShapeError(`${fn}: m and y need the same number of observations, got ${x.shape[1]} and ${yy.shape[1]} (shapes ${formatShape(x.shape)} and ${formatShape(yy.shape)})`);
    }
    const joined = new Float64Array(x.size + yy.size);
    joined.set(x.copy().data as Float64Array);
    joined.set(yy.copy().data as Float64Array, x.size);
    x = freshArray("float64", [(x.shape[0] as number) + (yy.shape[0] as number), x.shape[1] as number], joined);
  }
  const ddof = opts.ddof === undefined || opts.ddof === null ? (bias ? 0 : 1) : (opts.ddof as number);
  const n = x.shape[1] as number;
  const fw = observationWeights(fn, "fweights", opts.fweights, n);
  const aw = observationWeights(fn, "aweights", opts.aweights, n);
  const w = fw && aw ? fw.map((f, i) => f * (aw[i] as number)) : (fw ?? aw);
  let fact: number;
  let centered: NDArray;
  let right: NDArray;
  if (!w) {
    fact = n - ddof;
    centered = subtract(x, mean(x, { axis: 1, keepdims: true }));
    right = centered;
  } else {
    // numpy: the weighted average, then the denominator from the weights' sum
    const weights = freshArray("float64", [n], w);
    const [avg, wsum] = average(x, { axis: 1, weights, returned: true });
    const total = wsum.data[0] as number;
    if (ddof === 0) fact = total;
    else if (!aw) fact = total - ddof;
    else fact = total - (ddof * (sum(multiply(weights, freshArray("float64", [n], aw))).data[0] as number)) / total;
    centered = subtract(x, avg.reshape(-1, 1));
    right = multiply(centered, weights);
  }
  // numpy warns and uses 0 when there are no degrees of freedom left
  fact = Math.max(fact, 0);
  const c = multiply(matmul(centered, right.transpose()), 1 / fact);
  return c.shape[0] === 1 ? c.reshape([]) : c;
}

/**
 * The covariance matrix of the variables in the rows of `m` (and of `y`'s rows, appended), as
 * numpy: each row centred on its mean, `X Xᵀ · 1/(N − ddof)`; `ddof` is 1 unless `bias` or
 * `ddof` says otherwise. float64; a single variable gives a 0-d array. `rowvar: false` reads
 * variables from the columns.
 *
 * @example
 * import { array, cov } from "ndarray-broadcast";
 * console.log(cov(array([[0, 1, 2], [2, 1, 0]])).toString());
 * // => array([[ 1., -1.],
 * //           [-1.,  1.]])
 */
export function cov(m: NDArray | ArrayLike, y?: NDArray | ArrayLike | null | CovOptions, options?: CovOptions): NDArray {
  const [yy, rest] = positionalOr(y, options);
  return covariance("cov", m, yy, rest, ["rowvar", "bias", "ddof", "fweights", "aweights"]);
}

/** Options of {@link corrcoef}. */
export interface CorrcoefOptions {
  /** Each row is a variable (default); `false` reads variables from the columns. */
  rowvar?: boolean;
}

/**
 * The Pearson correlation coefficients: {@link cov} divided by the standard deviations on both
 * sides, then clipped to [-1, 1], as numpy. A constant variable gives NaN.
 *
 * @example
 * import { array, corrcoef } from "ndarray-broadcast";
 * console.log(corrcoef(array([[1, 2, 3], [2, 4, 7]])).toString());
 * // => array([[1.        , 0.99339927],
 * //           [0.99339927, 1.        ]])
 */
export function corrcoef(x: NDArray | ArrayLike, y?: NDArray | ArrayLike | null | CorrcoefOptions, options?: CorrcoefOptions): NDArray {
  const [yy, rest] = positionalOr(y, options);
  const c = covariance("corrcoef", x, yy, rest, ["rowvar"]);
  const d = c.data;
  if (c.ndim === 0) {
    d[0] = (d[0] as number) / (d[0] as number);
    return c;
  }
  const k = c.shape[0] as number;
  const s = new Float64Array(k);
  for (let i = 0; i < k; i++) s[i] = Math.sqrt(d[i * k + i] as number);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const v = (d[i * k + j] as number) / (s[i] as number) / (s[j] as number);
      // np.clip keeps NaN
      d[i * k + j] = v > 1 ? 1 : v < -1 ? -1 : v;
    }
  }
  return c;
}

/** Options of {@link trace}. */
export interface TraceOptions {
  /** The diagonal: 0 the main one, > 0 above, < 0 below. */
  offset?: number;
  /** The first axis of the 2-D sub-arrays (default 0). */
  axis1?: number;
  /** The second axis (default 1). */
  axis2?: number;
  /** Where to write the result: exactly its shape, writable, a dtype it casts to (same_kind). */
  out?: NDArray | null;
}

/**
 * The sum along a diagonal: of a matrix, or of each 2-D sub-array over `axis1`, `axis2` (the
 * other axes remain). Sums as the library's `sum` (integers give float64; numpy: int64).
 * `trace(a, 1)` is `trace(a, { offset: 1 })`.
 *
 * @example
 * import { arange, trace } from "ndarray-broadcast";
 * const a = arange(9).reshape(3, 3);
 * console.log(trace(a).toString(), trace(a, 1).toString());
 * // => array(12.) array(6.)
 */
export function trace(a: NDArray | ArrayLike, offset?: number | TraceOptions, options?: TraceOptions): NDArray {
  const fn = "trace";
  const [positional, rest] = positionalOr(offset, options);
  const opts = readOptions(fn, rest, ["offset", "axis1", "axis2", "out"]);
  const k = (positional !== undefined ? positional : (opts.offset ?? 0)) as number;
  const x = asArray(fn, a);
  if (x.ndim < 2) throw new ShapeError(`${fn}: the input needs at least 2 dimensions, got shape ${formatShape(x.shape)}`);
  if (!Number.isInteger(k)) throw new DTypeError(`${fn}: offset must be an integer, got ${describeType(k)}`);
  const axis1 = normalizeAxis(fn, opts.axis1 ?? 0, x.ndim);
  const axis2 = normalizeAxis(fn, opts.axis2 ?? 1, x.ndim);
  if (axis1 === axis2) throw new AxisError(`${fn}: axis1 and axis2 cannot be the same (both ${axis1})`);
  return deliver(fn, opts.out, sum(diagonal(x, k, { axis1, axis2 }), { axis: -1 }));
}
