/**
 * `pad`: numpy's `constant`, `edge`, `reflect`, `symmetric` and `wrap` modes.
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
import { DTypeError, ShapeError } from "../errors.js";
import { describeType, formatShape, formatValue } from "../format/format-shape.js";
import { freshArray, NDArray, viewOf } from "../ndarray.js";
import { checkShape } from "../validate.js";
import { copyInto, view } from "./common.js";
import { fillView } from "../scijs.js";

/** The modes of {@link pad}. */
export type PadMode = "constant" | "edge" | "reflect" | "symmetric" | "wrap";

/** Options of {@link pad}. */
export interface PadOptions {
  /** How to fill the pad area (default `"constant"`); the third positional argument also gives it. */
  mode?: PadMode;
  /** The fill of `"constant"` mode: a number, `[before, after]`, or one such pair per axis (default 0). */
  constantValues?: number | readonly number[] | readonly (readonly number[])[] | NDArray;
}

const MODES: readonly PadMode[] = ["constant", "edge", "reflect", "symmetric", "wrap"];

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

/** Where position `p` (relative to the original start, any integer) reads in an axis of length `n`. */
function source(mode: Exclude<PadMode, "constant">, p: number, n: number): number {
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
 * (mirrored with it) or `"wrap"` (the other end). The mode may be the third argument or an option.
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
 */
export function pad(a: NDArray | ArrayLike, padWidth: number | readonly number[] | readonly (readonly number[])[] | NDArray, mode?: PadMode | PadOptions, options?: PadOptions): NDArray {
  const fn = "pad";
  const x = asArray(fn, a);
  let opts: Partial<PadOptions>;
  if (typeof mode === "string") opts = { ...checkOptions<PadOptions>(fn, options, ["constantValues"]), mode };
  else {
    if (options !== undefined) throw new DTypeError(`${fn}: give the options once, after the mode or in its place`);
    opts = checkOptions<PadOptions>(fn, mode, ["mode", "constantValues"]);
  }
  const m = opts.mode ?? "constant";
  if (!MODES.includes(m)) {
    throw new DTypeError(`${fn}: mode ${formatValue(m)} is not supported; the modes are ${MODES.map((s) => JSON.stringify(s)).join(", ")}`);
  }
  if (m !== "constant" && opts.constantValues !== undefined) {
    throw new DTypeError(`${fn}: unsupported keyword constantValues for mode ${JSON.stringify(m)}`);
  }
  const widths = asPairs(fn, "padWidth", padWidth, x.ndim, true);
  const values = asPairs(fn, "constantValues", opts.constantValues ?? 0, x.ndim, false);
  const shape = checkShape(fn, x.shape.map((n, i) => n + (widths[i] as [number, number])[0] + (widths[i] as [number, number])[1]));
  if (m !== "constant") {
    x.shape.forEach((n, i) => {
      const [b, e] = widths[i] as [number, number];
      if (n === 0 && b + e > 0) {
        throw new ShapeError(`${fn}: can't extend empty axis ${i} of shape ${formatShape(x.shape)} using modes other than "constant"`);
      }
    });
  }
  const out = freshArray(x.dtype, shape);
  if (x.size > 0) {
    copyInto(region(out, widths, x.shape, -1, 0, 0), x);
  }
  // axis k's pad area: axes < k full, axis k the pad positions, axes > k their original extent
  for (let k = 0; k < x.ndim; k++) {
    const n = x.shape[k] as number;
    const [before, after] = widths[k] as [number, number];
    if (m === "constant") {
      const [vb, va] = (values[k] as [number, number]).map((v) => castFloat(x.dtype, v));
      fill(region(out, widths, x.shape, k, 0, before), vb as number);
      fill(region(out, widths, x.shape, k, before + n, before + n + after), va as number);
      continue;
    }
    for (let j = 0; j < before + n + after; j++) {
      if (j === before) j = before + n;
      if (j >= before + n + after) break;
      const s = before + source(m, j - before, n);
      copyInto(region(out, widths, x.shape, k, j, j + 1), region(out, widths, x.shape, k, s, s + 1));
    }
  }
  return out;
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
