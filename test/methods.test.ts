import { describe, expect, test } from "vitest";
import * as nb from "../src/index.js";
import { array, BroadcastError, zeros } from "../src/index.js";

describe("method forms delegate to the functions", () => {
  const a = array([[1, 2, 3], [4, 5, 6]]);
  const v = array([10, 20, 30]);
  test.each([
    ["add", () => a.add(v), () => nb.add(a, v)],
    ["sub", () => a.sub(1), () => nb.subtract(a, 1)],
    ["mul", () => a.mul(v), () => nb.multiply(a, v)],
    ["div", () => a.div(2), () => nb.divide(a, 2)],
    ["pow", () => a.pow(2), () => nb.power(a, 2)],
    ["maximum", () => a.maximum(3), () => nb.maximum(a, 3)],
    ["minimum", () => a.minimum(3), () => nb.minimum(a, 3)],
    ["neg", () => a.neg(), () => nb.negative(a)],
    ["abs", () => a.neg().abs(), () => nb.abs(nb.negative(a))],
    ["exp", () => a.exp(), () => nb.exp(a)],
    ["log", () => a.log(), () => nb.log(a)],
    ["sqrt", () => a.sqrt(), () => nb.sqrt(a)],
    ["square", () => a.square(), () => nb.square(a)],
    ["tanh", () => a.tanh(), () => nb.tanh(a)],
    ["matmul", () => a.matmul(a.T), () => nb.matmul(a, a.T)],
    ["sum", () => a.sum({ axis: 0 }), () => nb.sum(a, { axis: 0 })],
    ["mean", () => a.mean(), () => nb.mean(a)],
    ["prod", () => a.prod({ axis: 1 }), () => nb.prod(a, { axis: 1 })],
    ["max", () => a.max(), () => nb.max(a)],
    ["min", () => a.min({ keepdims: true }), () => nb.min(a, { keepdims: true })],
    ["broadcastTo", () => v.broadcastTo([2, 3]), () => nb.broadcastTo(v, [2, 3])],
  ] as const)("%s", (_name, method, fn) => {
    expect(method().toString()).toBe(fn().toString());
  });
  test("with out, and with the functions' errors", () => {
    const out = zeros([2, 3]);
    expect(a.add(1, { out })).toBe(out);
    expect(() => a.add(array([1, 2]))).toThrow(BroadcastError);
    expect(() => a.add(array([1, 2]))).toThrow("add: cannot broadcast shapes (2, 3) and (2,): axis -1 has 3 vs 2");
  });
  test("methods do not show up as enumerable properties", () => {
    expect(Object.keys(a)).not.toContain("add");
  });
});
