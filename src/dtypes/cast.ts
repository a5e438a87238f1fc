/**
 * Converting between dtypes: `astype`, `canCast`, `resultType`, written over the {@link DTYPES}
 * table's kind letters and bits and over `promoteTypes`, so that new dtypes need no change here.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { castFloat } from "../creation/cast.js";
import { checkOptions } from "../creation/options.js";
import { DEFAULT_DTYPE, DTYPES, isDType, promoteTypes, type DType } from "../dtype.js";
import { DTypeError } from "../errors.js";
import { describeType, formatValue } from "../format/format-shape.js";
import { freshArray, NDArray, viewOf } from "../ndarray.js";
import { dtypeOf } from "./info.js";
import { assignView } from "../scijs.js";

/** Options of {@link astype}. */
export interface AstypeOptions {
  /** `true` (default): always a new array; `false`: `x` itself when it already has `dtype`. */
  copy?: boolean;
}

/**
 * `x`'s values in another dtype, converted as numpy's C casts do: to a float by rounding, between
 * integers by wrapping modulo 2^bits, from a float to an integer by truncation toward zero (NaN,
 * ±Infinity and values beyond the integer range have no defined result in C; see
 * docs/numpy-differences.md). `copy: false` returns `x` itself when nothing changes.
 *
 * @example
 * import { array, astype } from "ndarray-broadcast";
 * const a = array([-1.7, 2.5, 300]);
 * console.log(astype(a, "int32").tolist(), astype(a, "uint8").tolist(), a.astype("float32").dtype);
 * // => [ -1, 2, 300 ] [ 255, 2, 44 ] float32
 */
export function astype(x: NDArray | ArrayLike, dtype: DType, options?: AstypeOptions): NDArray {
  const fn = "astype";
  const a = asArray(fn, x);
  const d = dtypeOf(fn, dtype);
  const opts = checkOptions<AstypeOptions>(fn, options, ["copy"]);
  const copy = opts.copy ?? true;
  if (typeof copy !== "boolean") throw new DTypeError(`${fn}: copy must be a boolean, got ${describeType(copy)}`);
  if (!copy && d === a.dtype) return a;
  return convert(a, d);
}

/** A new C-contiguous array of `dtype` with `a`'s values cast as numpy casts them. */
export function convert(a: NDArray, dtype: DType): NDArray {
  const out = freshArray(dtype, a.shape);
  if (a.size === 0) return out;
  const from = DTYPES[a.dtype].kind;
  const to = DTYPES[dtype].kind;
  const integer = (k: string): boolean => k === "i" || k === "u";
  const dst = viewOf(out);
  // into a float, and between integers, the typed array's own conversion is numpy's cast
  if (to === "f" || (integer(from) && integer(to)) || a.dtype === dtype) {
    if (a.ndim === 0) dst.set(viewOf(a).get());
    else assignView(dst, viewOf(a));
    return out;
  }
  const values = freshArray("float64", a.shape);
  if (a.ndim === 0) viewOf(values).set(viewOf(a).get());
  else assignView(viewOf(values), viewOf(a));
  const v = values.data;
  const o = out.data;
  for (let i = 0; i < v.length; i++) o[i] = castFloat(dtype, v[i] as number);
  return out;
}

const KIND_ORDER: Readonly<Record<string, number>> = { b: 0, u: 1, i: 2, f: 3, c: 4 };

/** The castings of {@link canCast}. */
export type Casting = "no" | "equiv" | "safe" | "same_kind" | "unsafe";
/** The castings, from the strictest. @internal */
export const CASTINGS: readonly Casting[] = ["no", "equiv", "safe", "same_kind", "unsafe"];

/**
 * Whether values of `from` (a dtype or an array) convert to `to` under `casting` (default
 * `"safe"`: every value exactly; `"same_kind"`: also narrowing within a kind and b → u → i → f;
 * `"unsafe"`: always; `"no"`/`"equiv"`: the same dtype).
 *
 * @example
 * import { canCast } from "ndarray-broadcast";
 * console.log(canCast("int16", "float32"), canCast("int32", "float32"), canCast("float64", "float32", { casting: "same_kind" }));
 * // => true false true
 */
export function canCast(from: DType | NDArray, to: DType, options?: { casting?: Casting }): boolean {
  const fn = "canCast";
  const a = dtypeOf(fn, from);
  const b = dtypeOf(fn, to);
  const casting = checkOptions<{ casting: Casting }>(fn, options, ["casting"]).casting ?? "safe";
  if (!CASTINGS.includes(casting)) {
    throw new DTypeError(`${fn}: casting must be one of ${CASTINGS.map((c) => JSON.stringify(c)).join(", ")}, got ${formatValue(casting)}`);
  }
  if (casting === "unsafe" || a === b) return true;
  if (casting === "no" || casting === "equiv") return false;
  if (promoteTypes(a, b) === b) return true;
  return casting === "same_kind" && (KIND_ORDER[DTYPES[a].kind] as number) <= (KIND_ORDER[DTYPES[b].kind] as number);
}

/**
 * The dtype numpy 2 gives an operation on `args`: arrays and dtype names promote together; JS
 * numbers are weak scalars (NEP 50): they take the arrays' dtype, except that a fractional
 * number (or NaN, ±Infinity, -0) with integers gives float64. Numbers alone give float64, the
 * library's default.
 *
 * @example
 * import { array, resultType } from "ndarray-broadcast";
 * const a = array([1, 2], { dtype: "int8" });
 * console.log(resultType(a, "uint8"), resultType(a, 3), resultType(a, 1.5), resultType("float32", 2.5));
 * // => int16 int8 float64 float32
 */
export function resultType(...args: (NDArray | DType | number | boolean)[]): DType {
  const fn = "resultType";
  if (args.length === 0) throw new DTypeError(`${fn}: at least one array or dtype is required`);
  let strong: DType | undefined;
  let weakFloat = false;
  let weakInt = false;
  let weakBool = false;
  for (const x of args) {
    if (typeof x === "number") {
      if (Number.isInteger(x) && !Object.is(x, -0)) weakInt = true;
      else weakFloat = true;
    } else if (typeof x === "boolean") {
      weakBool = true;
    } else if (x instanceof NDArray || isDType(x)) {
      const d = dtypeOf(fn, x);
      strong = strong === undefined ? d : promoteTypes(strong, d);
    } else {
      throw new DTypeError(`${fn}: expected arrays, dtype names or numbers, got ${typeof x === "string" ? `unknown dtype ${JSON.stringify(x)}` : describeType(x)}`);
    }
  }
  if (strong === undefined) {
    if (weakFloat || weakInt) return DEFAULT_DTYPE;
    if (weakBool && isDType("bool")) return "bool" as DType;
    throw new DTypeError(`${fn}: no dtype holds JS booleans in this build; give a dtype`);
  }
  const kind = DTYPES[strong].kind as string;
  if (weakFloat && kind !== "f" && kind !== "c") return DEFAULT_DTYPE;
  if (weakInt && kind === "b") return DEFAULT_DTYPE;
  return strong;
}
