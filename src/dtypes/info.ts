/**
 * What the dtypes are: `finfo`, `iinfo`, `isdtype`. Everything is read from the {@link DTYPES}
 * table (kind letter and bits), so a dtype added there is described without changes here.
 *
 * @module
 */
import { checkDType, DTYPES, isDType, type DType } from "../dtype.js";
import { DTypeError } from "../errors.js";
import { describeType, formatValue } from "../format/format-shape.js";
import { NDArray } from "../ndarray.js";

/** The dtype of `x`: a dtype name, or an NDArray's dtype. */
export function dtypeOf(fn: string, x: unknown): DType {
  if (x instanceof NDArray) return x.dtype;
  return checkDType(fn, x);
}

/** The machine limits of a float dtype (the Array API's `finfo`, numpy's fields in camelCase). */
export interface FInfo {
  /** The width in bits. */
  readonly bits: number;
  /** The difference between 1 and the next representable number. */
  readonly eps: number;
  /** The largest finite number. */
  readonly max: number;
  /** The most negative finite number (`-max`). */
  readonly min: number;
  /** The smallest positive normal number. */
  readonly smallestNormal: number;
  /** The dtype described. */
  readonly dtype: DType;
}

/** The machine limits of an integer dtype (the Array API's `iinfo`). */
export interface IInfo {
  /** The width in bits. */
  readonly bits: number;
  /** The largest value. */
  readonly max: number;
  /** The smallest value. */
  readonly min: number;
  /** The dtype described. */
  readonly dtype: DType;
}

/** Significand bits (without the implicit one) and exponent bits of the IEEE 754 binary formats. */
const IEEE: Readonly<Record<number, readonly [number, number]>> = { 16: [10, 5], 32: [23, 8], 64: [52, 11] };

/**
 * The limits of a float dtype (or of an array's dtype): `bits`, `eps`, `max`, `min`,
 * `smallestNormal`, `dtype`.
 *
 * @example
 * import { finfo } from "ndarray-broadcast";
 * const f = finfo("float32");
 * console.log(f.bits, f.eps, f.max, f.smallestNormal);
 * // => 32 1.1920928955078125e-7 3.4028234663852886e+38 1.1754943508222875e-38
 */
export function finfo(dtype: DType | NDArray): FInfo {
  const fn = "finfo";
  const d = dtypeOf(fn, dtype);
  const t = DTYPES[d];
  const format = IEEE[t.bits];
  if (t.kind !== "f" || format === undefined) {
    throw new DTypeError(`${fn}: ${d} is not a floating dtype; iinfo describes integer dtypes`);
  }
  const [m, e] = format;
  const bias = 2 ** (e - 1) - 1;
  const max = (2 - 2 ** -m) * 2 ** bias;
  return Object.freeze({ bits: t.bits, eps: 2 ** -m, max, min: -max, smallestNormal: 2 ** (1 - bias), dtype: d });
}

/**
 * The limits of an integer dtype (or of an array's dtype): `bits`, `max`, `min`, `dtype`.
 *
 * @example
 * import { iinfo } from "ndarray-broadcast";
 * console.log(iinfo("int16"), iinfo("uint8").max);
 * // => { bits: 16, max: 32767, min: -32768, dtype: 'int16' } 255
 */
export function iinfo(dtype: DType | NDArray): IInfo {
  const fn = "iinfo";
  const d = dtypeOf(fn, dtype);
  const t = DTYPES[d];
  if (t.kind !== "i" && t.kind !== "u") {
    throw new DTypeError(`${fn}: ${d} is not an integer dtype; finfo describes floating dtypes`);
  }
  return Object.freeze({ bits: t.bits, max: t.max, min: t.min, dtype: d });
}

/** The kinds of the Array API's `isdtype` and the dtype kind letters each one covers. */
const KINDS: Readonly<Record<string, readonly string[]>> = {
  bool: ["b"],
  "signed integer": ["i"],
  "unsigned integer": ["u"],
  integral: ["i", "u"],
  "real floating": ["f"],
  "complex floating": ["c"],
  numeric: ["i", "u", "f", "c"],
};

/**
 * Whether `dtype` is of `kind`: one of the Array API's kind names (`"bool"`, `"signed integer"`,
 * `"unsigned integer"`, `"integral"`, `"real floating"`, `"complex floating"`, `"numeric"`), a
 * dtype name (equality), or a list of these (any).
 *
 * @example
 * import { isdtype } from "ndarray-broadcast";
 * console.log(isdtype("int8", "integral"), isdtype("float32", ["bool", "real floating"]), isdtype("uint8", "signed integer"));
 * // => true true false
 */
export function isdtype(dtype: DType, kind: string | readonly string[]): boolean {
  const fn = "isdtype";
  if (!isDType(dtype)) {
    throw new DTypeError(`${fn}: dtype must be a dtype name (${Object.keys(DTYPES).join(", ")}), got ${typeof dtype === "string" ? JSON.stringify(dtype) : describeType(dtype)}`);
  }
  const kinds = typeof kind === "string" ? [kind] : kind;
  if (!Array.isArray(kinds)) throw new DTypeError(`${fn}: kind must be a kind name, a dtype name or a list of them, got ${describeType(kind)}`);
  return kinds.some((k: unknown) => {
    if (typeof k !== "string") throw new DTypeError(`${fn}: kind must be a kind name, a dtype name or a list of them, got ${describeType(k)}`);
    if (isDType(k)) return k === dtype;
    const letters = KINDS[k];
    if (letters === undefined) {
      throw new DTypeError(`${fn}: kind ${formatValue(k)} is not a known kind name; the kinds are ${Object.keys(KINDS).map((s) => JSON.stringify(s)).join(", ")} or a dtype name`);
    }
    return letters.includes(DTYPES[dtype].kind);
  });
}
