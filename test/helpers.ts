import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { array, DTYPES, type DType, type NDArray } from "../src/index.js";

/** A fixture number: JSON numbers, or "nan", "inf", "-inf", "-0". */
export type FixtureNumber = number | "nan" | "inf" | "-inf" | "-0";

/** An array as the fixture generators write it (scripts/fixtures_common.py). */
export interface FixtureArray {
  dtype: string;
  shape: number[];
  data: FixtureNumber[];
}

export function decodeNumber(x: FixtureNumber): number {
  if (x === "nan") return NaN;
  if (x === "inf") return Infinity;
  if (x === "-inf") return -Infinity;
  if (x === "-0") return -0;
  return x;
}

/** The fixture array as an NDArray of the same dtype and shape. */
export function decode(a: FixtureArray): NDArray {
  const flat = array(a.data.map(decodeNumber), { dtype: a.dtype as DType });
  return flat.reshape(a.shape);
}

/**
 * An array of `dtype` and `shape` filled from arbitrary doubles (fast-check's `fc.double()`), each
 * made a value the dtype holds: kept for a float, `> 0` for bool, truncated and clamped (NaN and
 * ±inf to 0) for an integer.
 */
export function arrayOfDoubles(dtype: DType, shape: number[], doubles: number[]): NDArray {
  const info = DTYPES[dtype];
  const size = shape.reduce((p, n) => p * n, 1);
  const values = doubles.slice(0, size).map((v) => (info.kind === "f" ? v : info.kind === "b" ? v > 0 : Number.isFinite(v) ? Math.min(info.max, Math.max(info.min, Math.trunc(v))) : 0));
  return array(values, { dtype }).reshape(shape);
}

export function readFixture<T>(name: string): T {
  const path = fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** The elements in C order. */
export function flat(a: NDArray): number[] {
  const out: number[] = [];
  const idx: number[] = [];
  const visit = (axis: number): void => {
    if (axis === a.ndim) {
      out.push(Number(a.get(...idx)));
      return;
    }
    for (let i = 0; i < (a.shape[axis] as number); i++) {
      idx[axis] = i;
      visit(axis + 1);
    }
  };
  visit(0);
  return out;
}

/**
 * Asserts dtype, shape and values: bit-exact (NaN equals NaN, -0 differs from 0) unless `rtol`
 * is given, then |a - e| <= rtol·|e| + the dtype's smallest normal number (results that differ
 * only below it are an underflow in an intermediate, not an error in the function).
 */
export function expectArray(actual: NDArray, expected: FixtureArray, rtol = 0, label = ""): void {
  expect(actual.dtype, `${label} dtype`).toBe(expected.dtype);
  expect(actual.shape, `${label} shape`).toEqual(expected.shape);
  const got = flat(actual);
  const want = expected.data.map(decodeNumber);
  for (let i = 0; i < want.length; i++) {
    const g = got[i] as number;
    const w = want[i] as number;
    if (rtol === 0 || !Number.isFinite(w) || !Number.isFinite(g)) {
      if (!Object.is(g, w)) expect.fail(`${label} element ${i}: got ${Object.is(g, -0) ? "-0" : g}, numpy ${Object.is(w, -0) ? "-0" : w}`);
    } else if (Math.abs(g - w) > rtol * Math.abs(w) + (expected.dtype === "float32" ? 2 ** -126 : 2 ** -1022)) {
      expect.fail(`${label} element ${i}: got ${g}, numpy ${w} (rtol ${rtol})`);
    }
  }
}
