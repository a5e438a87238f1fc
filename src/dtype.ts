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
  const tag = typedArrayTag(data);
  return tag === undefined ? undefined : DTYPE_OF_TAG[tag];
}

const TYPED_ARRAY_PROTOTYPE = Object.getPrototypeOf(Int8Array.prototype) as object;
const intrinsic = (key: PropertyKey): ((this: unknown) => unknown) =>
  Object.getOwnPropertyDescriptor(TYPED_ARRAY_PROTOTYPE, key)?.get as (this: unknown) => unknown;
const TAG = intrinsic(Symbol.toStringTag);
const LENGTH = intrinsic("length");
const BUFFER = intrinsic("buffer");
const BYTE_OFFSET = intrinsic("byteOffset");
const DTYPE_OF_TAG: Readonly<Record<string, DType | undefined>> = Object.assign(Object.create(null) as object, {
  // a null-prototype table: a tag such as "constructor" finds nothing
  Float64Array: "float64",
  Float32Array: "float32",
  Int32Array: "int32",
  Int16Array: "int16",
  Int8Array: "int8",
  Uint32Array: "uint32",
  Uint16Array: "uint16",
  Uint8Array: "uint8",
} satisfies Record<string, DType>);

/**
 * The class name of a real typed array ("Float64Array", …) read through the engine's own getter,
 * so that a Proxy, a subclass or an own property cannot fake it; undefined for anything else.
 */
function typedArrayTag(x: unknown): string | undefined {
  if (typeof x !== "object" || x === null) return undefined;
  const tag = TAG.call(x);
  return typeof tag === "string" ? tag : undefined;
}

/**
 * The length of a real typed array, through the engine's own getter (an own `length` property or a
 * subclass's getter cannot change it); 0 when its buffer is detached or it is out of bounds.
 * @internal
 */
export function typedLength(x: TypedArray): number {
  return LENGTH.call(x) as number;
}

/**
 * A plain typed array of a supported dtype over the same memory as `x` (a new object, so that
 * nothing the caller later does to `x` — own properties, a changed prototype — reaches the
 * library), or undefined when `x` is not a real typed array of a supported dtype. @internal
 */
export function ownTypedArray(x: unknown): { dtype: DType; data: TypedArray } | undefined {
  const dtype = dtypeOfTypedArray(x);
  if (dtype === undefined) return undefined;
  const buffer = BUFFER.call(x) as ArrayBuffer;
  const length = LENGTH.call(x) as number;
  const byteOffset = BYTE_OFFSET.call(x) as number;
  const Ctor = DTYPES[dtype].ctor as unknown as new (b: ArrayBuffer, o: number, n: number) => TypedArray;
  // a detached or out-of-bounds view has length 0; a new one of length 0 cannot be made over it
  return { dtype, data: length === 0 ? allocate(dtype, 0) : new Ctor(buffer, byteOffset, length) };
}

/** Allocates a zero-filled typed array of `dtype`. */
export function allocate(dtype: DType, length: number): TypedArray {
  // one `new` per typed array: each site stays monomorphic however many dtypes a program uses
  // (one shared `new ctor(n)` became megamorphic, 7% of a small operation: bench/ W10)
  switch (dtype) {
    case "float64":
      return new Float64Array(length);
    case "float32":
      return new Float32Array(length);
    case "int32":
      return new Int32Array(length);
    case "int16":
      return new Int16Array(length);
    case "int8":
      return new Int8Array(length);
    case "uint32":
      return new Uint32Array(length);
    case "uint16":
      return new Uint16Array(length);
    default:
      return new Uint8Array(length);
  }
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
 * array gives float64, this library's stand-in for numpy's int64. `outOfRange: "wrap"` keeps the
 * array's dtype for any integer (the store wraps it, as numpy 2's `where`).
 */
export function weakScalarDType(fn: string, dtype: DType, value: number, bool = false, outOfRange: "throw" | "float64" | "wrap" = "throw"): DType {
  if (bool) return dtype;
  const t = DTYPES[dtype];
  if (t.kind === "f") return dtype;
  // -0 is a float: only a Python float can be negative zero.
  if (!Number.isInteger(value) || Object.is(value, -0) || t.kind === "b") return DEFAULT_DTYPE;
  if (value < t.min || value > t.max) {
    if (outOfRange === "float64") return DEFAULT_DTYPE;
    if (outOfRange === "wrap") return dtype;
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
