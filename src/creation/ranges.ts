/**
 * Ranges: `arange`, `linspace`, `logspace`, `geomspace`, with numpy 2's arithmetic.
 *
 * numpy's `arange` (numpy/_core/src/multiarray/ctors.c, `PyArray_ArangeObj`) computes the length
 * as `ceil((stop - start) / step)` in Python arithmetic, writes `start` and `next = start + step`
 * into the result dtype (an integer dtype converts each with Python's `int()` and refuses one out
 * of range), and fills the rest with `start + i * delta` where `delta = next - start` — all three
 * in the result dtype (arraytypes.c.src, `@NAME@_fill`): float32 arithmetic for float32, wrapping
 * integer arithmetic for integer dtypes.
 *
 * @module
 */
import { allocate, checkDType, DEFAULT_DTYPE, DTYPES, promoteTypes, type DType } from "../dtype.js";
import { DTypeError, ShapeError } from "../errors.js";
import { describeType, formatValue } from "../format/format-shape.js";
import { asArray, type ArrayLike } from "../create.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { broadcastShapesFor } from "../shape/broadcast-shapes.js";
import { broadcastTo } from "../shape/broadcast-to.js";
import { normalizeAxis } from "../shape/axes.js";
import { checkShape, MAX_SIZE } from "../validate.js";
import { castFloat } from "./cast.js";
import { checkOptions, splitTrailingOptions } from "./options.js";

/** Options of {@link arange}. */
export interface ArangeOptions {
  /** The element type; float64 when omitted (numpy: int64 for integer arguments, which JS numbers cannot tell apart). */
  dtype?: DType;
}

/**
 * Evenly spaced values in `[start, stop)`: `arange(stop)` or `arange(start, stop, step)`, exactly
 * as numpy computes them: `ceil((stop - start) / step)` values `start + i * delta`, where `delta =
 * (start + step) - start` is computed in the result dtype (so `arange(1, 2, 0.1)[2]` is
 * `1.2000000000000002`, as in numpy). The options object may come after any of the numbers
 * (`arange(5, { dtype: "int32" })`). An integer dtype converts `start` and `start + step` by
 * truncation and refuses them when they do not fit (numpy's `OverflowError`); later values wrap as
 * numpy's integer arithmetic does.
 *
 * @example
 * import { arange } from "ndarray-broadcast";
 * console.log(arange(4).toString(), arange(1, 2, 0.25).toString());
 * // => array([0., 1., 2., 3.]) array([1.  , 1.25, 1.5 , 1.75])
 * console.log(arange(5, { dtype: "int32" }).toString(), arange(1, 2, 0.1).get(2));
 * // => array([0, 1, 2, 3, 4], dtype=int32) 1.2000000000000002
 */
export function arange(stop: number, options?: ArangeOptions): NDArray;
export function arange(start: number, stop: number | undefined | null, options?: ArangeOptions): NDArray;
export function arange(start: number, stop: number | undefined | null, step: number | undefined | null, options?: ArangeOptions): NDArray;
export function arange(...args: unknown[]): NDArray {
  const fn = "arange";
  const [nums, options] = splitTrailingOptions(fn, args, 3);
  const opts = checkOptions<ArangeOptions>(fn, options, ["dtype"]);
  const dtype = opts.dtype === undefined ? DEFAULT_DTYPE : checkDType(fn, opts.dtype);
  const [a, b, c] = nums;
  const noStop = b === undefined || b === null;
  const start = checkNumber(fn, noStop ? "stop" : "start", noStop ? 0 : a);
  const stop = checkNumber(fn, "stop", noStop ? a : b);
  const step = c === undefined || c === null ? 1 : checkNumber(fn, "step", c);
  const n = arangeLength(start, stop, step);
  const shape = checkShape(fn, [n]);
  const t = DTYPES[dtype];
  const data = allocate(dtype, n);
  if (n === 0) return freshArray(dtype, shape, data);
  if (t.kind === "f") {
    const round = t.bits === 32 ? Math.fround : (x: number): number => x;
    const s = round(start);
    data[0] = s;
    if (n > 1) {
      const next = round(start + step);
      data[1] = next;
      const delta = round(next - s);
      for (let i = 2; i < n; i++) data[i] = round(s + round(round(i) * delta));
    }
  } else if (t.kind === "i" || t.kind === "u") {
    const s = toInteger(fn, dtype, start, "start");
    data[0] = s;
    if (n > 1) {
      data[1] = toInteger(fn, dtype, start + step, "start + step");
      // delta and every product wrap modulo 2^bits (bits ≤ 32): Math.imul gives the low 32 bits.
      const delta = (data[1] as number) - s;
      for (let i = 2; i < n; i++) data[i] = (s + Math.imul(i, delta)) | 0;
    }
  } else {
    if (n > 2) {
      throw new DTypeError(`${fn}: arange() is only supported for ${dtype} when the result has at most length 2, got ${n}`);
    }
    data[0] = start !== 0 ? 1 : 0;
    if (n > 1) data[1] = start + step !== 0 ? 1 : 0;
  }
  return freshArray(dtype, shape, data);
}

/** numpy's `_calc_length`: `ceil((stop - start) / step)`, with its divide-by-infinity rule. */
function arangeLength(start: number, stop: number, step: number): number {
  const fn = "arange";
  if (step === 0) throw new ShapeError(`${fn}: step must not be 0 (numpy: division by zero)`);
  const span = stop - start;
  const q = span / step;
  // (stop - start) / step underflows to ±0 (e.g. an infinite step): one value when it has the step's direction
  if (q === 0 && span !== 0) return Object.is(q, -0) || q < 0 ? 0 : 1;
  const len = Math.ceil(q);
  if (Number.isNaN(len)) {
    throw new ShapeError(`${fn}: cannot compute length of the range from ${formatValue(start)} to ${formatValue(stop)} in steps of ${formatValue(step)}`);
  }
  if (!Number.isFinite(len) || len > MAX_SIZE) {
    const count = Number.isFinite(len) ? `${len} values` : "infinitely many values";
    throw new ShapeError(
      `${fn}: start ${formatValue(start)}, stop ${formatValue(stop)} and step ${formatValue(step)} give ${count}, more than the ${MAX_SIZE} one array can hold`,
    );
  }
  return Math.max(0, len);
}

/** Python's `int(x)` checked against `dtype`'s range, as numpy's setitem does for arange's first two values. */
function toInteger(fn: string, dtype: DType, x: number, what: string): number {
  if (!Number.isFinite(x)) {
    throw new DTypeError(`${fn}: cannot convert ${what} = ${x} to integer dtype ${dtype}`);
  }
  const v = Math.trunc(x) + 0;
  const t = DTYPES[dtype];
  if (v < t.min || v > t.max) {
    const shown = v === x ? formatValue(x) : `${formatValue(x)} (the integer ${v})`;
    throw new DTypeError(`${fn}: ${what} = ${shown} is out of bounds for ${dtype} (${t.min} to ${t.max}); give a dtype that holds it`);
  }
  return v;
}

function checkNumber(fn: string, name: string, v: unknown): number {
  if (typeof v !== "number") throw new DTypeError(`${fn}: ${name} must be a number, got ${describeType(v)}`);
  return v;
}

/** Options of {@link linspace}, {@link logspace} and {@link geomspace}. */
export interface SpaceOptions {
  /** The number of values (default 50); the third positional argument also gives it. */
  num?: number;
  /** Whether `stop` is the last value (default true). */
  endpoint?: boolean;
  /** The element type; float64 when omitted. An integer dtype floors the float64 values, as numpy 2. */
  dtype?: DType;
  /** Where the new axis goes when `start` or `stop` is an array (default 0; -1 appends it). */
  axis?: number;
}

/** Options of {@link linspace}. */
export interface LinspaceOptions extends SpaceOptions {
  /** Return `[values, step]` (numpy's `retstep=True`). */
  retstep?: boolean;
}

/** Array (or number) `start` and `stop` read as broadcast lanes; `dtypes` are the dtypes of the arrays among them (numbers are weak). */
interface Lanes {
  s: number[];
  t: number[];
  shape: number[];
  dtypes: DType[];
}

function readLanes(fn: string, startArg: unknown, stopArg: unknown): Lanes {
  const [S, T] = [startArg, stopArg].map((v) => asArray(fn, v as ArrayLike)) as [NDArray, NDArray];
  const shape = [...broadcastShapesFor(fn, [S.shape, T.shape])];
  const flat = (x: NDArray): number[] => {
    const b = broadcastTo(x, shape);
    return Array.from({ length: b.size }, (_, i) => Number(b.item(i)));
  };
  const dtypes = [startArg, stopArg].flatMap((v, k) => (typeof v === "number" ? [] : [(k === 0 ? S : T).dtype]));
  return { s: flat(S), t: flat(T), shape, dtypes };
}

/**
 * numpy's vectorized `linspace` in the arithmetic `r` rounds to (float32 or float64), sample `i`
 * of lane `m` at `y[i * M + m]`: one zero step anywhere switches every lane to `(i / div) * delta`.
 */
function linspaceLanes(s: readonly number[], t: readonly number[], num: number, endpoint: boolean, r: (v: number) => number): { y: Float64Array; step: number[]; div: number } {
  const M = s.length;
  const div = endpoint ? num - 1 : num;
  const delta = s.map((v, m) => r(r(t[m] as number) - r(v)));
  const step = delta.map((d) => r(d / div));
  const anyZero = div > 0 && step.some((v) => v === 0);
  const y = new Float64Array(num * M);
  for (let i = 0; i < num; i++) {
    for (let m = 0; m < M; m++) {
      const d = delta[m] as number;
      const v = div <= 0 ? r(i * d) : anyZero ? r(r(i / div) * d) : r(i * (step[m] as number));
      y[i * M + m] = endpoint && num > 1 && i === num - 1 ? r(t[m] as number) : r(v + r(s[m] as number));
    }
  }
  return { y, step, div };
}

/** Writes lane samples `y[i * M + m]` into a new array with the samples' axis at `axis` (numpy's moveaxis), each through `cast`. */
function placeLanes(fn: string, y: Float64Array, lanes: readonly number[], num: number, axisArg: unknown, dtype: DType, cast: (v: number) => number): NDArray {
  const axis = normalizeAxis(fn, axisArg ?? 0, lanes.length + 1);
  const shape = checkShape(fn, [...lanes.slice(0, axis), num, ...lanes.slice(axis)]);
  const M = y.length / Math.max(num, 1);
  const inner = lanes.slice(axis).reduce((p, n) => p * n, 1);
  const out = allocate(dtype, y.length);
  for (let i = 0; i < num; i++) {
    for (let m = 0; m < M; m++) out[(Math.floor(m / inner) * num + i) * inner + (m % inner)] = castFloat(dtype, cast(y[i * M + m] as number));
  }
  return freshArray(dtype, shape, out);
}

const rounding = (dt: DType): ((v: number) => number) => (dt === "float32" ? Math.fround : (v: number): number => v);

/** The float dtype numpy's linspace computes in: float32 when the arrays promote to it, else float64. */
const floatOf = (dtypes: readonly DType[]): DType => (dtypes.length > 0 && dtypes.reduce((p, q) => promoteTypes(p, q)) === "float32" ? "float32" : "float64");

/**
 * numpy's `linspace` of array `start`/`stop`: broadcast together, computed in their float dtype
 * (JS numbers are weak), the new axis at `axis`; an integer dtype floors the values.
 */
function linspaceArrays(fn: string, startArg: unknown, stopArg: unknown, num: number, endpoint: boolean, dtypeOpt: DType | undefined, axisArg: unknown): { values: NDArray; step: NDArray | number } {
  const lanes = readLanes(fn, startArg, stopArg);
  const dt = floatOf(lanes.dtypes);
  const { y, step, div } = linspaceLanes(lanes.s, lanes.t, num, endpoint, rounding(dt));
  const dtype = dtypeOpt ?? dt;
  const integer = DTYPES[dtype].kind === "i" || DTYPES[dtype].kind === "u";
  const values = placeLanes(fn, y, lanes.shape, num, axisArg, dtype, integer ? Math.floor : (v) => v);
  if (div <= 0) return { values, step: NaN };
  const steps = allocate(dt, step.length);
  step.forEach((v, m) => (steps[m] = v));
  return { values, step: freshArray(dt, lanes.shape, steps) };
}

/** `num` values from `start` to `stop` in float64, as numpy's `linspace` computes them before any cast. */
function linspaceValues(start: number, stop: number, num: number, endpoint: boolean): Float64Array {
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const step = delta / div;
  const out = new Float64Array(num);
  for (let i = 0; i < num; i++) {
    // numpy: with no step (0 or 1 values) i·delta; with a zero step (i/div)·delta; else i·step.
    out[i] = (div <= 0 ? i * delta : step === 0 ? (i / div) * delta : i * step) + start;
  }
  if (endpoint && num > 1) out[num - 1] = stop;
  return out;
}

function linspaceArgs(fn: string, args: readonly unknown[], extra: readonly string[], arrays = false): { start: number; stop: number; num: number; endpoint: boolean; dtype: DType; rest: Record<string, unknown> } {
  const [nums, options] = splitTrailingOptions(fn, args, 3);
  const opts = checkOptions<SpaceOptions & Record<string, unknown>>(fn, options, ["num", "endpoint", "dtype", ...extra]);
  // with `arrays`, a non-number start or stop is passed on for linspaceArrays to read
  const start = arrays && typeof nums[0] !== "number" && nums[0] !== undefined ? (nums[0] as number) : checkNumber(fn, "start", nums[0]);
  const stop = arrays && typeof nums[1] !== "number" && nums[1] !== undefined ? (nums[1] as number) : checkNumber(fn, "stop", nums[1]);
  if (nums[2] !== undefined && opts.num !== undefined) throw new DTypeError(`${fn}: num given both as the third argument and as an option`);
  const numArg = nums[2] ?? opts.num ?? 50;
  if (typeof numArg !== "number" || !Number.isInteger(numArg)) {
    throw new DTypeError(`${fn}: num must be an integer, got ${typeof numArg === "number" ? numArg : describeType(numArg)}`);
  }
  if (numArg < 0) throw new ShapeError(`${fn}: number of samples, ${numArg}, must be non-negative`);
  checkShape(fn, [numArg]);
  const endpoint = opts.endpoint ?? true;
  if (typeof endpoint !== "boolean") throw new DTypeError(`${fn}: endpoint must be a boolean, got ${describeType(endpoint)}`);
  const dtype = opts.dtype === undefined ? DEFAULT_DTYPE : checkDType(fn, opts.dtype);
  return { start, stop, num: numArg, endpoint, dtype, rest: opts };
}

/**
 * Writes float64 `values` into a new array of `dtype` as numpy's `astype` does; `floor` first
 * for an integer dtype when asked (numpy 2's `linspace`).
 */
function fromFloats(values: Float64Array, dtype: DType, floor: boolean): NDArray {
  const t = DTYPES[dtype];
  if (dtype === "float64") return freshArray(dtype, [values.length], values);
  const integer = t.kind === "i" || t.kind === "u";
  const out = allocate(dtype, values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    out[i] = castFloat(dtype, floor && integer ? Math.floor(v) : v);
  }
  return freshArray(dtype, [values.length], out);
}

/**
 * `num` evenly spaced values from `start` to `stop` (inclusive unless `endpoint: false`), computed
 * as numpy does in float64: `start + i * step`, the last value exactly `stop`. An integer dtype
 * floors the values, as numpy 2 does. `num` may also be given as an option. Array `start`/`stop`
 * broadcast together and give one sequence per element, along a new axis at `axis` (default 0),
 * computed in float32 when the arrays are float32; `retstep` then gives the steps as an array.
 *
 * @example
 * import { array, linspace } from "ndarray-broadcast";
 * console.log(linspace(0, 1, 5).toString());
 * // => array([0.  , 0.25, 0.5 , 0.75, 1.  ])
 * console.log(linspace(-5, 5, 4, { dtype: "int32" }).toString(), linspace(0, 1, { num: 4, endpoint: false }).toString());
 * // => array([-5, -2,  1,  5], dtype=int32) array([0.  , 0.25, 0.5 , 0.75])
 * console.log(linspace(0, 1, 5, { retstep: true })[1]);
 * // => 0.25
 * console.log(linspace(array([0, 10]), 20, 3, { axis: -1 }).tolist());
 * // => [ [ 0, 10, 20 ], [ 10, 15, 20 ] ]
 */
export function linspace(start: number, stop: number, options: LinspaceOptions & { retstep: true }): [NDArray, number];
export function linspace(start: number, stop: number, num: number | undefined, options: LinspaceOptions & { retstep: true }): [NDArray, number];
export function linspace(start: number, stop: number, options?: LinspaceOptions): NDArray;
export function linspace(start: number, stop: number, num?: number, options?: LinspaceOptions): NDArray;
export function linspace(start: NDArray | ArrayLike, stop: NDArray | ArrayLike, options: LinspaceOptions & { retstep: true }): [NDArray, NDArray | number];
export function linspace(start: NDArray | ArrayLike, stop: NDArray | ArrayLike, num: number | undefined, options: LinspaceOptions & { retstep: true }): [NDArray, NDArray | number];
export function linspace(start: NDArray | ArrayLike, stop: NDArray | ArrayLike, options?: LinspaceOptions): NDArray;
export function linspace(start: NDArray | ArrayLike, stop: NDArray | ArrayLike, num?: number, options?: LinspaceOptions): NDArray;
export function linspace(...args: unknown[]): NDArray | [NDArray, NDArray | number] {
  const fn = "linspace";
  const p = linspaceArgs(fn, args, ["retstep", "axis"], true);
  const retstep = p.rest.retstep ?? false;
  if (typeof retstep !== "boolean") throw new DTypeError(`${fn}: retstep must be a boolean, got ${describeType(retstep)}`);
  if (typeof p.start !== "number" || typeof p.stop !== "number") {
    const { values, step } = linspaceArrays(fn, p.start, p.stop, p.num, p.endpoint, p.rest.dtype === undefined ? undefined : p.dtype, p.rest.axis);
    return retstep ? [values, step] : values;
  }
  if (p.rest.axis !== undefined) normalizeAxis(fn, p.rest.axis, 1);
  const values = fromFloats(linspaceValues(p.start, p.stop, p.num, p.endpoint), p.dtype, true);
  if (!retstep) return values;
  // numpy: the step is NaN when there is no interval to divide (num ≤ 1 with the endpoint, or 0)
  const div = p.endpoint ? p.num - 1 : p.num;
  return [values, div > 0 ? (p.stop - p.start) / div : NaN];
}

/** Options of {@link logspace}. */
export interface LogspaceOptions extends SpaceOptions {
  /** The base of the exponents (default 10). */
  base?: number;
}

/**
 * `num` values `base ** t` for `t` evenly spaced from `start` to `stop` (numpy's `logspace`);
 * array `start`/`stop` give one sequence per element along a new axis at `axis`, as in {@link linspace}.
 *
 * @example
 * import { logspace } from "ndarray-broadcast";
 * console.log(logspace(0, 3, 4).toString(), logspace(0, 3, 4, { base: 2 }).toString());
 * // => array([   1.,   10.,  100., 1000.]) array([1., 2., 4., 8.])
 * console.log(logspace([0, 1], 3, 3, { axis: -1 }).tolist());
 * // => [ [ 1, 31.622776601683793, 1000 ], [ 10, 100, 1000 ] ]
 */
export function logspace(start: number | NDArray | ArrayLike, stop: number | NDArray | ArrayLike, options?: LogspaceOptions): NDArray;
export function logspace(start: number | NDArray | ArrayLike, stop: number | NDArray | ArrayLike, num?: number, options?: LogspaceOptions): NDArray;
export function logspace(...args: unknown[]): NDArray {
  const fn = "logspace";
  const p = linspaceArgs(fn, args, ["base", "axis"], true);
  const base = p.rest.base ?? 10;
  if (typeof base !== "number") throw new DTypeError(`${fn}: base must be a number, got ${describeType(base)}`);
  if (typeof p.start !== "number" || typeof p.stop !== "number") {
    // numpy: power(base, linspace(start, stop, axis=axis)) in linspace's dtype (base a weak scalar), then astype(dtype)
    const lanes = readLanes(fn, p.start, p.stop);
    const dt = floatOf(lanes.dtypes);
    const r = rounding(dt);
    const { y } = linspaceLanes(lanes.s, lanes.t, p.num, p.endpoint, r);
    return placeLanes(fn, y, lanes.shape, p.num, p.rest.axis, p.rest.dtype === undefined ? dt : p.dtype, (v) => r(pow(r(base), v)));
  }
  if (p.rest.axis !== undefined) normalizeAxis(fn, p.rest.axis, 1);
  const y = linspaceValues(p.start, p.stop, p.num, p.endpoint);
  for (let i = 0; i < y.length; i++) y[i] = pow(base, y[i] as number);
  return fromFloats(y, p.dtype, false);
}

/** C's `pow` special cases where `Math.pow` gives NaN: `1 ** NaN` and `(-1) ** ±Infinity` are 1. */
function pow(b: number, e: number): number {
  if (b === 1 || (b === -1 && !Number.isFinite(e) && !Number.isNaN(e))) return 1;
  return b ** e;
}

/**
 * `num` values in geometric progression from `start` to `stop` (numpy's `geomspace`): evenly
 * spaced in log10, with the endpoints exactly `start` and `stop`. Both negative is allowed (the
 * signs are kept); a zero endpoint is refused, as numpy does; endpoints of different signs give
 * NaN between them, as numpy's real logarithm does. Array `start`/`stop` give one sequence per
 * element along a new axis at `axis`, as in {@link linspace}.
 *
 * @example
 * import { geomspace } from "ndarray-broadcast";
 * console.log(geomspace(1, 1000, 4).toString(), geomspace(-1, -1000, 4).toString());
 * // => array([   1.,   10.,  100., 1000.]) array([   -1.,   -10.,  -100., -1000.])
 * console.log(geomspace([1, -2], [8, -32], 3).tolist());
 * // => [ [ 1, -2 ], [ 2.82842712474619, -7.999999999999999 ], [ 8, -32 ] ]
 */
export function geomspace(start: number | NDArray | ArrayLike, stop: number | NDArray | ArrayLike, options?: SpaceOptions): NDArray;
export function geomspace(start: number | NDArray | ArrayLike, stop: number | NDArray | ArrayLike, num?: number, options?: SpaceOptions): NDArray;
export function geomspace(...args: unknown[]): NDArray {
  const fn = "geomspace";
  const p = linspaceArgs(fn, args, ["axis"], true);
  if (typeof p.start !== "number" || typeof p.stop !== "number") return geomspaceArrays(fn, p.start, p.stop, p.num, p.endpoint, p.rest.dtype === undefined ? undefined : p.dtype, p.rest.axis);
  if (p.rest.axis !== undefined) normalizeAxis(fn, p.rest.axis, 1);
  if (p.start === 0 || p.stop === 0) throw new ShapeError(`${fn}: geometric sequence cannot include zero`);
  // numpy: out_sign = sign(start); start, stop /= out_sign; logspace of log10; endpoints set exactly
  const sign = Math.sign(p.start);
  const start = p.start / sign;
  const stop = p.stop / sign;
  const y = linspaceValues(Math.log10(start), Math.log10(stop), p.num, p.endpoint);
  for (let i = 0; i < y.length; i++) y[i] = 10 ** (y[i] as number);
  if (p.num > 0) {
    y[0] = start;
    if (p.num > 1 && p.endpoint) y[p.num - 1] = stop;
  }
  for (let i = 0; i < y.length; i++) y[i] = (y[i] as number) * sign;
  return fromFloats(y, p.dtype, false);
}

/**
 * numpy's `geomspace` of array `start`/`stop`: computed in `result_type(start, stop, dtype)` (JS
 * numbers count as float64 here, as numpy's `asanyarray` makes them), the signs of `start` taken
 * out and put back, the endpoints exactly `start` and `stop`.
 */
function geomspaceArrays(fn: string, startArg: unknown, stopArg: unknown, num: number, endpoint: boolean, dtypeOpt: DType | undefined, axisArg: unknown): NDArray {
  const lanes = readLanes(fn, startArg, stopArg);
  const strong = [startArg, stopArg].map((v, k) => (typeof v === "number" ? "float64" : (lanes.dtypes[k - (typeof startArg === "number" ? 1 : 0)] as DType)));
  const dt = floatOf([...strong, dtypeOpt ?? "float64"]);
  const r = rounding(dt);
  const s = lanes.s.map(r);
  const t = lanes.t.map(r);
  if (s.some((v) => v === 0) || t.some((v) => v === 0)) throw new ShapeError(`${fn}: geometric sequence cannot include zero`);
  const sign = s.map((v) => Math.sign(v));
  const s1 = s.map((v, m) => r(v / (sign[m] as number)));
  const t1 = t.map((v, m) => r(v / (sign[m] as number)));
  const { y } = linspaceLanes(s1.map((v) => r(Math.log10(v))), t1.map((v) => r(Math.log10(v))), num, endpoint, r);
  const M = s.length;
  for (let i = 0; i < num; i++) {
    for (let m = 0; m < M; m++) {
      let v = r(10 ** (y[i * M + m] as number));
      if (i === 0) v = s1[m] as number;
      else if (i === num - 1 && endpoint) v = t1[m] as number;
      y[i * M + m] = r(v * (sign[m] as number));
    }
  }
  return placeLanes(fn, y, lanes.shape, num, axisArg, dtypeOpt ?? dt, (v) => v);
}
