/**
 * Every sorting, searching, set and statistics function reads any memory layout: on a view with
 * arbitrary strides (negative, stepped, transposed, 0 = broadcast) and offset, the result is the
 * one on a C-contiguous copy, bit for bit.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { bufferArb, dtypeArb, materialize, viewArb } from "../fuzz/views.js";
import { sameArray } from "../property/arbitraries.js";

type Result = nb.NDArray | nb.NDArray[] | Record<string, nb.NDArray>;

/** The function applied to an array with `ndim` axes at `axis` (one of its axes). */
const FUNCTIONS: Record<string, (x: nb.NDArray, axis: number) => Result> = {
  sort: (x, axis) => nb.sort(x, { axis }),
  sortFlat: (x) => nb.sort(x, { axis: null }),
  argsortDescending: (x, axis) => nb.argsort(x, { axis, descending: true }),
  argmax: (x, axis) => nb.argmax(x, { axis }),
  argminFlat: (x) => nb.argmin(x),
  nonzero: (x) => nb.nonzero(x),
  argwhere: (x) => nb.argwhere(x),
  cumsum: (x, axis) => nb.cumsum(x, { axis }),
  cumprodFlat: (x) => nb.cumprod(x),
  cumulativeSum: (x, axis) => nb.cumulativeSum(x, { axis, includeInitial: true }),
  var: (x, axis) => nb.variance(x, { axis, correction: 1 }),
  std: (x) => nb.std(x),
  median: (x, axis) => nb.median(x, { axis }),
  quantile: (x, axis) => nb.quantile(x, [0.3, 0.9], { axis, method: "hazen" }),
  nanmax: (x, axis) => nb.nanmax(x, { axis }),
  nanmean: (x, axis) => nb.nanmean(x, { axis }),
  ptp: (x, axis) => nb.ptp(x, { axis }),
  diff: (x, axis) => nb.diff(x, { axis, n: 2 }),
  unique: (x) => nb.unique(x, { returnIndex: true, returnInverse: true, returnCounts: true }),
  uniqueAxis: (x, axis) => nb.unique(x, { axis, returnInverse: true }),
  uniqueAll: (x) => nb.uniqueAll(x) as unknown as Record<string, nb.NDArray>,
  isin: (x) => nb.isin(x, nb.array([0, 1, -1])),
  lexsort: (x, axis) => nb.lexsort([x, x], { axis }),
  average: (x, axis) => nb.average(x, { axis }),
};

function same(a: Result, b: Result): boolean {
  if (a instanceof nb.NDArray) return b instanceof nb.NDArray && sameArray(a, b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameArray(x, b[i] as nb.NDArray));
  const r = b as Record<string, nb.NDArray>;
  return Object.entries(a).every(([k, v]) => sameArray(v, r[k] as nb.NDArray));
}

describe("results on strided, reversed and broadcast views equal those on C-contiguous copies", () => {
  const cases = fc
    .tuple(dtypeArb, fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }))
    .chain(([dtype, shape]) => fc.tuple(bufferArb(dtype), viewArb(shape, 1, false), fc.integer({ min: 0, max: shape.length - 1 })));
  test.each(Object.keys(FUNCTIONS))("%s", (name) => {
    const f = FUNCTIONS[name] as (x: nb.NDArray, axis: number) => Result;
    fc.assert(
      fc.property(cases, ([buffer, spec, axis]) => {
        const view = materialize(spec, [buffer]);
        let expected: Result | Error;
        try {
          expected = f(view.copy(), axis);
        } catch (e) {
          expected = e as Error;
        }
        if (expected instanceof Error) {
          expect(() => f(view, axis)).toThrow(expected.constructor as new () => Error);
          return;
        }
        expect(same(f(view, axis), expected)).toBe(true);
      }),
      { numRuns: 150, seed: 161 },
    );
  });
});
