// where(cond, x, y) against an elementwise reference written with plain loops over get(), on
// random broadcast-compatible shapes, random dtypes (the result is their promotion) and random
// layouts (transposed and reversed views, JS scalars); and clip as where's composition.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import type { DType, NDArray } from "../../src/index.js";
import { arrayOfShape, compatibleShapesArb } from "./arbitraries.js";

const RUNS = { numRuns: 400, seed: 20261201 };

/** Element `idx` (of the broadcast shape `shape`) of `x`, broadcasting as numpy. */
function at(x: NDArray | number | boolean, idx: readonly number[]): number {
  if (typeof x !== "object") return Number(x);
  const lead = idx.length - x.ndim;
  return Number(x.get(...x.shape.map((n, i) => (n === 1 ? 0 : (idx[lead + i] as number)))));
}

function* indices(shape: readonly number[]): Generator<number[]> {
  const n = shape.reduce((p, d) => p * d, 1);
  for (let k = 0; k < n; k++) {
    const idx: number[] = [];
    let r = k;
    for (let i = shape.length - 1; i >= 0; i--) {
      idx[i] = r % (shape[i] as number);
      r = Math.floor(r / (shape[i] as number));
    }
    yield idx;
  }
}

const dtypeArb = fc.constantFrom<DType>("float64", "float32", "int8", "uint8", "int16", "int32", "bool");

/** A value `v` of `dtype` as the array stores it. */
const stored = (dtype: DType, v: number): number => {
  const cell = new nb.DTYPES[dtype].ctor(1);
  cell[0] = dtype === "bool" ? +(v !== 0) : Number.isFinite(v) || dtype.startsWith("float") ? v : 0;
  return cell[0] as number;
};

/** An array of `shape` and `dtype`, sometimes as a reversed or transposed view. */
const operandArb = (shape: readonly number[], dtype: DType): fc.Arbitrary<NDArray> =>
  fc.tuple(arrayOfShape(shape), fc.constantFrom("plain", "reversed", "transposed")).map(([a, layout]) => {
    const v = nb.array(a.tolist() as number[], { dtype: "float64" });
    const data = (a.size > 0 ? (v.reshape(-1).tolist() as number[]) : []).map((x) => stored(dtype, x));
    const base = nb.array(data, { dtype }).reshape([...shape]);
    if (layout === "transposed" && shape.length >= 2) return nb.array(base.T.tolist() as number[], { dtype }).T;
    if (layout === "reversed" && shape.length === 1 && (shape[0] as number) > 0) {
      const rev = nb.array([...data].reverse(), { dtype });
      return nb.fromNdarray(nb.array(rev).toNdarray().step(-1) as never);
    }
    return base;
  });

describe("where(cond, x, y) equals the elementwise reference", () => {
  test("on random broadcast shapes, dtypes and layouts", () => {
    fc.assert(
      fc.property(
        compatibleShapesArb(3).chain((shapes) =>
          fc.tuple(fc.constant(shapes), dtypeArb, dtypeArb, dtypeArb).chain(([s, dc, dx, dy]) =>
            fc.tuple(operandArb(s[0] as number[], dc), operandArb(s[1] as number[], dx), operandArb(s[2] as number[], dy)),
          ),
        ),
        ([c, x, y]) => {
          const r = nb.where(c, x, y);
          const shape = nb.broadcastShapes(c.shape, x.shape, y.shape);
          expect(r.shape).toEqual(shape);
          expect(r.dtype).toBe(nb.promoteTypes(x.dtype, y.dtype));
          for (const idx of indices(shape)) {
            const want = stored(r.dtype, at(c, idx) !== 0 ? at(x, idx) : at(y, idx));
            expect(Object.is(Number(r.get(...idx)), want) || (Number.isNaN(want) && Number.isNaN(Number(r.get(...idx))))).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  test("with JS scalars in any position (weak: the array's dtype wins)", () => {
    fc.assert(
      fc.property(
        compatibleShapesArb(2).chain(([s1, s2]) =>
          fc.tuple(operandArb(s1 as number[], "bool"), operandArb(s2 as number[], "float32"), fc.constantFrom(0, -1, 2.5, NaN, true)),
        ),
        ([c, x, s]) => {
          const r = nb.where(c, x, s);
          expect(r.dtype).toBe("float32");
          const shape = nb.broadcastShapes(c.shape, x.shape);
          for (const idx of indices(shape)) {
            const want = Math.fround(at(c, idx) !== 0 ? at(x, idx) : Number(s));
            const got = Number(r.get(...idx));
            expect(Object.is(got, want) || (Number.isNaN(want) && Number.isNaN(got))).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  test("into an out that overlaps its operands gives the as-if-copied result", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }).chain((n) => fc.tuple(arrayOfShape([n]), arrayOfShape([n]))), ([a, b]) => {
        const cond = nb.greater(a, b);
        const want = nb.where(cond, b.copy(), a.copy());
        nb.where(cond, b, a, { out: a });
        expect(a.tolist()).toEqual(want.tolist());
      }),
      RUNS,
    );
  });
});

describe("clip is where's composition", () => {
  test("clip(x, lo, hi) = minimum(maximum(x, lo), hi) with array bounds", () => {
    fc.assert(
      fc.property(
        compatibleShapesArb(3).chain(([s1, s2, s3]) => fc.tuple(arrayOfShape(s1 as number[]), arrayOfShape(s2 as number[]), arrayOfShape(s3 as number[]))),
        ([x, lo, hi]) => {
          expect(nb.clip(x, lo, hi).tolist()).toEqual(nb.minimum(nb.maximum(x, lo), hi).tolist());
        },
      ),
      RUNS,
    );
  });
});
