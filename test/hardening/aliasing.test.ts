/**
 * Every overlap pattern of `out` with an input, on small arrays: the result must be the one
 * computed from a copy of the input (numpy ≥ 1.13's "as if copied" rule).
 */
import ndarray from "../scijs-ndarray.js";
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { flat } from "../helpers.js";

const LENGTH = 8;
/** Every 1-D view of `n` elements into a buffer of LENGTH, with strides ±1, ±2. */
function views(n: number): { offset: number; stride: number }[] {
  const out: { offset: number; stride: number }[] = [];
  for (const stride of [1, 2, -1, -2]) {
    for (let offset = 0; offset < LENGTH; offset++) {
      const last = offset + stride * (n - 1);
      if (last >= 0 && last < LENGTH) out.push({ offset, stride });
    }
  }
  return out;
}

const BINARY = ["add", "subtract", "multiply", "divide", "power", "maximum", "minimum", "hadamard"] as const;
const UNARY = ["negative", "abs", "exp", "sqrt", "square", "tanh", "relu", "sin"] as const;

const base = (): Float64Array => Float64Array.from({ length: LENGTH }, (_, i) => 0.5 + i * 0.25);
const view = (data: Float64Array, v: { offset: number; stride: number }, n: number): nb.NDArray => nb.fromNdarray(ndarray(data, [n], [v.stride], v.offset));

describe("out overlapping an input, every 1-D pattern", () => {
  const n = 3;
  const patterns = views(n).flatMap((input) => views(n).map((out) => ({ input, out })));
  test.each(BINARY)(`%s: ${patterns.length} patterns, as if the input were copied`, (name) => {
    const fn = nb[name] as (a: nb.NDArray, b: nb.NDArray, o: nb.OutOptions) => nb.NDArray;
    for (const { input, out } of patterns) {
      const data = base();
      const x = view(data, input, n);
      const other = nb.array([1.5, -2, 3]);
      const expected = flat(fn(x.copy(), other, {}));
      const o = view(data, out, n);
      const expectedBuffer = Array.from(data);
      expected.forEach((v, i) => (expectedBuffer[out.offset + out.stride * i] = v));
      fn(x, other, { out: o });
      expect(Array.from(data), `${name} input ${JSON.stringify(input)} out ${JSON.stringify(out)}`).toEqual(expectedBuffer);
      // the same with the aliased input second
      const data2 = base();
      const expected2 = flat(fn(other, view(data2, input, n).copy(), {}));
      const expectedBuffer2 = Array.from(data2);
      expected2.forEach((v, i) => (expectedBuffer2[out.offset + out.stride * i] = v));
      fn(other, view(data2, input, n), { out: view(data2, out, n) });
      expect(Array.from(data2)).toEqual(expectedBuffer2);
    }
  });
  test.each(UNARY)(`%s: ${patterns.length} patterns, as if the input were copied`, (name) => {
    const fn = nb[name] as (a: nb.NDArray, o: nb.OutOptions) => nb.NDArray;
    for (const { input, out } of patterns) {
      const data = base();
      const x = view(data, input, n);
      const expected = flat(fn(x.copy(), {}));
      const expectedBuffer = Array.from(data);
      expected.forEach((v, i) => (expectedBuffer[out.offset + out.stride * i] = v));
      fn(x, { out: view(data, out, n) });
      expect(Array.from(data)).toEqual(expectedBuffer);
    }
  });
});

describe("reductions into an out that overlaps the input", () => {
  test.each(["sum", "mean", "prod", "max", "min"] as const)("%s over axis 1 of a (3, 2) view, out on the same buffer", (name) => {
    for (const input of views(6)) {
      for (const out of views(3)) {
        const data = base();
        const x = view(data, input, 6).reshape(3, 2);
        const expected = flat(nb[name](x.copy(), { axis: 1 }));
        const expectedBuffer = Array.from(data);
        expected.forEach((v, i) => (expectedBuffer[out.offset + out.stride * i] = v));
        nb[name](x, { axis: 1, out: view(data, out, 3) });
        expect(Array.from(data)).toEqual(expectedBuffer);
      }
    }
  });
});

describe("2-D: x op= x.T and shifted blocks", () => {
  test("every binary function with out = x and the other operand x.T", () => {
    for (const name of BINARY) {
      const fn = nb[name] as (a: nb.NDArray, b: nb.NDArray, o: nb.OutOptions) => nb.NDArray;
      const x = nb.arange(9).reshape(3, 3);
      const expected = fn(x.copy(), x.T.copy(), {}).tolist();
      fn(x, x.T, { out: x });
      expect(x.tolist(), name).toEqual(expected);
    }
  });
});
