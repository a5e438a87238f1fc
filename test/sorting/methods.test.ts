import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";

const a = nb.array([[3, 1, 4], [1, 5, 9]]);

describe("method forms of the sorting and statistics functions", () => {
  test.each([
    ["argmax", () => a.argmax({ axis: 1 }), () => nb.argmax(a, { axis: 1 })],
    ["argmin", () => a.argmin(0), () => nb.argmin(a, 0)],
    ["argsort", () => a.argsort({ axis: 0, descending: true }), () => nb.argsort(a, { axis: 0, descending: true })],
    ["cumsum", () => a.cumsum(1), () => nb.cumsum(a, 1)],
    ["cumprod", () => a.cumprod(), () => nb.cumprod(a)],
    ["std", () => a.std({ ddof: 1 }), () => nb.std(a, { ddof: 1 })],
    ["var", () => a.var(0), () => nb.variance(a, 0)],
    ["ptp", () => a.ptp({ axis: 1 }), () => nb.ptp(a, { axis: 1 })],
    ["trace", () => a.trace(1), () => nb.trace(a, 1)],
  ])("a.%s(...) is the function of the same name", (_name, method, fn) => {
    const m = method();
    const f = fn();
    expect(m.dtype).toBe(f.dtype);
    expect(m.tolist()).toEqual(f.tolist());
  });

  test("errors name the function", () => {
    expect(() => a.argmax({ axis: 2 })).toThrow(/^argmax: axis 2 is out of bounds/);
  });
});
