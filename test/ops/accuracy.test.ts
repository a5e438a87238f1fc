// Accuracy of the transcendental functions computed with the library's own formulas (tanh),
// in ulps from the correctly rounded value (test/fixtures/accuracy.json: scripts/gen_accuracy.py,
// numpy's tanh in extended precision rounded to float64).
import { describe, expect, test } from "vitest";
import { array, tanh } from "../../src/index.js";
import { tanh64 } from "../../src/ops/kernels.js";
import { decodeNumber, readFixture, type FixtureNumber } from "../helpers.js";

const fixture = readFixture<{ tanh: { x: FixtureNumber[]; y: FixtureNumber[] } }>("accuracy.json");

/** The float64 as an integer that counts ulps monotonically through zero. */
function ordered(v: number): bigint {
  const bits = new BigInt64Array(new Float64Array([v]).buffer)[0] as bigint;
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}
const ulps = (a: number, b: number): number => Number(ordered(a) > ordered(b) ? ordered(a) - ordered(b) : ordered(b) - ordered(a));

describe("tanh", () => {
  const xs = fixture.tanh.x.map(decodeNumber);
  const want = fixture.tanh.y.map(decodeNumber);
  test(`within 1 ulp of the correctly rounded value on ${xs.length} points, and mostly exact`, () => {
    const got = tanh(array(xs)).data;
    const errors = xs.map((_, i) => ulps(got[i] as number, want[i] as number));
    expect(Math.max(...errors)).toBeLessThanOrEqual(1);
    // measured: 95% correctly rounded (Math.tanh on this machine: 78%, and up to 2 ulp off)
    expect(errors.filter((e) => e === 0).length / errors.length).toBeGreaterThan(0.9);
  });
  test("odd, monotone across the formula's switch points", () => {
    for (const x of xs) expect(Object.is(tanh64(-x), -tanh64(x))).toBe(true);
    const sweep = Array.from({ length: 20001 }, (_, i) => 0.62 + i * 1e-6).concat(Array.from({ length: 2001 }, (_, i) => 21.99 + i * 1e-5));
    for (let i = 1; i < sweep.length; i++) {
      if ((sweep[i] as number) > (sweep[i - 1] as number)) expect(tanh64(sweep[i] as number)).toBeGreaterThanOrEqual(tanh64(sweep[i - 1] as number));
    }
  });
  test("special values as numpy: ±0 keep their sign, ±inf give ±1, NaN stays NaN, tiny x gives x", () => {
    expect(Array.from(tanh(array([0, -0, Infinity, -Infinity, NaN, 5e-324, -1e-300, 1e-9])).data)).toEqual([
      0, -0, 1, -1, NaN, 5e-324, -1e-300, 1e-9,
    ]);
    expect(Object.is(tanh(array([-0])).data[0], -0)).toBe(true);
  });
  test("float32 results are the float64 value rounded once", () => {
    const x = xs.slice(0, 200);
    const got = tanh(array(x, { dtype: "float32" })).data;
    x.forEach((v, i) => expect(got[i]).toBe(Math.fround(tanh64(Math.fround(v)))));
  });
});
