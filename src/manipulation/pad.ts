/**
 * `pad`: numpy's modes (`constant`, `edge`, `reflect`, `symmetric`, `wrap`, `maximum`, `minimum`,
 * `mean`, `median`, `linear_ramp`, `empty`) and `reflect_type="odd"`.
 *
 * As numpy, the axes are padded one after another, and the pad area of axis k spans the padded
 * extent of the axes before it and the original extent of the axes after it: corners belong to the
 * last axis (its constant wins), and the modes that copy values copy already padded ones, which
 * makes a corner the reflection (wrap, …) of a reflection. Each pad position is one assignment of
 * a slab of the result from another slab of it.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { castFloat } from "../creation/cast.js";
import { checkOptions } from "../creation/options.js";
import { DTYPES } from "../dtype.js";
import { DTypeError, ShapeError } from "../errors.js";
import { describeType, formatShape, formatValue } from "../format/format-shape.js";
import { checkElement, freshArray, NDArray, viewOf } from "../ndarray.js";
import { rint } from "../ops/scalar-math.js";
import { checkShape } from "../validate.js";
import { copyInto, view } from "./common.js";
import { fillView } from "../scijs.js";

/** The modes of {@link pad}. */
export type PadMode = "constant" | "edge" | "reflect" | "symmetric" | "wrap" | "maximum" | "minimum" | "mean" | "median" | "linear_ramp" | "empty";

/** A number, `[before, after]`, or one such pair per axis (numpy's `_as_pairs`). */
export type PadPairs = number | readonly number[] | readonly (readonly number[])[] | NDArray;

/** Options of {@link pad}. */
export interface PadOptions {
  /** How to fill the pad area (default `"constant"`); the third positional argument also gives it. */
  mode?: PadMode;
  /** The fill of `"constant"` mode: a number, `[before, after]`, or one such pair per axis (default 0). */
  constantValues?: PadPairs;
  /**
   * How many values at each end of an axis `"maximum"`, `"minimum"`, `"mean"` and `"median"` take
   * the statistic of: a number, `[before, after]`, or one pair per axis (default `null`: the whole axis).
   */
  statLength?: PadPairs | null;
  /** The values `"linear_ramp"` mode ramps to at the outer ends: as `constantValues` (default 0). */
  endValues?: PadPairs;
  /**
   * `"even"` (default) mirrors the values about the edge; `"odd"` (for `"reflect"` and
   * `"symmetric"`) extends them as `2 * edge - mirrored`.
   */
  reflectType?: "even" | "odd";
}

/** Each mode and the options it takes (numpy's `allowed_kwargs`). */
const MODE_OPTIONS: Readonly<Record<PadMode, readonly (keyof PadOptions)[]>> = {
  constant: ["constantValues"],
  edge: [],
  reflect: ["reflectType"],
  symmetric: ["reflectType"],
  wrap: [],
  maximum: ["statLength"],
  minimum: ["statLength"],
  mean: ["statLength"],
  median: ["statLength"],
  linear_ramp: ["endValues"],
  empty: [],
};
const MODES = Object.keys(MODE_OPTIONS) as PadMode[];
const OPTIONS = ["mode", "constantValues", "statLength", "endValues", "reflectType"] as const;

/**
 * numpy's `_as_pairs`: a number, `[n]`, `[before, after]`, `[[before, after]]` or one pair (or one
 * number) per axis, as `ndim` pairs.
 */
function asPairs(fn: string, name: string, given: unknown, ndim: number, index: boolean): [number, number][] {
  const x = given instanceof NDArray ? given.tolist() : given;
  const bad = (): never => {
    throw new ShapeError(`${fn}: ${name} ${formatValue(x)} cannot be read as one (before, after) pair per axis of ${ndim}: give a number, [before, after], or ${ndim} such pairs`);
  };
  const num = (v: unknown): number => {
    if (typeof v !== "number" || (index && !Number.isInteger(v))) {
      throw new DTypeError(`${fn}: ${name} must be ${index ? "integers" : "numbers"}, got ${typeof v === "number" ? v : describeType(v)}`);
    }
    if (index && v < 0) throw new ShapeError(`${fn}: ${name} can't contain negative values, got ${formatValue(x)}`);
    return v;
  };
  const pair = (v: unknown): [number, number] => {
    if (!Array.isArray(v)) return [num(v), num(v)];
    if (v.length === 1) return [num(v[0]), num(v[0])];
    if (v.length === 2) return [num(v[0]), num(v[1])];
    return bad();
  };
  if (!Array.isArray(x)) {
    const p = pair(x);
    return Array.from({ length: ndim }, () => p);
  }
  if (x.every((v) => !Array.isArray(v))) {
    if (x.length === 1 || x.length === 2) {
      const p = pair(x);
      return Array.from({ length: ndim }, () => p);
    }
    return bad();
  }
  if (!x.every((v) => Array.isArray(v))) return bad();
  if (x.length === 1) {
    const p = pair(x[0]);
    return Array.from({ length: ndim }, () => p);
  }
  if (x.length !== ndim) return bad();
  return x.map(pair);
}

/** Whether `_as_pairs` returns `given` as Python numbers: any form but one value or one pair. */
function isLongForm(given: unknown): boolean {
  const x = given instanceof NDArray ? given.tolist() : given;
  return Array.isArray(x) && x.length !== 1 && x.some((v) => Array.isArray(v));
}

/** Where position `p` (relative to the original start, any integer) reads in an axis of length `n`. */
function source(mode: "edge" | "wrap" | "reflect" | "symmetric", p: number, n: number): number {
  const mod = (a: number, m: number): number => ((a % m) + m) % m;
  switch (mode) {
    case "edge":
      return Math.min(Math.max(p, 0), n - 1);
    case "wrap":
      return mod(p, n);
    case "reflect": {
      if (n === 1) return 0;
      const q = mod(p, 2 * (n - 1));
      return q < n ? q : 2 * (n - 1) - q;
    }
    case "symmetric": {
      const q = mod(p, 2 * n);
      return q < n ? q : 2 * n - 1 - q;
    }
  }
}

/**
 * The array with `padWidth` elements added before and after each axis (a number, `[before,
 * after]`, or one pair per axis), filled by `mode`: `"constant"` (`constantValues`, default 0),
 * `"edge"` (the edge value repeated), `"reflect"` (mirrored without the edge), `"symmetric"`
 * (mirrored with it), `"wrap"` (the other end), `"maximum"`, `"minimum"`, `"mean"`, `"median"` (the
 * statistic of the whole axis or of `statLength` values at each end; integer arrays round it half
 * to even), `"linear_ramp"` (from the edge value to `endValues`) or `"empty"` (zeros here; numpy
 * leaves them uninitialized). `reflectType: "odd"` gives `reflect`/`symmetric` the odd extension.
 * The mode may be the third argument or an option. As numpy, the axes are padded in order, so the
 * statistics and ramps of later axes see the padding of earlier ones.
 *
 * @example
 * import { array, pad } from "ndarray-broadcast";
 * const a = array([1, 2, 3]);
 * console.log(pad(a, 2).toString(), pad(a, [1, 2], "reflect").toString());
 * // => array([0., 0., 1., 2., 3., 0., 0.]) array([2., 1., 2., 3., 2., 1.])
 * console.log(pad(a, 2, { mode: "wrap" }).toString());
 * // => array([2., 3., 1., 2., 3., 1., 2.])
 * console.log(pad(array([[1, 2]]), [[1, 0], [0, 1]], { constantValues: 9 }).tolist());
 * // => [ [ 9, 9, 9 ], [ 1, 2, 9 ] ]
 * console.log(pad(array([1, 2, 6]), [1, 2], "mean", { statLength: [2, 3] }).tolist());
 * // => [ 1.5, 1, 2, 6, 3, 3 ]
 * console.log(pad(array([1, 2, 3], { dtype: "int32" }), 2, "linear_ramp", { endValues: [5, -4] }).toString());
 * // => array([ 5,  3,  1,  2,  3, -1, -4], dtype=int32)
 * console.log(pad(a, 2, "reflect", { reflectType: "odd" }).toString());
 * // => array([-1.,  0.,  1.,  2.,  3.,  4.,  5.])
 */
export function pad(a: NDArray | ArrayLike, padWidth: PadPairs, mode?: PadMode | PadOptions, options?: PadOptions): NDArray {
  const fn = "pad";
  const x = asArray(fn, a);
  let opts: Partial<PadOptions>;
  if (typeof mode === "string") opts = { ...checkOptions<PadOptions>(fn, options, OPTIONS.slice(1)), mode };
  else {
    if (options !== undefined) throw new DTypeError(`${fn}: give the options once, after the mode or in its place`);
    opts = checkOptions<PadOptions>(fn, mode, OPTIONS);
  }
  const m = opts.mode ?? "constant";
  if (!MODES.includes(m)) {
    throw new DTypeError(`${fn}: mode ${formatValue(m)} is not supported; the modes are ${MODES.map((s) => JSON.stringify(s)).join(", ")}`);
  }
  for (const key of OPTIONS.slice(1)) {
    if (opts[key] !== undefined && !MODE_OPTIONS[m].includes(key)) {
      const takes = MODE_OPTIONS[m].length === 0 ? "takes no options" : `takes only ${MODE_OPTIONS[m].join(", ")}`;
      throw new DTypeError(`${fn}: unsupported keyword ${key} for mode ${JSON.stringify(m)} (it ${takes})`);
    }
  }
  const odd = opts.reflectType === "odd";
  if (opts.reflectType !== undefined && opts.reflectType !== "even" && !odd) {
    throw new DTypeError(`${fn}: reflectType must be "even" or "odd", got ${formatValue(opts.reflectType)}`);
  }
  const widths = asPairs(fn, "padWidth", padWidth, x.ndim, true);
  const values = asPairs(fn, "constantValues", opts.constantValues ?? 0, x.ndim, false);
  // numpy's _as_pairs hands one value or one pair on as numpy scalars but longer forms as Python
  // numbers, which must fit the dtype (OverflowError); a numpy scalar must fit a signed integer
  // dtype too, and is cast into unsigned ones as C casts do (wrapping)
  const checkedValues = m === "constant" && (isLongForm(opts.constantValues ?? 0) || DTYPES[x.dtype].kind === "i");
  if (checkedValues) values.forEach((pair) => pair.forEach((v) => checkElement(fn, x.dtype, v)));
  const ends = asPairs(fn, "endValues", opts.endValues ?? 0, x.ndim, false);
  const lengths = opts.statLength === undefined || opts.statLength === null ? undefined : asPairs(fn, "statLength", opts.statLength, x.ndim, true);
  const shape = checkShape(fn, x.shape.map((n, i) => n + (widths[i] as [number, number])[0] + (widths[i] as [number, number])[1]));
  const stat = m === "maximum" || m === "minimum" || m === "mean" || m === "median";
  if (m !== "constant" && m !== "empty") {
    x.shape.forEach((n, i) => {
      const [b, e] = widths[i] as [number, number];
      if (n === 0 && b + e > 0) {
        throw new ShapeError(`${fn}: can't extend empty axis ${i} of shape ${formatShape(x.shape)} using modes other than "constant" or "empty"`);
      }
    });
  }
  if (stat && x.size > 0 && lengths) {
    lengths.forEach((pair, i) => {
      pair.forEach((len, side) => {
        if (len !== 0) return;
        if (m === "maximum" || m === "minimum") throw new ShapeError(`${fn}: statLength of 0 yields no value for padding (axis ${i}); give at least 1 or null for the whole axis`);
        if (x.dtype !== "float32" && x.dtype !== "float64" && x.dtype !== "bool" && ((widths[i] as [number, number])[side] as number) > 0) {
          throw new ShapeError(`${fn}: statLength of 0 makes the ${m} NaN, which a ${x.dtype} array can't hold (axis ${i}); give at least 1 or null for the whole axis`);
        }
      });
    });
  }
  const out = freshArray(x.dtype, shape);
  if (x.size > 0) copyInto(region(out, widths, x.shape, -1, 0, 0), x);
  if (m === "empty" || (x.size === 0 && m !== "constant")) return out;
  const rampType = m === "linear_ramp" ? rampDType(x.dtype, opts.endValues ?? 0) : "float64";
  // axis k's pad area: axes < k full, axis k the pad positions, axes > k their original extent
  for (let k = 0; k < x.ndim; k++) {
    const n = x.shape[k] as number;
    const [before, after] = widths[k] as [number, number];
    if (m === "constant") {
      const [vb, va] = (values[k] as [number, number]).map((v) => (checkedValues ? checkElement(fn, x.dtype, v) : castFloat(x.dtype, v)));
      fill(region(out, widths, x.shape, k, 0, before), vb as number);
      fill(region(out, widths, x.shape, k, before + n, before + n + after), va as number);
    } else if (stat) {
      padStat(out, widths, x.shape, k, m, lengths?.[k] ?? [n, n]);
    } else if (m === "linear_ramp") {
      padRamp(out, widths, x.shape, k, ends[k] as [number, number], rampType);
    } else if (odd && n > 1) {
      padOdd(out, widths, x.shape, k, m === "symmetric");
    } else {
      for (let j = 0; j < before + n + after; j++) {
        if (j === before) j = before + n;
        if (j >= before + n + after) break;
        const s = before + source(m as "edge" | "wrap" | "reflect" | "symmetric", j - before, n);
        copyInto(region(out, widths, x.shape, k, j, j + 1), region(out, widths, x.shape, k, s, s + 1));
      }
    }
  }
  return out;
}

/**
 * Calls `f(base, stride)` for each lane along axis `k` of `out`'s axis-k region (axes before k
 * full, axes after k their original extent); `base` indexes the lane's first (padded) element.
 */
function forEachLane(out: NDArray, widths: readonly [number, number][], inner: readonly number[], k: number, f: (base: number, stride: number) => void): void {
  const full = region(out, widths, inner, k, 0, out.shape[k] as number);
  const dims = full.shape.filter((_, i) => i !== k);
  const strides = full.strides.filter((_, i) => i !== k);
  if (dims.includes(0)) return;
  const idx = dims.map(() => 0);
  for (let base = full.offset; ; ) {
    f(base, full.strides[k] as number);
    let d = dims.length - 1;
    for (; d >= 0; d--) {
      base += strides[d] as number;
      if (++(idx[d] as number) < (dims[d] as number)) break;
      base -= (strides[d] as number) * (dims[d] as number);
      idx[d] = 0;
    }
    if (d < 0) return;
  }
}

/** The value a statistic stores: rounded half to even into integer dtypes, nonzero-ness into bool. */
function storable(dtype: string, v: number): number {
  if (dtype === "bool") return v !== 0 ? 1 : 0;
  return dtype === "float32" || dtype === "float64" ? v : rint(v);
}

/** numpy's `amax`/`amin`/`mean`/`median` of `vals` in `dtype`'s arithmetic (NaN propagates). */
function statistic(mode: "maximum" | "minimum" | "mean" | "median", vals: number[], dtype: string): number {
  const f32 = dtype === "float32";
  if (vals.some((v) => Number.isNaN(v))) return NaN;
  // numpy's amax/amin keep the later of equal values: max(0, -0) is -0, max(-0, 0) is 0
  if (mode === "maximum") return vals.reduce((p, v) => (v >= p ? v : p), -Infinity);
  if (mode === "minimum") return vals.reduce((p, v) => (v <= p ? v : p), Infinity);
  if (mode === "mean") {
    if (!f32) return vals.reduce((p, v) => p + v, 0) / vals.length;
    return Math.fround(vals.reduce((p, v) => Math.fround(p + v), 0) / vals.length);
  }
  if (vals.length === 0) return NaN;
  vals.sort((p, q) => p - q);
  const h = vals.length >> 1;
  // numpy's median is the mean of the middle value(s), a sum that starts at +0: -0 comes out as 0
  if (vals.length % 2 === 1) return 0 + (vals[h] as number);
  const s = 0 + (vals[h - 1] as number) + (vals[h] as number);
  return f32 ? Math.fround(Math.fround(s) / 2) : s / 2;
}

/** `"maximum"`/`"minimum"`/`"mean"`/`"median"` along axis k: the statistics of `length` values at each end. */
function padStat(out: NDArray, widths: readonly [number, number][], inner: readonly number[], k: number, mode: "maximum" | "minimum" | "mean" | "median", length: readonly number[]): void {
  const n = inner[k] as number;
  const [before, after] = widths[k] as [number, number];
  const data = out.data;
  const lo = Math.min(length[0] as number, n);
  const hi = Math.min(length[1] as number, n);
  forEachLane(out, widths, inner, k, (base, st) => {
    const at = (j: number): number => data[base + j * st] as number;
    const take = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => at(from + i));
    const left = storable(out.dtype, statistic(mode, take(before, lo), out.dtype));
    const right = lo === n && hi === n ? left : storable(out.dtype, statistic(mode, take(before + n - hi, hi), out.dtype));
    for (let j = 0; j < before; j++) data[base + j * st] = left;
    for (let j = before + n; j < before + n + after; j++) data[base + j * st] = right;
  });
}

/**
 * The dtype numpy's `linear_ramp` computes in: `linspace(end, edge)` of the end value and the
 * array. `_as_pairs` hands a single value or one `[before, after]` pair on as a numpy scalar (int64
 * or float64, which promotes float32 to float64), longer forms as Python numbers (weak).
 */
function rampDType(dtype: string, given: PadPairs): "float32" | "float64" {
  if (dtype !== "float32") return "float64";
  if (given instanceof NDArray) return given.dtype === "float64" || given.dtype === "int32" || given.dtype === "uint32" ? "float64" : "float32";
  const flat = [given].flat(2);
  const column = Array.isArray(given) && given.length === 2 && given.every((v) => Array.isArray(v) && v.length === 1);
  return flat.length === 1 || (flat.length === 2 && !column) ? "float64" : "float32";
}

/**
 * `"linear_ramp"` along axis k: numpy's `linspace(end, edge, width, endpoint=False)` per lane,
 * including its rule that one zero step anywhere in the pad switches every lane to `i / width * delta`.
 */
function padRamp(out: NDArray, widths: readonly [number, number][], inner: readonly number[], k: number, ends: readonly [number, number], ct: "float32" | "float64"): void {
  const n = inner[k] as number;
  const [before, after] = widths[k] as [number, number];
  const data = out.data;
  const r = ct === "float32" ? Math.fround : (v: number): number => v;
  const integer = out.dtype !== "float32" && out.dtype !== "float64" && out.dtype !== "bool";
  const sides = [
    { width: before, end: r(ends[0]), edge: before, at: (j: number) => j },
    { width: after, end: r(ends[1]), edge: before + n - 1, at: (j: number) => before + n + after - 1 - j },
  ];
  for (const side of sides) {
    if (side.width === 0) continue;
    let anyZero = false;
    forEachLane(out, widths, inner, k, (base, st) => {
      if (r(r(r(data[base + side.edge * st] as number) - side.end) / side.width) === 0) anyZero = true;
    });
    forEachLane(out, widths, inner, k, (base, st) => {
      const delta = r(r(data[base + side.edge * st] as number) - side.end);
      const step = r(delta / side.width);
      for (let i = 0; i < side.width; i++) {
        let y = anyZero ? r(r(i / side.width) * delta) : r(i * step);
        y = r(y + side.end);
        data[base + side.at(i) * st] = storable(out.dtype, integer ? Math.floor(y) : y);
      }
    });
  }
}

/**
 * `reflectType: "odd"` along axis k, numpy's `_set_reflect_both` step by step: chunks of at most a
 * whole period, each `2 * edge - mirrored`, the edge moving outwards after each chunk.
 */
function padOdd(out: NDArray, widths: readonly [number, number][], inner: readonly number[], k: number, symmetric: boolean): void {
  const period = inner[k] as number;
  const total = out.shape[k] as number;
  const data = out.data;
  const keep = out.dtype === "bool" ? (v: number): number => (v !== 0 ? 1 : 0) : (v: number): number => v;
  const eo = symmetric ? 1 : 0;
  forEachLane(out, widths, inner, k, (base, st) => {
    const at = (j: number): number => data[base + j * st] as number;
    let [left, right] = widths[k] as [number, number];
    while (left > 0 || right > 0) {
      const old = total - left - right;
      const chunk = symmetric ? Math.floor(old / period) * period : Math.floor((old - 1) / (period - 1)) * (period - 1);
      if (left > 0) {
        const c = Math.min(chunk, left);
        const edge = at(left);
        for (let d = 1; d <= c; d++) data[base + (left - d) * st] = keep(2 * edge - at(left - eo + d));
        left -= c;
      }
      if (right > 0) {
        const c = Math.min(chunk, right);
        const edge = at(total - right - 1);
        const from = total - right + eo - 2;
        for (let i = 0; i < c; i++) data[base + (total - right + i) * st] = keep(2 * edge - at(from - i));
        right -= c;
      }
    }
  });
}

/** The view of `out` that is axis `k`'s positions `[lo, hi)`, axes before k full, axes after k original (k = -1: the original area). */
function region(out: NDArray, widths: readonly [number, number][], inner: readonly number[], k: number, lo: number, hi: number): NDArray {
  let offset = out.offset;
  const shape = out.shape.map((n, i) => {
    if (i < k) return n;
    if (i === k) {
      offset += lo * (out.strides[i] as number);
      return Math.max(0, hi - lo);
    }
    offset += (widths[i] as [number, number])[0] * (out.strides[i] as number);
    return inner[i] as number;
  });
  return view(out, shape, out.strides, shape.includes(0) ? out.offset : offset);
}

function fill(v: NDArray, value: number): void {
  if (v.size === 0) return;
  if (v.ndim === 0) viewOf(v).set(value);
  else fillView(viewOf(v), value);
}
