// scijsView builds scijs views through cached view classes; it must make exactly what
// ndarray() makes, for every dtype and rank, with its own copies of shape and stride.
import ndarray from "ndarray";
import { describe, expect, test } from "vitest";
import { allocate, DTYPES, type DType } from "../src/dtype.js";
import { contiguousStrides, scijsView } from "../src/scijs.js";

describe("scijsView", () => {
  const dtypes = Object.keys(DTYPES) as DType[];
  for (const dtype of dtypes) {
    for (let rank = 0; rank <= 5; rank++) {
      test(`${dtype}, rank ${rank}`, () => {
        const shape = Array.from({ length: rank }, (_, i) => i + 1);
        const stride = contiguousStrides(shape).map((s, i) => (i % 2 ? -s : s));
        const data = allocate(dtype, 1000);
        data.forEach((_, i) => (data[i] = i % 100));
        const mine = scijsView(data, dtype, shape, stride, 300);
        const theirs = ndarray(data, shape.slice(), stride.slice(), 300);
        expect(Object.getPrototypeOf(mine)).toBe(Object.getPrototypeOf(theirs));
        expect([mine.shape, mine.stride, mine.offset, mine.dtype, mine.size]).toEqual([theirs.shape, theirs.stride, theirs.offset, theirs.dtype, theirs.size]);
        expect(mine.data).toBe(data);
        expect(mine.shape).not.toBe(shape);
        expect(mine.stride).not.toBe(stride);
        const last = shape.map((n) => n - 1);
        expect(mine.get(...last)).toBe(theirs.get(...last));
        const c = scijsView(data, dtype, shape);
        const cTheirs = ndarray(data, shape.slice());
        expect(Object.getPrototypeOf(c)).toBe(Object.getPrototypeOf(cTheirs));
        expect([c.shape, c.stride, c.offset]).toEqual([cTheirs.shape, cTheirs.stride, cTheirs.offset]);
      });
    }
  }
  test("C-order strides when none are given", () => {
    const v = scijsView(new Float64Array(24), "float64", [2, 3, 4]);
    expect([v.stride, v.offset]).toEqual([[12, 4, 1], 0]);
  });
});
