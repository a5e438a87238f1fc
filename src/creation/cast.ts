/**
 * numpy's C casts of a float64 value into another dtype (what `astype` and `linspace` do).
 *
 * @module
 */
import { DTYPES, type DType } from "../dtype.js";

/**
 * A float64 value cast to `dtype` as numpy's C cast does on x86-64: integers truncate toward zero
 * and wrap modulo 2^bits; NaN, ±Infinity and values outside the 32-bit range (where C's result is
 * undefined) follow the x86 conversion instruction, which gives the 32-bit minimum. bool: `x != 0`.
 * @internal
 */
export function castFloat(dtype: DType, x: number): number {
  const t = DTYPES[dtype];
  if (t.kind === "f") return x;
  if (t.kind !== "i" && t.kind !== "u") return x !== 0 ? 1 : 0;
  if (t.kind === "u" && t.bits === 32) {
    // numpy converts through int64: exact modulo 2^32 inside int64's range
    if (Number.isFinite(x) && Math.abs(x) < 2 ** 63) return Math.trunc(x) % 2 ** 32 >>> 0;
    return 0;
  }
  const v = Number.isFinite(x) && x > -(2 ** 31) - 1 && x < 2 ** 31 ? Math.trunc(x) : -(2 ** 31);
  return v | 0;
}
