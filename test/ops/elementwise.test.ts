import ndarray from "../scijs-ndarray.js";
import { describe, expect, test } from "vitest";
import {
  add,
  arange,
  array,
  BroadcastError,
  broadcastTo,
  divide,
  DTypeError,
  exp,
  fromNdarray,
  map,
  multiply,
  power,
  ReadOnlyError,
  subtract,
  tanh,
  zeros,
} from "../../src/index.js";
import { flat } from "../helpers.js";

describe("operands", () => {
  test("nested arrays and typed arrays are accepted", () => {
    expect(add([1, 2], new Float32Array([0.5, 0.5])).tolist()).toEqual([1.5, 2.5]);
  });
  test("two JS numbers give a 0-d float64 array", () => {
    const r = multiply(3, 4);
    expect(r.shape).toEqual([]);
    expect(r.dtype).toBe("float64");
    expect(r.get()).toBe(12);
  });
  test.each([
    ["a string", "x", 'add: argument 2 is a string ("x"); expected an NDArray, a nested array of numbers, a typed array, a number or a boolean'],
    ["undefined", undefined, "add: argument 2 is undefined; expected"],
    ["null", null, "add: argument 2 is null; expected"],
    ["a BigInt", 1n, "add: argument 2 is a BigInt (1n); expected"],
    ["an object", { a: 1 }, "add: argument 2 is an Object; expected"],
  ])("%s is refused with DTypeError", (_name, bad, message) => {
    expect(() => add(array([1]), bad as never)).toThrow(DTypeError);
    expect(() => add(array([1]), bad as never)).toThrow(message);
  });
  test("incompatible shapes name both shapes and the axis", () => {
    expect(() => add(zeros([2, 3]), zeros([4]))).toThrow(BroadcastError);
    expect(() => add(zeros([2, 3]), zeros([4]))).toThrow("add: cannot broadcast shapes (2, 3) and (4,): axis -1 has 3 vs 4");
  });
});

describe("weak scalars (NEP 50)", () => {
  test("a JS number takes the array's dtype", () => {
    expect(add(array([1], { dtype: "float32" }), 1.5).dtype).toBe("float32");
    expect(add(array([1], { dtype: "uint8" }), 2).dtype).toBe("uint8");
    expect(add(array([1], { dtype: "int8" }), 2.5).dtype).toBe("float64");
    expect(add(array([1], { dtype: "int8" }), -0).dtype).toBe("float64");
  });
  test("an integral number out of the integer dtype's range is refused, as numpy's OverflowError", () => {
    expect(() => add(array([1], { dtype: "uint8" }), 300)).toThrow(DTypeError);
    expect(() => add(array([1], { dtype: "uint8" }), 300)).toThrow(
      "add: the number 300 is out of bounds for uint8 (0 to 255); as in numpy 2, a JS number takes the array's dtype",
    );
  });
  test("true division of integers by any number runs in float64", () => {
    expect(divide(array([1], { dtype: "uint8" }), 300).dtype).toBe("float64");
  });
  test("integer powers refuse negative exponents before writing", () => {
    const out = zeros([2], { dtype: "int32" });
    const base = array([2, 3], { dtype: "int32" });
    expect(() => power(base, array([1, -1], { dtype: "int32" }), { out })).toThrow(DTypeError);
    expect(() => power(base, -1)).toThrow("power: integers to negative integer powers are not allowed");
    expect(out.tolist()).toEqual([0, 0]);
  });
});

describe("out", () => {
  test("is returned, and inputs broadcast to it", () => {
    const out = zeros([2, 3]);
    expect(add([1, 2, 3], 1, { out })).toBe(out);
    expect(out.tolist()).toEqual([[2, 3, 4], [2, 3, 4]]);
  });
  test("is never broadcast: (2, 3) -= (1, 1, 3) is an error, and nothing is written", () => {
    const a = arange(6).reshape(2, 3);
    expect(() => subtract(a, zeros([1, 1, 3]), { out: a })).toThrow(BroadcastError);
    expect(() => subtract(a, zeros([1, 1, 3]), { out: a })).toThrow(
      "subtract: out has shape (2, 3) but the result has shape (1, 2, 3); out is never broadcast",
    );
    expect(flat(a)).toEqual([0, 1, 2, 3, 4, 5]);
  });
  test("a read-only out throws ReadOnlyError and nothing is written", () => {
    const v = array([1, 2, 3]);
    const view = broadcastTo(v, [2, 3]);
    expect(() => add(view, 1, { out: view })).toThrow(ReadOnlyError);
    expect(() => tanh(view, { out: view })).toThrow("tanh: out of shape (2, 3) is read-only");
    expect(v.tolist()).toEqual([1, 2, 3]);
  });
  test("casting follows same_kind: float into an integer out is refused", () => {
    const out = zeros([2], { dtype: "int32" });
    expect(() => exp(array([0, 1]), { out })).toThrow(DTypeError);
    expect(() => exp(array([0, 1]), { out })).toThrow("exp: cannot cast the float64 result to out's dtype int32 under numpy's same_kind casting");
    expect(out.tolist()).toEqual([0, 0]);
  });
  test("the result is computed in the result dtype, then cast into out", () => {
    const out = zeros([1], { dtype: "float64" });
    add(array([2147483647], { dtype: "int32" }), array([1], { dtype: "int32" }), { out });
    expect(out.get(0)).toBe(-2147483648);
  });
  test("out must be an NDArray", () => {
    expect(() => add(1, 2, { out: [0] as never })).toThrow("add: out must be an NDArray, got an Array");
  });
  test("x += x.T reads as if x were copied first", () => {
    const x = arange(9).reshape(3, 3);
    add(x, x.T, { out: x });
    expect(x.tolist()).toEqual([[0, 4, 8], [4, 8, 12], [8, 12, 16]]);
  });
  test("an out over the same bytes as an input of another dtype reads the input first", () => {
    const buffer = new ArrayBuffer(16);
    const bytes = fromNdarray(ndarray(new Uint8Array(buffer), [2]));
    bytes.set(0, 3);
    bytes.set(1, 4);
    const out = fromNdarray(ndarray(new Float64Array(buffer), [2]));
    // Writing out[0] overwrites bytes 0–7, so a loop without a copy would read bytes[1] as 0.
    add(bytes, array([0.5, 0.5]), { out });
    expect(flat(out)).toEqual([3.5, 4.5]);
  });
});

describe("map", () => {
  test("applies any scalar function, keeping float dtypes", () => {
    expect(map(array([1, 2], { dtype: "float32" }), (x) => x / 2).dtype).toBe("float32");
    expect(map(array([1, 2], { dtype: "int32" }), (x) => x / 2).tolist()).toEqual([0.5, 1]);
    expect(map(array([1, 2]), (x) => x, { dtype: "uint8" }).dtype).toBe("uint8");
  });
  test("a throwing function leaves out untouched", () => {
    const out = zeros([3]);
    let calls = 0;
    const fn = (x: number): number => {
      if (++calls === 3) throw new Error("boom");
      return x;
    };
    expect(() => map(array([1, 2, 3]), fn, { out })).toThrow("boom");
    expect(out.tolist()).toEqual([0, 0, 0]);
  });
  test("refuses a non-function", () => {
    expect(() => map(array([1]), 3 as never)).toThrow("map: argument 2 must be a function, got a number");
  });
});

describe("two arrays without options (the short path) give what the general path gives", () => {
  // `{}` as options sends the same call through the general path (operand records, readOut)
  const both = (f: (a: never, b: never, o?: object) => unknown, a: unknown, b: unknown): [unknown, unknown] => {
    const run = (o?: object): unknown => {
      try {
        const r = f(a as never, b as never, o) as ReturnType<typeof add>;
        return { dtype: r.dtype, shape: r.shape, values: r.tolist(), strides: r.strides, readonly: r.readonly };
      } catch (e) {
        return { error: (e as Error).constructor.name, message: (e as Error).message };
      }
    };
    return [run(), run({})];
  };
  const dtypes = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "float32", "float64"] as const;
  const shapes = [[], [3], [1], [2, 3], [2, 1], [1, 3], [0, 3], [4]];
  const functions = { add, subtract, multiply, divide, power } as Record<string, (a: never, b: never, o?: object) => unknown>;
  test.each(Object.keys(functions))("%s: every pair of dtypes and shapes, values, dtypes and errors", (name) => {
    const f = functions[name] as (a: never, b: never, o?: object) => unknown;
    for (const da of dtypes) {
      for (const db of ["bool", "int16", "uint32", "float32", "float64"] as const) {
        for (const sa of shapes) {
          for (const sb of shapes) {
            const a = arange(sa.reduce((p, n) => p * n, 1)).astype(da).reshape(sa);
            const b = subtract(arange(sb.reduce((p, n) => p * n, 1)), 1).astype(db).reshape(sb);
            const [short, general] = both(f, a, b);
            expect(short, `${name} ${da}${JSON.stringify(sa)} ${db}${JSON.stringify(sb)}`).toEqual(general);
          }
        }
      }
    }
  });
  test("views with offsets, steps, negative and zero strides", () => {
    const m = arange(24).reshape(4, 6);
    const views = [m.index("1:3", "::2"), m.index("::-1", 1), m.T, broadcastTo(arange(3), [4, 3]), m.index(2)];
    for (const a of views) for (const b of views) expect(both(add as never, a, b)).toSatisfy(([s, g]: [unknown, unknown]) => JSON.stringify(s) === JSON.stringify(g));
  });
  test("a look-alike or an unreachable array in either place is refused as before", () => {
    const real = arange(3);
    const detached = arange(3);
    structuredClone(detached.data.buffer, { transfer: [detached.data.buffer as ArrayBuffer] });
    for (const bad of [new Proxy(arange(3), {}), Object.create(arange(3)) as unknown, detached]) {
      for (const [a, b, position] of [[real, bad, 2], [bad, real, 1]] as const) {
        const [short, general] = both(add as never, a, b);
        expect(short).toEqual(general);
        expect((short as { error: string }).error).toBe("DTypeError");
        if (bad !== detached) expect((short as { message: string }).message).toContain(`argument ${position} only looks like an NDArray`);
        else expect((short as { message: string }).message).toContain("detached");
      }
    }
  });
});
