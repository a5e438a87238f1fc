import { describe, expect, test } from "vitest";
import { arange, array, DTypeError, eye, full, linspace, ones, ShapeError, zeros, type DType } from "../src/index.js";

describe("array", () => {
  test("reads nested lists in C order with float64 by default", () => {
    const a = array([[1, 2, 3], [4, 5, 6]]);
    expect(a.shape).toEqual([2, 3]);
    expect(a.dtype).toBe("float64");
    expect(a.tolist()).toEqual([[1, 2, 3], [4, 5, 6]]);
  });
  test("a number gives a 0-d array", () => {
    const a = array(2.5);
    expect(a.shape).toEqual([]);
    expect(a.ndim).toBe(0);
    expect(a.size).toBe(1);
    expect(a.tolist()).toBe(2.5);
  });
  test("keeps a typed array's dtype and copies its data", () => {
    const src = new Int32Array([1, 2, 3]);
    const a = array(src);
    expect(a.dtype).toBe("int32");
    src[0] = 9;
    expect(a.get(0)).toBe(1);
  });
  test.each([
    ["float32", [1.5, 2], [1.5, 2]],
    ["int32", [1.9, -1.9], [1, -1]],
    ["uint8", [0, 255], [0, 255]],
    ["int8", [-128, 127], [-128, 127]],
    ["uint16", [65535], [65535]],
    ["int16", [-32768], [-32768]],
    ["uint32", [4294967295], [4294967295]],
  ] as const)("dtype %s stores %j as %j", (dtype, input, stored) => {
    const a = array([...input], { dtype: dtype as DType });
    expect(a.dtype).toBe(dtype);
    expect(a.tolist()).toEqual(stored);
  });
  test("empty lists give 0-length axes", () => {
    expect(array([]).shape).toEqual([0]);
    expect(array([[], []]).shape).toEqual([2, 0]);
  });
});

describe("array refuses bad input before allocating", () => {
  test.each([
    [[[1, 2], [3]], ShapeError, "array: ragged nested sequence: the list at [1] has length 1, expected 2 (shape (2, 2) so far)"],
    [[[1, 2], 3], ShapeError, "array: ragged nested sequence: expected a list of length 2 at [1], got a number"],
    [[1, [2]], ShapeError, "array: ragged nested sequence: the entry at [1] is a list, where [] holds numbers"],
    [[1, "a"], DTypeError, 'array: the entry at [1] is a string ("a"), not a number'],
    [[[1, null]], DTypeError, "array: the entry at [0, 1] is null, not a number"],
    [[1, 2n], DTypeError, "array: the entry at [1] is a BigInt (2n), not a number"],
    [[undefined], DTypeError, "array: the entry at [0] is undefined, not a number"],
    // eslint-disable-next-line no-sparse-arrays
    [[1, , 3], ShapeError, "array: the list at [] has a hole at index 1"],
  ])("%s", (input, cls, message) => {
    expect(() => array(input as never)).toThrow(cls);
    expect(() => array(input as never)).toThrow(message);
  });
  test("an unknown dtype", () => {
    expect(() => array([1], { dtype: "float16" as DType })).toThrow(DTypeError);
    expect(() => array([1], { dtype: "float16" as DType })).toThrow(
      'array: unknown dtype "float16"; supported dtypes are float64, float32, int32, int16, int8, uint32, uint16, uint8',
    );
  });
  test("values an integer dtype cannot hold", () => {
    expect(() => array([256], { dtype: "uint8" })).toThrow("array: the number 256 is out of bounds for uint8 (0 to 255)");
    expect(() => array([NaN], { dtype: "int32" })).toThrow("array: cannot convert NaN to integer dtype int32");
  });
});

describe("zeros, ones, full", () => {
  test("fill the shape", () => {
    expect(zeros([2, 2]).tolist()).toEqual([[0, 0], [0, 0]]);
    expect(ones(3).tolist()).toEqual([1, 1, 1]);
    expect(full([2], -1, { dtype: "int8" }).tolist()).toEqual([-1, -1]);
    expect(zeros([]).shape).toEqual([]);
    expect(zeros([0, 5]).size).toBe(0);
  });
  test.each([
    [[-1], "zeros: negative dimensions are not allowed: -1 in (-1,)"],
    [[2.5], "zeros: shape entries must be integers, got 2.5 in (2.5,)"],
    [[NaN], "zeros: shape entries must be integers, got NaN in (NaN,)"],
    [[Infinity], "zeros: shape entries must be integers, got Infinity in (Infinity,)"],
    [["2"], 'zeros: shape entries must be integers, got a string ("2") in ("2",)'],
    ["3", 'zeros: a shape must be an integer or an array of integers, got a string ("3")'],
    [[100000, 100000], "zeros: shape (100000, 100000) has 10000000000 elements, more than the 2147483647 one array can hold"],
  ])("zeros(%j) throws ShapeError", (shape, message) => {
    expect(() => zeros(shape as never)).toThrow(ShapeError);
    expect(() => zeros(shape as never)).toThrow(message);
  });
  test("full refuses a non-number fill value", () => {
    expect(() => full([2], "x" as never)).toThrow(DTypeError);
    expect(() => full([2], "x" as never)).toThrow('full: expected a number, got a string ("x")');
  });
});

describe("arange, linspace, eye", () => {
  test("arange follows numpy's length rule", () => {
    expect(arange(4).tolist()).toEqual([0, 1, 2, 3]);
    // numpy: start + i * delta with delta = (start + step) - start
    expect(arange(1, 2, 0.3).tolist()).toEqual([1, 1.3, 1.6, 1.9000000000000001]);
    expect(arange(1, 2, 0.1).get(2)).toBe(1.2000000000000002);
    expect(arange(-3, 3.3, 0.3).get(10)).toBe(-1.7763568394002505e-15);
    expect(arange(5, 1, -2).tolist()).toEqual([5, 3]);
    expect(arange(3, 1).size).toBe(0);
    expect(arange(3, undefined, undefined, { dtype: "int32" }).dtype).toBe("int32");
  });
  test("arange refuses a zero step and non-finite bounds", () => {
    expect(() => arange(0, 1, 0)).toThrow("arange: step must not be 0");
    expect(() => arange(Infinity)).toThrow("arange: start 0, stop Infinity and step 1 give infinitely many values");
    expect(() => arange(0, NaN)).toThrow("arange: cannot compute length of the range from 0 to NaN in steps of 1");
    expect(arange(0, 10, Infinity).tolist()).toEqual([0]);
  });
  test("linspace ends exactly at stop, or excludes it", () => {
    expect(linspace(0, 1, 5).tolist()).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(linspace(0, 1, 4, { endpoint: false }).tolist()).toEqual([0, 0.25, 0.5, 0.75]);
    expect(linspace(2, 2, 1).tolist()).toEqual([2]);
    expect(linspace(0, 1, 0).size).toBe(0);
    expect(() => linspace(0, 1, -1)).toThrow("linspace: number of samples, -1, must be non-negative");
    expect(linspace(-5, 5, 4, { dtype: "int32" }).tolist()).toEqual([-5, -2, 1, 5]);
  });
  test("eye places ones on diagonal k", () => {
    expect(eye(2).tolist()).toEqual([[1, 0], [0, 1]]);
    expect(eye(2, 3, 1).tolist()).toEqual([[0, 1, 0], [0, 0, 1]]);
    expect(eye(3, 2, -1).tolist()).toEqual([[0, 0], [1, 0], [0, 1]]);
    expect(eye(2, 2, 5).tolist()).toEqual([[0, 0], [0, 0]]);
  });
});
