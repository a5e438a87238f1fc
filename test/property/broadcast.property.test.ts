import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { broadcastShapes, broadcastTo, padWithOnes } from "../../src/index.js";
import { arrayOfShape, compatibleShapesArb, sameArray, shapeArb } from "./arbitraries.js";

const RUNS = { numRuns: 1000, seed: 20261126 };

/** broadcastShapes as a value: the shape, or "error". */
const resolve = (...shapes: number[][]): readonly number[] | "error" => {
  try {
    return broadcastShapes(...shapes);
  } catch {
    return "error";
  }
};

describe("broadcastShapes laws", () => {
  test("is commutative", () => {
    fc.assert(
      fc.property(fc.oneof(compatibleShapesArb(2), fc.tuple(shapeArb, shapeArb)), ([x, y]) => {
        expect(resolve(x as number[], y as number[])).toEqual(resolve(y as number[], x as number[]));
      }),
      RUNS,
    );
  });
  test("is associative", () => {
    fc.assert(
      fc.property(fc.oneof(compatibleShapesArb(3), fc.tuple(shapeArb, shapeArb, shapeArb)), ([x, y, z]) => {
        const [a, b, c] = [x, y, z] as number[][] as [number[], number[], number[]];
        const left = resolve(a, b);
        const right = resolve(b, c);
        const all = resolve(a, b, c);
        expect(left === "error" ? "error" : resolve([...left], c)).toEqual(all);
        expect(right === "error" ? "error" : resolve(a, [...right])).toEqual(all);
      }),
      RUNS,
    );
  });
  test("broadcasting a shape with itself changes nothing", () => {
    fc.assert(
      fc.property(shapeArb, (s) => {
        expect(broadcastShapes(s, s)).toEqual(s);
      }),
      RUNS,
    );
  });
});

describe("broadcasting is padding with ones", () => {
  test("broadcastTo(a, s).copy() equals padWithOnes(a, s) bit for bit", () => {
    fc.assert(
      fc.property(
        compatibleShapesArb(2).chain(([from, to]) => {
          const target = broadcastShapes(from as number[], to as number[]);
          return fc.tuple(arrayOfShape(from as number[]), fc.constant(target));
        }),
        ([a, target]) => {
          expect(sameArray(broadcastTo(a, target).copy(), padWithOnes(a, target))).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

const BINARY = ["add", "subtract", "multiply", "divide", "power", "maximum", "minimum"] as const;
type Binary = (a: nb.NDArray, b: nb.NDArray, o?: nb.OutOptions) => nb.NDArray;

describe("an op on broadcast operands equals the op on materialized copies", () => {
  test.each(BINARY)("%s", (name) => {
    const fn = nb[name] as Binary;
    fc.assert(
      fc.property(
        compatibleShapesArb(2).chain(([sa, sb]) => fc.tuple(arrayOfShape(sa as number[]), arrayOfShape(sb as number[]))),
        ([a, b]) => {
          const shape = broadcastShapes(a.shape, b.shape);
          const expected = fn(padWithOnes(a, shape), padWithOnes(b, shape));
          expect(sameArray(fn(a, b), expected)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

describe("out= aliasing an input gives the as-if-copied result", () => {
  test.each(BINARY)("%s(x, y, { out: x }) and %s(x, x.T-like view, { out: x })", (name) => {
    const fn = nb[name] as Binary;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(arrayOfShape([n, n]), arrayOfShape([n]))),
        ([x, y]) => {
          const fresh = fn(x.copy(), y);
          const inPlace = x.copy();
          fn(inPlace, y, { out: inPlace });
          expect(sameArray(inPlace, fresh)).toBe(true);
          const withT = fn(x.copy(), x.T.copy());
          const aliased = x.copy();
          fn(aliased, aliased.T, { out: aliased });
          expect(sameArray(aliased, withT)).toBe(true);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe("large operands go through the cwise kernels and agree with the small-array loops", () => {
  test.each(BINARY)("%s on (80, 70) with (70,), (80, 1), a transposed and a contiguous (80, 70)", (name) => {
    const fn = nb[name] as Binary;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        const vals = (n: number, k: number): number[] => Array.from({ length: n }, (_, i) => Math.sin(i * 7.1 + seed + k) * 3);
        const A = nb.array(vals(80 * 70, 1)).reshape(80, 70);
        const T = nb.array(vals(70 * 80, 2)).reshape(70, 80).T;
        const row = nb.array(vals(70, 3));
        const col = nb.array(vals(80, 4)).reshape(80, 1);
        const flatB = nb.array(vals(80 * 70, 5)).reshape(80, 70);
        // loops: a row, a column, a contiguous operand; ndarray-ops: a transpose, alone and with a
        // broadcast row (the view that takes the output's loop order)
        for (const [x, other] of [[A, row], [A, col], [A, flatB], [A, T], [T, row]] as const) {
          const big = fn(x, other);
          // the same rows one at a time: 70 elements each, through the hand-written loops
          const byRow = Array.from({ length: 80 }, (_, i) => {
            const xi = nb.fromNdarray(x.toNdarray().pick(i, null)).copy();
            const oi = other.shape[0] === 80 ? nb.fromNdarray(other.toNdarray().pick(i, null)).copy() : other;
            return fn(xi, oi).tolist();
          });
          expect(big.tolist()).toEqual(byRow);
        }
      }),
      { numRuns: 5, seed: 3 },
    );
  });
});
