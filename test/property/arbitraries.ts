import fc from "fast-check";
import { array, type DType, type NDArray } from "../../src/index.js";

/** A shape of rank 0–4 with sizes 0–4. */
export const shapeArb = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 });

/**
 * `count` shapes that broadcast together: each drops some leading axes of a common shape and
 * turns some sizes into 1.
 */
export const compatibleShapesArb = (count: number): fc.Arbitrary<number[][]> =>
  shapeArb.chain((base) =>
    fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: base.length }),
        fc.array(fc.boolean(), { minLength: base.length, maxLength: base.length }),
      ),
      { minLength: count, maxLength: count },
    ).map((specs) => specs.map(([drop, ones]) => base.slice(drop).map((d, i) => (ones[drop + i] ? 1 : d)))),
  );

/** Doubles including the special values that numpy's semantics pin down. */
export const valueArb = fc.oneof(
  fc.double({ noDefaultInfinity: false, noNaN: false }),
  fc.constantFrom(0, -0, 1, -1, 0.5, NaN, Infinity, -Infinity),
  fc.integer({ min: -5, max: 5 }),
);

/** An array of `shape` with arbitrary float values. */
export const arrayOfShape = (shape: readonly number[], dtype: DType = "float64"): fc.Arbitrary<NDArray> => {
  const size = shape.reduce((p, d) => p * d, 1);
  return fc
    .array(valueArb, { minLength: size, maxLength: size })
    .map((values) => array(values, { dtype }).reshape([...shape]));
};

/** Bitwise equality of two arrays' dtypes, shapes and elements (NaN equals NaN; -0 differs from 0). */
export function sameArray(a: NDArray, b: NDArray): boolean {
  if (a.dtype !== b.dtype || a.shape.length !== b.shape.length || a.shape.some((d, i) => d !== b.shape[i])) return false;
  const x = a.copy().data;
  const y = b.copy().data;
  for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
  return true;
}
