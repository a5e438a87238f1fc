import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { abs, add, array, broadcastShapes, broadcastTo, diag, hadamard, matmul, multiply, padWithOnes, sum, unbroadcast, type NDArray } from "../../src/index.js";
import { compatibleShapesArb, sameArray } from "./arbitraries.js";

const RUNS = { numRuns: 1000, seed: 4 };
const finite = fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true });
const finiteArray = (shape: readonly number[]): fc.Arbitrary<NDArray> => {
  const size = shape.reduce((p, d) => p * d, 1);
  return fc.array(finite, { minLength: size, maxLength: size }).map((v) => array(v).reshape([...shape]));
};
const inner = (a: NDArray, b: NDArray): number => sum(multiply(a, b)).get() as number;

describe("unbroadcast is the adjoint of broadcastTo", () => {
  test("⟨broadcastTo(x, s), y⟩ = ⟨x, unbroadcast(y, x.shape)⟩", () => {
    fc.assert(
      fc.property(
        compatibleShapesArb(2).chain(([from, other]) => {
          const target = broadcastShapes(from as number[], other as number[]);
          return fc.tuple(finiteArray(from as number[]), finiteArray(target));
        }),
        ([x, y]) => {
          const left = inner(broadcastTo(x, y.shape), y);
          const right = inner(x, unbroadcast(y, x.shape));
          // The two sides add the same products in another order: equal up to rounding of Σ|x||y|.
          const scale = inner(abs(broadcastTo(x, y.shape)), abs(y));
          expect(Math.abs(left - right)).toBeLessThanOrEqual(1e-12 * scale);
        },
      ),
      RUNS,
    );
  });
});

describe("a ⊙ b = Diag(a) b", () => {
  test("hadamard(a, b) equals matmul(diag(a), b) for finite vectors (up to the sign of zero)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }).chain((n) => fc.tuple(finiteArray([n]), finiteArray([n]))),
        ([a, b]) => {
          // Diag(a) b adds the products 0·b_j: exact, but a -0 product becomes +0.
          expect(sameArray(add(hadamard(a, b), 0), matmul(diag(a), b))).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

describe("summing a ones-padding back gives a multiple", () => {
  test("sum(padWithOnes(v, [m, n]), axis 0) = m · v", () => {
    const small = fc.integer({ min: -50, max: 50 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }).chain((n) => fc.array(small, { minLength: n, maxLength: n })),
        (m, values) => {
          const v = array(values);
          const padded = padWithOnes(v, [m, values.length]);
          // (+0 normalizes the sign of zero: an empty sum is +0, while 0 · -1 is -0.)
          expect(sameArray(add(sum(padded, { axis: 0 }), 0), add(multiply(v, m), 0))).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
