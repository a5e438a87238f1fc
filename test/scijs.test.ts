// scijsView builds scijs views through cached view classes; it must make exactly what
// ndarray() makes, for every dtype and rank, with its own copies of shape and stride.
// Where code generation is forbidden it makes the library's own PlainView, which must behave as
// scijs's compiled classes do (checked below against them, in the compiled pass).
import fc from "fast-check";
import ndarray from "ndarray";
import { describe, expect, test } from "vitest";
import { allocate, DTYPES, type DType } from "../src/dtype.js";
import { canCompile } from "../src/evaluation.js";
import type { ScijsArray } from "../src/ndarray.js";
import { contiguousStrides, PlainView, scijsView } from "../src/scijs.js";

describe.runIf(canCompile)("scijsView (compiled: scijs's own view classes)", () => {
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

describe.runIf(!canCompile)("scijsView (interpreted: PlainView)", () => {
  test("makes PlainViews with their own shape and stride", () => {
    const shape = [2, 3];
    const stride = [3, 1];
    const v = scijsView(new Float32Array(6), "float32", shape, stride, 0);
    expect(v).toBeInstanceOf(PlainView);
    expect([v.shape, v.stride, v.offset, v.dtype, v.size, v.dimension, v.order]).toEqual([[2, 3], [3, 1], 0, "float32", 6, 2, [1, 0]]);
    expect(v.shape).not.toBe(shape);
    expect(v.stride).not.toBe(stride);
  });
});

/** Everything observable of a view: fields, getters and every element it reaches. */
function observe(v: ScijsArray | null): unknown {
  if (v === null) return null;
  const elements: number[] = [];
  const walk = (prefix: number[]): void => {
    if (prefix.length === v.shape.length) {
      elements.push(v.get(...prefix), v.index(...prefix));
      return;
    }
    for (let i = 0; i < (v.shape[prefix.length] as number); i++) walk([...prefix, i]);
  };
  if (v.dimension >= 0 && v.shape.every((n) => n >= 0) && v.size < 5000) walk([]);
  return { shape: v.shape, stride: v.stride, offset: v.offset, dtype: v.dtype, size: v.size, order: v.order, dimension: v.dimension, elements };
}

describe.runIf(canCompile)("PlainView behaves as scijs's compiled view classes (which have no T)", () => {
  const arg = fc.oneof(fc.integer({ min: -4, max: 6 }), fc.constant(undefined), fc.constant(null), fc.double({ min: -3, max: 5, noNaN: true }));
  const method = fc.constantFrom("lo", "hi", "step", "transpose", "pick");
  test("random chains of lo, hi, step, transpose and pick, then get, set and index", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 5 }),
        fc.constantFrom<DType>("float64", "float32", "int32", "uint8", "int16"),
        fc.array(fc.tuple(method, fc.array(arg, { maxLength: 6 })), { maxLength: 4 }),
        (shape, dtype, calls) => {
          const size = shape.reduce((p, n) => p * n, 1);
          const data = allocate(dtype, size + 8);
          data.forEach((_, i) => (data[i] = i));
          const stride = contiguousStrides(shape);
          let theirs: ScijsArray | null = ndarray(data, shape.slice(), stride.slice(), 4) as ScijsArray;
          let mine: ScijsArray | null = new PlainView(data, shape.slice(), stride.slice(), 4) as unknown as ScijsArray;
          for (const [name, args] of calls) {
            if (theirs === null || mine === null || theirs.dimension < 0) break;
            // a step of 0 makes scijs divide by zero (an infinite shape); leave it out
            if (name === "step" && args.some((x) => typeof x === "number" && (x | 0) === 0)) continue;
            // stay inside the data: scijs does not check bounds
            if (name === "transpose" && args.some((x) => typeof x === "number" && ((x | 0) < 0 || (x | 0) >= (theirs as ScijsArray).dimension))) continue;
            if (name === "pick" && args.some((x, k) => typeof x === "number" && x >= (((theirs as ScijsArray).shape[k] as number) ?? Infinity))) continue;
            if (name === "lo" && args.some((x, k) => typeof x === "number" && x > (((theirs as ScijsArray).shape[k] as number) ?? Infinity))) continue;
            if (name === "hi" && args.some((x, k) => typeof x === "number" && x > (((theirs as ScijsArray).shape[k] as number) ?? Infinity))) continue;
            const call = (v: ScijsArray): ScijsArray | null =>
              ((v as unknown as Record<string, (...a: unknown[]) => ScijsArray | null>)[name] as (...a: unknown[]) => ScijsArray | null).apply(v, args);
            theirs = call(theirs);
            mine = call(mine);
            expect(observe(mine)).toEqual(observe(theirs));
          }
          if (theirs !== null && mine !== null && theirs.dimension >= 0 && theirs.size > 0 && theirs.shape.every((n) => n > 0)) {
            const first = theirs.shape.map(() => 0);
            expect(mine.set(...first, 99)).toBe(theirs.set(...first, 99));
            expect(mine.get(...first)).toBe(99);
          }
        },
      ),
      { numRuns: 400, seed: 7 },
    );
  });
});
