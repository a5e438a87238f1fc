/**
 * `array(record)` and `fromJSON(record)`: the JSON record `a.toJSON()` writes read back with the
 * same dtype, shape and bits, and `array(record, { dtype })` cast as numpy's
 * `np.array(a, dtype=…)` casts (test/fixtures/json.json, scripts/gen_json.py: every dtype to every
 * dtype, 1-D, 2-D, 0-d, empty, NaN/±inf/−0 and range edges); round trips of non-contiguous and
 * broadcast sources; malformed records refused with the fix named.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { arrayOfDoubles, expectArray, flat, readFixture, type FixtureArray } from "../helpers.js";

interface Case {
  name: string;
  record: nb.NDArrayJSON;
  dtype: nb.DType | null;
  expected: FixtureArray;
  /** Elements (flat, C order) whose cast C leaves undefined (NaN, ±inf into an integer): astype's answer. */
  undefinedAt?: number[];
}
const { cases } = readFixture<{ cases: Case[] }>("json.json");

/** Every element equal with Object.is (NaN equals NaN, −0 differs from 0). */
function expectSameBits(got: nb.NDArray, want: nb.NDArray, label = ""): void {
  expect(got.dtype, `${label} dtype`).toBe(want.dtype);
  expect(got.shape, `${label} shape`).toEqual(want.shape);
  const g = flat(got);
  flat(want).forEach((w, i) => expect(Object.is(g[i], w), `${label} element ${i}: ${g[i]} vs ${w}`).toBe(true));
}

describe("array(record) and array(record, { dtype }) against numpy's np.array(a, dtype)", () => {
  test.each(cases.map((c) => [`${c.name} → ${c.dtype ?? "its own dtype"}`, c] as const))("%s", (label, c) => {
    const got = c.dtype === null ? nb.array(c.record) : nb.array(c.record, { dtype: c.dtype });
    const expected = { ...c.expected, data: c.expected.data.slice() };
    if (c.undefinedAt !== undefined && c.dtype !== null) {
      const astype = flat(nb.astype(nb.fromJSON(c.record), c.dtype));
      for (const i of c.undefinedAt) expected.data[i] = astype[i] as number;
    }
    expectArray(got, expected, 0, label);
    expect(got.readonly).toBe(false);
    // the same from the JSON text parsed, and from fromJSON when no cast is asked
    const parsed = JSON.parse(JSON.stringify(c.record)) as nb.NDArrayJSON;
    expectArray(c.dtype === null ? nb.array(parsed) : nb.array(parsed, { dtype: c.dtype }), expected, 0, `${label} (parsed)`);
    if (c.dtype === null) expectArray(nb.fromJSON(JSON.stringify(c.record)), c.expected, 0, `${label} (fromJSON)`);
  });

  test("the fixture covers every dtype as source and target, 0-d and empty", () => {
    const dtypes = Object.keys(nb.DTYPES);
    expect(new Set(cases.map((c) => c.record.dtype))).toEqual(new Set(dtypes));
    expect(new Set(cases.map((c) => c.dtype))).toEqual(new Set([null, ...dtypes]));
    expect(cases.some((c) => c.record.shape.length === 0)).toBe(true);
    expect(cases.some((c) => c.record.shape.includes(0))).toBe(true);
  });
});

describe("round trips: array(JSON.parse(JSON.stringify(a)))", () => {
  const dtypes = Object.keys(nb.DTYPES) as nb.DType[];
  const roundTrip = (a: nb.NDArray): nb.NDArray => nb.array(JSON.parse(JSON.stringify(a)) as nb.NDArrayJSON);

  test("every dtype, any shape, any view (transposed, reversed, strided, broadcast): same dtype, shape and bits, a fresh C-contiguous array", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...dtypes),
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }),
        fc.array(fc.double(), { minLength: 27, maxLength: 27 }),
        fc.constantFrom("as is", "transposed", "reversed", "every other", "broadcast"),
        (dtype, shape, values, view) => {
          let a = arrayOfDoubles(dtype, shape, values);
          if (view === "transposed") a = nb.transpose(a);
          else if (view === "reversed" && a.ndim > 0) a = nb.flip(a);
          else if (view === "every other" && a.ndim > 0) a = nb.index(a, "::2");
          else if (view === "broadcast") a = nb.broadcastTo(a, [2, ...a.shape]);
          const b = roundTrip(a);
          expectSameBits(b, a, `${dtype} ${view}`);
          expect(b.readonly).toBe(false);
          expect(b.strides).toEqual(nb.zeros(b.shape).strides);
          expect(b.data).not.toBe(a.data);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("NaN, ±inf and −0 keep their bits; 0-d and empty arrays keep their shapes", () => {
    const f = nb.array([NaN, Infinity, -Infinity, -0, 0, 5e-324], { dtype: "float64" });
    expectSameBits(roundTrip(f), f);
    const g = nb.array([NaN, Infinity, -0, 1e-45], { dtype: "float32" });
    expectSameBits(roundTrip(g), g);
    expect(roundTrip(nb.array(-0)).shape).toEqual([]);
    expect(Object.is(roundTrip(nb.array(-0)).item(), -0)).toBe(true);
    expect(roundTrip(nb.zeros([0, 3], { dtype: "int8" })).shape).toEqual([0, 3]);
    expect(roundTrip(nb.zeros([0, 3], { dtype: "int8" })).dtype).toBe("int8");
    expect(roundTrip(nb.array(true)).toString()).toBe("array(True)");
  });

  test("the record from toJSON() works without JSON in between, and with the record's own dtype asked", () => {
    const a = nb.arange(6, { dtype: "int16" }).reshape([2, 3]);
    expectSameBits(nb.array(a.toJSON()), a);
    expectSameBits(nb.array(a.toJSON(), { dtype: "int16" }), a);
    expectSameBits(nb.array(structuredClone(a.toJSON())), a);
  });
});

describe("what array refuses, naming the fix", () => {
  const ok: nb.NDArrayJSON = { dtype: "float64", shape: [2], data: [1, 2] };
  test.each([
    ["a JSON string", "[1, 2]", nb.DTypeError, /a string is not an array .*use fromJSON\(text\) or array\(JSON\.parse\(text\)\)/],
    ["a record's JSON text", JSON.stringify(ok), nb.DTypeError, /use fromJSON\(text\)/],
    ["an extra key", { ...ok, order: "C" }, nb.DTypeError, /exactly those three keys; this record has the unexpected key "order"/],
    ["a missing key", { dtype: "float64", shape: [2] }, nb.DTypeError, /this record has no data/],
    ["an unrelated object", { a: 1 }, nb.DTypeError, /this record has no dtype, shape, data and the unexpected key "a"/],
    ["a structuredClone of an NDArray", structuredClone(nb.array([1, 2])), nb.DTypeError, /structuredClone of an NDArray has no elements: send a\.toJSON\(\) instead/],
    ["an unknown dtype", { ...ok, dtype: "complex128" }, nb.DTypeError, /unknown dtype a string \("complex128"\) in the record; supported dtypes are float64, float32/],
    ["a shape that is not a list", { ...ok, shape: 2 }, nb.ShapeError, /shape must be a list of axis lengths/],
    ["a negative axis", { ...ok, shape: [-2] }, nb.ShapeError, /-2/],
    ["too few elements", { ...ok, shape: [2, 2] }, nb.ShapeError, /shape \(2, 2\) holds 4 elements but the record's data has 2/],
    ["too many elements", { ...ok, shape: [1] }, nb.ShapeError, /shape \(1,\) holds 1 elements but the record's data has 2/],
    ["data not a list", { ...ok, data: { 0: 1, 1: 2 } }, nb.DTypeError, /data must be a flat list of the elements in C order/],
    ["nested data", { ...ok, shape: [1, 2], data: [[1, 2]] }, nb.ShapeError, /holds 2 elements but the record's data has 1/],
    ["a fraction in an integer record", { dtype: "int8", shape: [1], data: [1.5] }, nb.DTypeError, /element 0 of the record is 1\.5, not an integer/],
    ["out of range", { dtype: "uint8", shape: [1], data: [256] }, nb.DTypeError, /256 is out of bounds for uint8/],
    ["NaN in an integer record", { dtype: "int32", shape: [1], data: ["nan"] }, nb.DTypeError, /element 0 of the record is a string \("nan"\); the elements of an array of dtype int32 are integers/],
    ["a misspelt special float", { dtype: "float32", shape: [1], data: ["NaN"] }, nb.DTypeError, /the strings allowed are "nan", "inf", "-inf" and "-0"/],
    ["an inherited property's name as a special float", { dtype: "float64", shape: [2], data: ["toString", "__proto__"] }, nb.DTypeError, /element 0 of the record is a string \("toString"\); the strings allowed are/],
    ["a number in a bool record", { dtype: "bool", shape: [1], data: [1] }, nb.DTypeError, /the elements of a bool array are true or false/],
    ["a boolean in a float record", { dtype: "float64", shape: [1], data: [true] }, nb.DTypeError, /element 0 of the record is a boolean/],
    ["null", null, nb.DTypeError, /./],
  ])("%s", (_, input, type, message) => {
    expect(() => nb.array(input as never)).toThrow(type);
    expect(() => nb.array(input as never)).toThrow(message);
  });

  test("options as for any array: { dtype } only, a known dtype", () => {
    expect(() => nb.array(ok, { order: "C" } as never)).toThrow(/unknown option "order"/);
    expect(() => nb.array(ok, { dtype: "float16" as never })).toThrow(nb.DTypeError);
    expect(() => nb.array(ok, 3 as never)).toThrow(/options must be an object/);
  });

  test("fromJSON refuses the same malformed records", () => {
    expect(() => nb.fromJSON({ ...ok, order: "C" } as never)).toThrow(/^fromJSON: .*unexpected key "order"/);
    expect(() => nb.fromJSON({ dtype: "int8", shape: [1], data: [1.5] })).toThrow(/^fromJSON: element 0 of the record is 1\.5, not an integer/);
  });

  test("asarray reads records as array does, under its own name", () => {
    const a = nb.array([[1, -0], [NaN, 3]], { dtype: "float32" });
    expectSameBits(nb.asarray(JSON.parse(JSON.stringify(a)) as nb.NDArrayJSON), a);
    expect(nb.asarray({ dtype: "int32", shape: [2], data: [300, -1] }, { dtype: "uint8" }).tolist()).toEqual([44, 255]);
    expect(() => nb.asarray(ok, { copy: false })).toThrow(/asarray: unable to avoid a copy/);
    expect(() => nb.asarray("[1]" as never)).toThrow(/^asarray: a string is not an array .*asarray\(JSON\.parse\(text\)\)/);
    expect(() => nb.asarray({ ...ok, order: "C" } as never)).toThrow(/^asarray: .*unexpected key "order"/);
  });

  test("other objects keep their meaning: iterables are lists, NDArrays are copied", () => {
    expect(nb.array(new Set([1, 2]) as never).tolist()).toEqual([1, 2]);
    const a = nb.array([1, 2], { dtype: "int8" });
    expectSameBits(nb.array(a), a);
  });
});
