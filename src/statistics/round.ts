/**
 * Arithmetic in a dtype: a float64 result rounded to float32, or wrapped to an integer width, as
 * numpy's loops compute in the dtype itself.
 *
 * @module
 */
import type { DType } from "../dtype.js";

/** Casting, adding and multiplying in one dtype. */
export interface DTypeArithmetic {
  /** A value cast to the dtype (integers: truncated toward zero, then wrapped). */
  cast(v: number): number;
  /** `a + b` in the dtype (both already of it). */
  add(a: number, b: number): number;
  /** `a * b` in the dtype (both already of it). */
  mul(a: number, b: number): number;
  /** `a - b` in the dtype (both already of it). */
  sub(a: number, b: number): number;
}

const wrapOf: Record<Exclude<DType, "float64" | "float32" | "bool">, (v: number) => number> = {
  int32: (v) => v | 0,
  uint32: (v) => v >>> 0,
  int16: (v) => (v << 16) >> 16,
  uint16: (v) => v & 0xffff,
  int8: (v) => (v << 24) >> 24,
  uint8: (v) => v & 0xff,
};

/** The arithmetic of `dtype`. */
export function roundTo(dtype: DType): DTypeArithmetic {
  if (dtype === "float64") return { cast: (v) => v, add: (a, b) => a + b, mul: (a, b) => a * b, sub: (a, b) => a - b };
  if (dtype === "float32") {
    const f = Math.fround;
    return { cast: f, add: (a, b) => f(a + b), mul: (a, b) => f(a * b), sub: (a, b) => f(a - b) };
  }
  if (dtype === "bool") {
    // numpy's logical add and multiply: or, and
    const b = (v: number): number => (v !== 0 ? 1 : 0);
    return { cast: b, add: (a, c) => b(a + c), mul: (a, c) => b(a * c), sub: (a, c) => b(a - c) };
  }
  const w = wrapOf[dtype];
  // integers: sums and differences are exact in float64 before wrapping; products go through imul
  return {
    cast: (v) => (Number.isFinite(v) ? w(Math.trunc(v) % 4294967296) : w(0)),
    add: (a, b) => w(a + b),
    mul: (a, b) => w(Math.imul(a, b)),
    sub: (a, b) => w(a - b),
  };
}
