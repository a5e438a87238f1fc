/**
 * Selection and closeness: `where(cond, x, y)`, `clip(x, min, max)`, `isclose`, `allclose`.
 *
 * @module
 */
import { asArray, toArray } from "../create.js";
import { DTYPES } from "../dtype.js";
import { DTypeError } from "../errors.js";
import { describeType } from "../format/format-shape.js";
import type { NDArray } from "../ndarray.js";
import { binary, ternary, unary, type OperandLike, type OutOptions } from "./elementwise.js";

/**
 * `x` where `cond` is true, else `y`, the three broadcast together (numpy's three-argument
 * `where`). `cond` may have any dtype (non-zero and NaN are true); the result has the dtype of
 * `x` and `y` promoted, with JS numbers and booleans weak (NEP 50). `where(x > 0, x, 0)` is
 * numpy's masking idiom.
 *
 * @example
 * import { array, greater, where } from "ndarray-broadcast";
 * console.log(where(array([true, false, true]), array([1, 2, 3]), array([10, 20, 30])).toString());
 * // => array([ 1., 20.,  3.])
 * const x = array([1, -2, 3]);
 * console.log(where(greater(x, 0), x, 0).toString());
 * // => array([1., 0., 3.])
 */
export function where(cond: OperandLike, x: OperandLike, y: OperandLike, options?: OutOptions): NDArray {
  return ternary("where", cond, x, y, options);
}

/** Options of {@link clip}: numpy 2's keywords `min` and `max` (instead of the positional bounds) and `out`. */
export interface ClipOptions extends OutOptions {
  /** The lower bound (numpy 2.1's keyword). */
  min?: OperandLike;
  /** The upper bound. */
  max?: OperandLike;
}

/**
 * Each element limited to `[min, max]`: `minimum(maximum(a, min), max)` as numpy 2 computes it —
 * a NaN anywhere gives NaN, and `min > max` gives `max`. Either bound may be omitted
 * (`clip(a, undefined, 1)`); JS integers outside an integer array's range saturate, as in numpy.
 *
 * @example
 * import { array, clip } from "ndarray-broadcast";
 * console.log(clip(array([-1, 0.5, 2, NaN]), 0, 1).toString());
 * // => array([0. , 0.5, 1. , nan])
 * console.log(clip(array([1, 5, 9], { dtype: "int32" }), undefined, 4).toString());
 * // => array([1, 4, 4], dtype=int32)
 * console.log(clip(array([1, 2]), 3, 1).toString());
 * // => array([1., 1.])
 */
export function clip(a: OperandLike, min?: OperandLike | null | ClipOptions, max?: OperandLike | null, options?: ClipOptions): NDArray {
  const fn = "clip";
  let opts = options;
  let lo = min;
  let hi = max;
  if (lo !== null && typeof lo === "object" && !Array.isArray(lo) && !ArrayBuffer.isView(lo) && !isArrayLike(lo)) {
    opts = lo as ClipOptions;
    lo = undefined;
  }
  if (opts !== undefined) {
    if (opts === null || typeof opts !== "object") throw new DTypeError(`${fn}: options must be an object like { min, max, out }, got ${describeType(opts)}`);
    for (const k of Object.keys(opts)) {
      if (k !== "min" && k !== "max" && k !== "out") throw new DTypeError(`${fn}: unknown option "${k}"; clip takes min, max and out`);
    }
    if (opts.min !== undefined) {
      if (lo !== undefined && lo !== null) throw new DTypeError(`${fn}: min is given both positionally and as an option`);
      lo = opts.min;
    }
    if (opts.max !== undefined) {
      if (hi !== undefined && hi !== null) throw new DTypeError(`${fn}: max is given both positionally and as an option`);
      hi = opts.max;
    }
  }
  const out = opts?.out === undefined ? undefined : { out: opts.out };
  const x = asArray(fn, a);
  const t = DTYPES[x.dtype];
  // an omitted bound is the dtype's extreme, which clips nothing
  const bound = (v: unknown, extreme: number): OperandLike => {
    if (v === undefined || v === null) return t.kind === "b" ? extreme > 0 : extreme;
    // numpy 2 saturates an integer bound outside an integer dtype's range
    if (typeof v === "number" && (t.kind === "i" || t.kind === "u") && Number.isInteger(v) && !Object.is(v, -0)) return Math.min(t.max, Math.max(t.min, v));
    return v as OperandLike;
  };
  const l = bound(lo, t.min);
  const h = bound(hi, t.max);
  // both bounds scalars of x's float dtype (JS numbers are): numpy's unbuffered fast path, whose
  // ties keep x (only the sign of a zero can tell); a cast of x takes numpy's general path
  const scalar = (v: OperandLike): boolean => typeof v === "number" || (isArrayLike(v) && v.ndim === 0 && v.dtype === x.dtype);
  return ternary(t.kind === "f" && scalar(l) && scalar(h) ? "clipScalars" : "clip", x, l, h, out, fn);
}

function isArrayLike(v: unknown): v is NDArray {
  return typeof v === "object" && v !== null && "ndim" in v && "dtype" in v;
}

/** Options of {@link isclose} and {@link allclose}: numpy's keywords. */
export interface CloseOptions {
  /** Relative tolerance, 1e-5 by default. */
  rtol?: number;
  /** Absolute tolerance, 1e-8 by default. */
  atol?: number;
  /** Whether NaN equals NaN (false by default). */
  equalNan?: boolean;
}

function closeOptions(fn: string, options: CloseOptions | undefined): Required<CloseOptions> {
  if (options !== undefined && (options === null || typeof options !== "object")) {
    throw new DTypeError(`${fn}: options must be an object like { rtol, atol, equalNan }, got ${describeType(options)}`);
  }
  for (const k of Object.keys(options ?? {})) {
    if (k !== "rtol" && k !== "atol" && k !== "equalNan") throw new DTypeError(`${fn}: unknown option "${k}"; ${fn} takes rtol, atol and equalNan`);
  }
  const rtol = options?.rtol ?? 1e-5;
  const atol = options?.atol ?? 1e-8;
  if (typeof rtol !== "number" || typeof atol !== "number") throw new DTypeError(`${fn}: rtol and atol must be numbers`);
  return { rtol, atol, equalNan: options?.equalNan === true };
}

/**
 * Whether `a` and `b` are equal within a tolerance, elementwise: numpy's formula
 * `|a − b| ≤ atol + rtol·|b|` (not symmetric: `b` is the reference), with infinities equal only
 * to themselves and NaN equal to NaN only with `equalNan`. Computed as numpy computes it, `b` in
 * its float dtype (float64 for integers).
 *
 * @example
 * import { array, isclose } from "ndarray-broadcast";
 * console.log(isclose(array([1, 1.00001, NaN]), array([1.000001, 1.1, NaN])).toString());
 * // => array([ True, False, False])
 * console.log(isclose(array([NaN]), NaN, { equalNan: true }).toString());
 * // => array([ True])
 */
export function isclose(a: OperandLike, b: OperandLike, options?: CloseOptions): NDArray {
  const fn = "isclose";
  const { rtol, atol, equalNan } = closeOptions(fn, options);
  const x = typeof a === "number" ? a : asArray(fn, a);
  let y: OperandLike = typeof b === "number" ? b : asArray(fn, b);
  if (typeof y !== "number" && DTYPES[y.dtype].kind !== "f") y = toArray(fn, y, { dtype: "float64" });
  // (|x - y| <= atol + rtol * |y|) & isfinite(y) | (x == y), as numpy
  const tol = binary("add", binary("multiply", unary("abs", y, undefined, fn), rtol, undefined, fn), atol, undefined, fn);
  const within = binary("lessEqual", unary("abs", binary("subtract", x, y, undefined, fn), undefined, fn), tol, undefined, fn);
  let result = binary("logicalOr", binary("logicalAnd", within, unary("isfinite", y, undefined, fn), undefined, fn), binary("equal", x, y, undefined, fn), undefined, fn);
  if (equalNan) result = binary("logicalOr", result, binary("logicalAnd", unary("isnan", x, undefined, fn), unary("isnan", y, undefined, fn), undefined, fn), undefined, fn);
  return result;
}

/**
 * Whether every element of `a` is close to `b` ({@link isclose}); a JS boolean, as numpy's Python bool.
 *
 * @example
 * import { allclose, array } from "ndarray-broadcast";
 * console.log(allclose(array([1, 2]), array([1, 2.0000001])));
 * // => true
 */
export function allclose(a: OperandLike, b: OperandLike, options?: CloseOptions): boolean {
  const r = isclose(a, b, options);
  const d = r.copy().data;
  for (let i = 0; i < d.length; i++) if (d[i] === 0) return false;
  return true;
}
