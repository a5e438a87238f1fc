/**
 * .npy files written by numpy (test/fixtures/npy/, listed with their arrays in
 * test/fixtures/npy.json by scripts/gen_npy.py): every dtype, C and Fortran order, versions 1.0
 * and 2.0, big-endian, 0-d and empty. fromNpy reads each exactly; toNpy writes np.save's bytes.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { arrayOfDoubles, decode, expectArray, flat, readFixture, type FixtureArray } from "../helpers.js";

interface File {
  name: string;
  array: FixtureArray;
  fortran: boolean;
  saved: boolean;
}
const { files } = readFixture<{ files: File[] }>("npy.json");
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/npy/${name}.npy`, import.meta.url))));

describe("fromNpy reads what numpy writes", () => {
  test.each(files.map((f) => [f.name, f] as const))("%s", (_, f) => {
    const a = nb.fromNpy(bytesOf(f.name));
    expectArray(a, f.array, 0, f.name);
    expect(a.readonly).toBe(false);
    if (f.fortran) expect(a.strides[0]).toBe(1); // Fortran strides, as np.load gives
    // an ArrayBuffer and an unaligned Uint8Array read the same
    const b = bytesOf(f.name);
    const shifted = new Uint8Array(b.length + 1);
    shifted.set(b, 1);
    expectArray(nb.fromNpy(shifted.subarray(1)), f.array, 0, `${f.name} (unaligned)`);
    expectArray(nb.fromNpy(b.slice().buffer), f.array, 0, `${f.name} (ArrayBuffer)`);
  });
});

describe("toNpy writes np.save's bytes", () => {
  test.each(files.filter((f) => f.saved).map((f) => [f.name, f] as const))("%s", (_, f) => {
    expect(Buffer.from(nb.toNpy(decode(f.array))).equals(Buffer.from(bytesOf(f.name)))).toBe(true);
  });

  test("a Fortran-ordered or strided view is written in C order", () => {
    const f = files.find((x) => x.name === "float64_f") as File;
    const a = nb.fromNpy(bytesOf(f.name));
    const back = nb.fromNpy(nb.toNpy(a));
    expect(back.strides).toEqual([12, 4, 1]);
    expect(flat(back)).toEqual(flat(decode(f.array)));
    const v = nb.index(nb.arange(10), nb.slice(null, null, -3));
    expect(nb.fromNpy(nb.toNpy(v)).tolist()).toEqual([9, 6, 3, 0]);
  });

  test("version [2, 0] on request; the same array read back", () => {
    const bytes = nb.toNpy(nb.arange(6).reshape([3, 2]), { version: [2, 0] });
    expect(Buffer.from(bytes).equals(Buffer.from(bytesOf("float64_v2")))).toBe(true);
  });
});

describe("round trips", () => {
  const dtypes = Object.keys(nb.DTYPES) as nb.DType[];
  test("toNpy then fromNpy, and toJSON then fromJSON, keep dtype, shape and every bit", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...dtypes),
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
        fc.array(fc.double(), { minLength: 81, maxLength: 81 }),
        (dtype, shape, values) => {
          const a = arrayOfDoubles(dtype, shape, values);
          for (const b of [nb.fromNpy(nb.toNpy(a)), nb.fromJSON(JSON.stringify(a)), nb.fromJSON(structuredClone(a.toJSON()))]) {
            expect(b.dtype).toBe(dtype);
            expect(b.shape).toEqual(shape);
            const got = flat(b);
            flat(a).forEach((w, i) => expect(Object.is(got[i], w), `element ${i}: ${got[i]} vs ${w}`).toBe(true));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("bad input", () => {
  const good = nb.toNpy(nb.array([1, 2]));
  test.each([
    ["not npy", new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), /not a .npy file/],
    ["version", Uint8Array.from([...good.subarray(0, 6), 4, 0, ...good.subarray(8)]), /format version 4.0/],
    ["truncated data", good.subarray(0, good.length - 1), /needs 16 bytes of data; the file has 15/],
    ["truncated header", good.subarray(0, 20), /ends inside its header/],
    ["not bytes", [1, 2, 3], /expected the file's bytes/],
  ])("fromNpy: %s", (_, input, message) => {
    expect(() => nb.fromNpy(input as Uint8Array)).toThrow(nb.DTypeError);
    expect(() => nb.fromNpy(input as Uint8Array)).toThrow(message);
  });

  test("fromNpy names a dtype the library does not have", () => {
    const bytes = good.slice();
    bytes[Buffer.from(bytes).indexOf("<f8") + 1] = "c".charCodeAt(0);
    expect(() => nb.fromNpy(bytes)).toThrow(/dtype '<c8', which this library does not have/);
  });

  test("toNpy refuses a non-array, a Proxy and unknown options or versions", () => {
    expect(() => nb.toNpy([1, 2] as never)).toThrow(nb.DTypeError);
    expect(() => nb.toNpy(new Proxy(nb.array([1]), {}))).toThrow(nb.DTypeError);
    expect(() => nb.toNpy(nb.array([1]), { version: [3, 0] as never })).toThrow(/version must be \[1, 0\] or \[2, 0\]/);
    expect(() => nb.toNpy(nb.array([1]), { allowPickle: true } as never)).toThrow(/allowPickle/);
  });

  test.each([
    ["not a record", "[1, 2]", /expected an array's JSON record/],
    ["not JSON", "{", /not JSON/],
    ["dtype", { dtype: "complex64", shape: [1], data: [1] }, /unknown dtype/],
    ["size", { dtype: "float64", shape: [2, 2], data: [1, 2, 3] }, /shape \(2, 2\) holds 4 elements but the record's data has 3/],
    ["string in an int array", { dtype: "int8", shape: [1], data: ["nan"] }, /the elements of an array of dtype int8 are integers/],
    ["unknown string", { dtype: "float64", shape: [1], data: ["NaN"] }, /the strings allowed are/],
    ["out of range", { dtype: "uint8", shape: [1], data: [256] }, nb.DTypeError],
  ])("fromJSON: %s", (_, input, message) => {
    expect(() => nb.fromJSON(input as never)).toThrow(message);
  });
});
