/**
 * dtypes: the typed array behind each, and numpy 2's promotion rules (NEP 50).
 *
 * @module
 */
import { DTypeError } from "./errors.js";
import { describeType } from "./format/format-shape.js";

/** The element types an {@link NDArray} can hold; each is stored in the typed array of its name. */
export type DType = "float64" | "float32" | "int32" | "int16" | "int8" | "uint32" | "uint16" | "uint8" | "bool";

/** Any of the typed arrays that back a {@link DType}. */
export type TypedArray =
  | Float64Array
  | Float32Array
  | Int32Array
  | Int16Array
  | Int8Array
  | Uint32Array
  | Uint16Array
  | Uint8Array;

/** The constructor of one of the typed arrays of the dtypes. */
export interface TypedArrayConstructor {
  /** A zero-filled typed array of `length` elements. */
  new (length: number): TypedArray;
  /** The size of one element in bytes. */
  readonly BYTES_PER_ELEMENT: number;
}

/** What the library knows of one dtype. */
export interface DTypeInfo {
  /** The dtype's name, e.g. `"float32"`. */
  readonly name: DType;
  /** numpy's kind letter: `f` float, `i` signed integer, `u` unsigned integer, `b` boolean. */
  readonly kind: "f" | "i" | "u" | "b";
  /** The width of one element in bits. */
  readonly bits: number;
  /** The typed array that stores it. */
  readonly ctor: TypedArrayConstructor;
  /** The smallest value; -Infinity for floats. */
  readonly min: number;
  /** The largest value; Infinity for floats. */
  readonly max: number;
}

const info = (
  name: DType,
  kind: DTypeInfo["kind"],
  bits: number,
  ctor: TypedArrayConstructor,
): DTypeInfo => {
  const min = kind === "f" ? -Infinity : kind === "u" || kind === "b" ? 0 : -(2 ** (bits - 1));
  const max = kind === "f" ? Infinity : kind === "b" ? 1 : kind === "u" ? 2 ** bits - 1 : 2 ** (bits - 1) - 1;
  return Object.freeze({ name, kind, bits, ctor, min, max });
};

/** Every supported dtype, by name. */
export const DTYPES: Readonly<Record<DType, DTypeInfo>> = Object.freeze({
  float64: info("float64", "f", 64, Float64Array),
  float32: info("float32", "f", 32, Float32Array),
  int32: info("int32", "i", 32, Int32Array),
  int16: info("int16", "i", 16, Int16Array),
  int8: info("int8", "i", 8, Int8Array),
  uint32: info("uint32", "u", 32, Uint32Array),
  uint16: info("uint16", "u", 16, Uint16Array),
  uint8: info("uint8", "u", 8, Uint8Array),
  // one byte per element holding 0 or 1, as numpy's bool
  bool: info("bool", "b", 8, Uint8Array),
});

/** The dtype used when none is given: numpy's default float. */
export const DEFAULT_DTYPE: DType = "float64";

/**
 * Whether `x` names a supported dtype.
 *
 * @example
 * import { isDType } from "ndarray-broadcast";
 * console.log(isDType("float32"), isDType("float16"));
 * // => true false
 */
export function isDType(x: unknown): x is DType {
  return typeof x === "string" && Object.prototype.hasOwnProperty.call(DTYPES, x);
}

/** Returns `x` as a dtype, or throws a `DTypeError` naming `fn` and the supported dtypes. */
export function checkDType(fn: string, x: unknown): DType {
  if (isDType(x)) return x;
  const shown = typeof x === "string" ? JSON.stringify(x) : describeType(x);
  throw new DTypeError(
    `${fn}: unknown dtype ${shown}; supported dtypes are ${Object.keys(DTYPES).join(", ")}`,
  );
}

/** The dtype of a typed array, or `undefined` for an unsupported one (BigInt64Array, Uint8ClampedArray, …). */
export function dtypeOfTypedArray(data: unknown): DType | undefined {
  if (data instanceof Float64Array) return "float64";
  if (data instanceof Float32Array) return "float32";
  if (data instanceof Int32Array) return "int32";
  if (data instanceof Int16Array) return "int16";
  if (data instanceof Int8Array) return "int8";
  if (data instanceof Uint32Array) return "uint32";
  if (data instanceof Uint16Array) return "uint16";
  if (data instanceof Uint8Array && !(data instanceof Uint8ClampedArray)) return "uint8";
  return undefined;
}

/** Allocates a zero-filled typed array of `dtype`. */
export function allocate(dtype: DType, length: number): TypedArray {
  return new DTYPES[dtype].ctor(length);
}

const signedOfBits = (bits: number): DType | undefined =>
  bits === 8 ? "int8" : bits === 16 ? "int16" : bits === 32 ? "int32" : undefined;
const unsignedOfBits = (bits: number): DType =>
  bits === 8 ? "uint8" : bits === 16 ? "uint16" : "uint32";
const floatOfBits = (bits: number): DType => (bits <= 32 ? "float32" : "float64");

/**
 * numpy 2's `promote_types` for two dtypes. One difference: numpy promotes `int32` with
 * `uint32` to `int64`, which has no typed array of JS numbers here; the result is `float64`,
 * which holds every value of both exactly (docs/numpy-differences.md).
 *
 * @example
 * import { promoteTypes } from "ndarray-broadcast";
 * console.log(promoteTypes("int8", "uint8"), promoteTypes("float32", "int32"));
 * // => int16 float64
 */
export function promoteTypes(a: DType, b: DType): DType {
  if (a === b) return a;
  // bool is below every other dtype
  if (a === "bool") return b;
  if (b === "bool") return a;
  const x = DTYPES[a];
  const y = DTYPES[b];
  if (x.kind === "f" || y.kind === "f") {
    // The float must hold every value of the integer: float32 holds integers up to 16 bits.
    const need = (t: DTypeInfo): number => (t.kind === "f" ? t.bits : t.bits <= 16 ? 32 : 64);
    return floatOfBits(Math.max(need(x), need(y)));
  }
  if (x.kind === y.kind) {
    const bits = Math.max(x.bits, y.bits);
    return x.kind === "i" ? (signedOfBits(bits) as DType) : unsignedOfBits(bits);
  }
  const signed = x.kind === "i" ? x : y;
  const unsigned = x.kind === "i" ? y : x;
  if (unsigned.bits < signed.bits) return signed.name;
  return signedOfBits(unsigned.bits * 2) ?? "float64";
}

/**
 * The dtype of `array op scalar` under NEP 50, where a JS number or boolean is a *weak* scalar:
 * it takes the array's dtype when it is of the same kind or lower (bool < integer < float). An
 * integral number with an integer array keeps the array's dtype and must fit in it (numpy raises
 * `OverflowError`, here a `DTypeError`; with `outOfRange: "float64"`, as numpy 2's comparisons, it
 * is compared exactly in float64 instead); a fractional, NaN or infinite number (and -0) with an
 * integer or bool array gives float64, as a Python float does; an integral number with a bool
 * array gives float64, this library's stand-in for numpy's int64.
 */
export function weakScalarDType(fn: string, dtype: DType, value: number, bool = false, outOfRange: "throw" | "float64" = "throw"): DType {
  if (bool) return dtype;
  const t = DTYPES[dtype];
  if (t.kind === "f") return dtype;
  // -0 is a float: only a Python float can be negative zero.
  if (!Number.isInteger(value) || Object.is(value, -0) || t.kind === "b") return DEFAULT_DTYPE;
  if (value < t.min || value > t.max) {
    if (outOfRange === "float64") return DEFAULT_DTYPE;
    throw new DTypeError(
      `${fn}: the number ${value} is out of bounds for ${dtype} (${t.min} to ${t.max}); ` +
        `as in numpy 2, a JS number takes the array's dtype — convert the array first, e.g. array(x, { dtype: "float64" })`,
    );
  }
  return dtype;
}

/** numpy's `can_cast(from, to, casting="same_kind")`: b → u → i → f may widen, never back. */
export function canCastSameKind(from: DType, to: DType): boolean {
  const rank = { b: 0, u: 1, i: 2, f: 3 } as const;
  return rank[DTYPES[from].kind] <= rank[DTYPES[to].kind];
}

/** numpy's `can_cast(from, to, casting="safe")`: every value of `from` is a value of `to`. */
export function canCastSafely(from: DType, to: DType): boolean {
  return promoteTypes(from, to) === to;
}

/**
 * The float dtype a float-valued function (exp, sqrt, division, …) computes in for `dtype`:
 * floats keep theirs; 8- and 16-bit integers give float32 and 32-bit ones float64. numpy gives
 * float16 for 8-bit integers, which JS has no typed array for (docs/numpy-differences.md).
 */
export function floatDType(dtype: DType): DType {
  const t = DTYPES[dtype];
  if (t.kind === "f") return dtype;
  return t.bits <= 16 ? "float32" : "float64";
}
