// The bool dtype: storage, creation, reading and writing, printing, promotion, reductions and the
// comparisons that return it. Values and dtypes were checked with numpy 2.4.
import { describe, expect, test } from "vitest";
import {
  add,
  array,
  DTypeError,
  DTYPES,
  equal,
  full,
  greater,
  less,
  lessEqual,
  max,
  multiply,
  negative,
  notEqual,
  ones,
  promoteTypes,
  ReadOnlyError,
  broadcastTo,
  subtract,
  sum,
  zeros,
  BroadcastError,
  greaterEqual,
} from "../../src/index.js";

describe("the bool dtype", () => {
  test("is stored one byte per element, 0 or 1", () => {
    expect(DTYPES.bool.ctor).toBe(Uint8Array);
    expect(DTYPES.bool.bits).toBe(8);
    const a = array([true, false, true]);
    expect(a.dtype).toBe("bool");
    expect(a.data).toBeInstanceOf(Uint8Array);
    expect(Array.from(a.data)).toEqual([1, 0, 1]);
  });

  test("nested JS booleans make one; numbers and booleans mixed make float64, as numpy's int64", () => {
    expect(array([[true], [false]]).dtype).toBe("bool");
    expect(array(true).toString()).toBe("array(True)");
    expect(array([true, 2]).toString()).toBe("array([1., 2.])");
    expect(array([]).dtype).toBe("float64");
  });

  test("any non-zero number (NaN too) converts to true, as numpy's bool(x)", () => {
    expect(array([0, -0, 2, NaN, -Infinity], { dtype: "bool" }).tolist()).toEqual([false, false, true, true, true]);
    expect(array(array([0, 0.5]), { dtype: "bool" }).tolist()).toEqual([false, true]);
    expect(zeros(2, { dtype: "bool" }).tolist()).toEqual([false, false]);
    expect(ones(2, { dtype: "bool" }).tolist()).toEqual([true, true]);
    expect(full([1], false).dtype).toBe("bool");
  });

  test("tolist and get give JS booleans; set takes booleans and numbers", () => {
    const a = array([[true, false]]);
    expect(a.tolist()).toEqual([[true, false]]);
    expect(a.get(0, 1)).toBe(false);
    a.set(0, 1, true);
    expect(a.get(0, 1)).toBe(true);
    a.set(0, 0, 0);
    expect(a.get(0, 0)).toBe(false);
    a.set(0, 0, 7);
    expect(Array.from(a.data)).toEqual([1, 1]);
    expect(array([true, false]).sum().tolist()).toBe(1);
  });

  test("a bool into a float array is 1 or 0", () => {
    const a = zeros(2);
    a.set(1, true);
    expect(a.tolist()).toEqual([0, 1]);
  });

  test("prints as numpy: ' True' beside False, 'True' alone, no dtype unless empty", () => {
    expect(array([true, false]).toString()).toBe("array([ True, False])");
    expect(array([true, true]).toString()).toBe("array([ True,  True])");
    expect(array(false).toString()).toBe("array(False)");
    expect(array([[true, false], [false, true]]).toString()).toBe("array([[ True, False],\n       [False,  True]])");
    expect(zeros([0], { dtype: "bool" }).toString()).toBe("array([], dtype=bool)");
  });
});

describe("promotion with bool (numpy 2, NEP 50)", () => {
  test.each([
    ["bool", "bool", "bool"],
    ["bool", "int8", "int8"],
    ["uint8", "bool", "uint8"],
    ["bool", "float32", "float32"],
  ] as const)("%s with %s is %s", (a, b, want) => {
    expect(promoteTypes(a, b)).toBe(want);
  });

  test("bool + bool is logical or, bool * bool logical and", () => {
    const a = array([true, true, false, false]);
    const b = array([true, false, true, false]);
    expect(add(a, b).toString()).toBe("array([ True,  True,  True, False])");
    expect(multiply(a, b).toString()).toBe("array([ True, False, False, False])");
  });

  test("bool with int8 gives int8; with a JS integer float64 (numpy's int64); with a JS boolean bool", () => {
    const b = array([true, false]);
    expect(add(b, array([1, 2], { dtype: "int8" })).toString()).toBe("array([2, 2], dtype=int8)");
    expect(add(b, 1).toString()).toBe("array([2., 1.])");
    expect(add(b, 1.5).toString()).toBe("array([2.5, 1.5])");
    expect(add(b, true).toString()).toBe("array([ True,  True])");
    expect(add(array([1, 2], { dtype: "int8" }), true).toString()).toBe("array([2, 3], dtype=int8)");
  });

  test("boolean subtract and negative are refused with numpy's advice", () => {
    const b = array([true]);
    expect(() => subtract(b, b)).toThrow(new DTypeError("subtract: numpy's boolean subtract is not supported; use logicalXor (or bitwiseXor) instead"));
    expect(() => negative(b)).toThrow(/^negative: numpy's boolean negative is not supported; use logicalNot/);
    expect(subtract(b, array([1], { dtype: "int8" })).toString()).toBe("array([0], dtype=int8)");
  });

  test("sum of a bool array counts (float64, the library's integer-sum dtype); max is bool", () => {
    const b = array([[true, false, true], [true, true, false]]);
    expect(sum(b).toString()).toBe("array(4.)");
    expect(sum(b, { axis: 0 }).toString()).toBe("array([2., 1., 1.])");
    expect(max(b, { axis: 1 }).toString()).toBe("array([ True,  True])");
  });
});

describe("comparisons", () => {
  const x = array([1, NaN, -0, Infinity]);
  const y = array([1, NaN, 0, -Infinity]);
  test.each([
    [equal, [true, false, true, false]],
    [notEqual, [false, true, false, true]],
    [less, [false, false, false, false]],
    [lessEqual, [true, false, true, false]],
    [greater, [false, false, false, true]],
    [greaterEqual, [true, false, true, true]],
  ] as const)("%o follows IEEE: NaN unequal to everything, -0 equal to 0", (fn, want) => {
    const r = fn(x, y);
    expect(r.dtype).toBe("bool");
    expect(r.tolist()).toEqual(want);
  });

  test("broadcast, and write into out of bool or a wider dtype", () => {
    const out = zeros([2, 3], { dtype: "bool" });
    expect(less(array([1, 2, 3]), array([[2], [3]]), { out })).toBe(out);
    expect(out.tolist()).toEqual([[true, false, false], [true, true, false]]);
    const f = zeros(3);
    greater(array([1, 2, 3]), 2, { out: f });
    expect(f.tolist()).toEqual([0, 0, 1]);
  });

  test("out of a narrower kind, read-only or of the wrong shape is refused and left untouched", () => {
    expect(() => equal(array([1.5, 2]), array([1.5, 2]), { out: zeros(3, { dtype: "bool" }) })).toThrow(BroadcastError);
    const readOnly = broadcastTo(zeros(1, { dtype: "bool" }), [2]);
    expect(() => equal(array([1.5, 1]), 1, { out: readOnly })).toThrow(ReadOnlyError);
    const intOut = zeros(1, { dtype: "int8" });
    expect(equal(array([1.5]), 1.5, { out: intOut }).tolist()).toEqual([1]);
  });

  test("a JS integer outside an integer array's range compares exactly, as numpy 2", () => {
    const u = array([0, 255], { dtype: "uint8" });
    expect(less(u, 300).tolist()).toEqual([true, true]);
    expect(equal(u, -1).tolist()).toEqual([false, false]);
    expect(greaterEqual(u, -1).tolist()).toEqual([true, true]);
    expect(() => add(u, 300)).toThrow(DTypeError);
  });

  test("a weak float compares in the array's float dtype (NEP 50)", () => {
    expect(equal(array([0.1], { dtype: "float32" }), 0.1).tolist()).toEqual([true]);
    expect(equal(array([0.1]), Math.fround(0.1)).tolist()).toEqual([false]);
    expect(less(array([1, 2], { dtype: "int8" }), 2.5).tolist()).toEqual([true, true]);
  });

  test("in-place into an overlapping bool out gives the as-if-copied result", () => {
    const a = array([true, false, true, false]);
    const view = a.reshape([2, 2]);
    equal(view, view.T, { out: view });
    expect(a.tolist()).toEqual([true, false, false, true]);
  });
});
