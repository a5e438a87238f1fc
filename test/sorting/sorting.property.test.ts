import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { argpartition, argsort, array, partition, searchsorted, sort, unique, type NDArray } from "../../src/index.js";
import { valueArb } from "../property/arbitraries.js";

const RUNS = { numRuns: 100, seed: 16 };

/** Values with many ties (small integers, ±0, NaN, ±inf) or arbitrary doubles; long enough at times for the radix path. */
const tiedValues = fc.oneof(
  fc.array(fc.constantFrom(0, -0, 1, 2, -1, NaN, Infinity, -Infinity), { maxLength: 40 }),
  fc.array(valueArb, { maxLength: 40 }),
  fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1000, maxLength: 1500 }),
  fc.array(fc.oneof(valueArb, fc.constantFrom(0, -0, NaN)), { minLength: 1024, maxLength: 1300 }),
);

/** numpy's order: NaN last, -0 equal to +0. */
const before = (a: number, b: number): boolean => a < b || (Number.isNaN(b) && !Number.isNaN(a));
const same = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));
const values = (a: NDArray): number[] => Array.from(a.copy().data);

/** The first position where `idx` does not sort `v` stably (ascending, or the mirror), or -1. */
function firstOutOfOrder(v: readonly number[], idx: readonly number[], descending: boolean): number {
  for (let k = 1; k < idx.length; k++) {
    const p = v[idx[k - 1] as number] as number;
    const q = v[idx[k] as number] as number;
    const [lo, hi] = descending ? [q, p] : [p, q];
    if (before(hi, lo) || (!before(lo, hi) && (idx[k - 1] as number) > (idx[k] as number))) return k;
  }
  return -1;
}

describe("sort and argsort", () => {
  test("argsort is a permutation that orders the values, ties in their original order (stable)", () => {
    fc.assert(
      fc.property(tiedValues, (v) => {
        const idx = values(argsort(array(v)));
        expect([...idx].sort((a, b) => a - b)).toEqual(v.map((_, i) => i));
        expect(firstOutOfOrder(v, idx, false), "first position out of order").toBe(-1);
      }),
      RUNS,
    );
  });

  test("descending: the mirror order (NaN first), ties still in their original order", () => {
    fc.assert(
      fc.property(tiedValues, (v) => {
        const idx = values(argsort(array(v), { descending: true }));
        expect(firstOutOfOrder(v, idx, true), "first position out of order").toBe(-1);
      }),
      RUNS,
    );
  });

  test("sort is the input gathered by argsort, bit for bit (-0 and +0 where they were)", () => {
    fc.assert(
      fc.property(tiedValues, fc.boolean(), (v, descending) => {
        const idx = values(argsort(array(v), { descending }));
        const sorted = values(sort(array(v), { descending }));
        const bad = idx.findIndex((i, k) => !(Object.is(sorted[k], v[i]) || (Number.isNaN(sorted[k]) && Number.isNaN(v[i] as number))));
        expect(bad).toBe(-1);
      }),
      RUNS,
    );
  });

  test("along an axis of a matrix, each lane is sorted as the 1-D sort of that lane", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.array(valueArb, { minLength: 25, maxLength: 25 }), (r, c, v) => {
        const m = array(v.slice(0, r * c)).reshape(r, c);
        const byColumn = sort(m, { axis: 0 });
        for (let j = 0; j < c; j++) {
          const column = values(sort(array(Array.from({ length: r }, (_, i) => m.get(i, j)))));
          column.forEach((x, i) => expect(Object.is(byColumn.get(i, j), x)).toBe(true));
        }
      }),
      RUNS,
    );
  });
});

describe("unique", () => {
  test("values gathered by the inverse rebuild the input; counts add up; indices point at first occurrences", () => {
    fc.assert(
      fc.property(tiedValues, fc.boolean(), (v, equalNan) => {
        const [u, index, inverse, counts] = unique(array(v), { returnIndex: true, returnInverse: true, returnCounts: true, equalNan });
        const uv = values(u as NDArray);
        expect(values(inverse as NDArray).findIndex((g, i) => !same(uv[g] as number, v[i] as number))).toBe(-1);
        expect(values(counts as NDArray).reduce((s, c) => s + c, 0)).toBe(v.length);
        const inv = values(inverse as NDArray);
        values(index as NDArray).forEach((i, g) => {
          expect(Object.is(v[i], uv[g]) || (Number.isNaN(v[i] as number) && Number.isNaN(uv[g] as number))).toBe(true);
          // the first occurrence: no earlier element belongs to group g
          expect(inv.indexOf(g)).toBe(i);
        });
        for (let g = 1; g < uv.length; g++) expect(before(uv[g - 1] as number, uv[g] as number) || (!equalNan && Number.isNaN(uv[g] as number))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("searchsorted", () => {
  test("inserting each value at its left or right index keeps the array sorted; left ≤ right", () => {
    fc.assert(
      fc.property(tiedValues, fc.array(valueArb, { maxLength: 10 }), (v, q) => {
        const a = sort(array(v));
        const av = values(a);
        const left = values(searchsorted(a, array(q)));
        const right = values(searchsorted(a, array(q), { side: "right" }));
        q.forEach((t, i) => {
          const l = left[i] as number;
          const r = right[i] as number;
          expect(l).toBeLessThanOrEqual(r);
          for (const at of [l, r]) {
            if (at > 0) expect(before(t, av[at - 1] as number)).toBe(false);
            if (at < av.length) expect(before(av[at] as number, t)).toBe(false);
          }
          // left is the first place, right the last
          if (l > 0) expect(before(av[l - 1] as number, t)).toBe(true);
          if (r < av.length) expect(before(t, av[r] as number)).toBe(true);
        });
      }),
      RUNS,
    );
  });
});

describe("partition and argpartition", () => {
  test("the kth element is the sorted one; nothing before it is larger, nothing after it smaller", () => {
    fc.assert(
      fc.property(
        tiedValues.filter((v) => v.length > 0).chain((v) => fc.tuple(fc.constant(v), fc.integer({ min: -v.length, max: v.length - 1 }))),
        ([v, kth]) => {
          const k = kth < 0 ? kth + v.length : kth;
          const expected = values(sort(array(v)))[k] as number;
          const p = values(partition(array(v), kth));
          const viaIndex = values(argpartition(array(v), kth)).map((i) => v[i] as number);
          for (const part of [p, viaIndex]) {
            expect(same(part[k] as number, expected)).toBe(true);
            expect(part.findIndex((x, i) => (i < k && before(expected, x)) || (i > k && before(x, expected)))).toBe(-1);
          }
        },
      ),
      RUNS,
    );
  });
});
