import ndarray from "./scijs-ndarray.js";
import { describe, expect, test } from "vitest";
import { arange, array, AxisError, DTypeError, fromNdarray, IndexError, ReadOnlyError, ShapeError, zeros } from "../src/index.js";

describe("get and set", () => {
  test("negative indices count from the end", () => {
    const a = arange(6).reshape(2, 3);
    expect(a.get(-1, -1)).toBe(5);
    a.set(-2, 0, 9);
    expect(a.get(0, 0)).toBe(9);
  });
  test.each([
    [[2, 0], "get: index 2 is out of bounds for axis 0 with size 2"],
    [[0, -4], "get: index -4 is out of bounds for axis 1 with size 3"],
    [[0], "get: 1 index given for an array of shape (2, 3), which needs 2"],
    [[0.5, 0], "get: indices must be integers, got a number for axis 0"],
  ])("get(%j) throws IndexError", (idx, message) => {
    const a = zeros([2, 3]);
    expect(() => a.get(...idx)).toThrow(IndexError);
    expect(() => a.get(...idx)).toThrow(message);
  });
  test("set on a read-only array throws ReadOnlyError and changes nothing", () => {
    const data = new Float64Array([1, 2, 3]);
    const a = fromNdarray(ndarray(data), { readonly: true });
    expect(() => a.set(0, 5)).toThrow(ReadOnlyError);
    expect(() => a.set(0, 5)).toThrow("set: this (3,) array is read-only");
    expect(Array.from(data)).toEqual([1, 2, 3]);
  });
  test("set casts as numpy: truncation into integers, refusal of NaN and out-of-range", () => {
    const a = zeros([2], { dtype: "int32" });
    a.set(0, 2.7);
    expect(a.get(0)).toBe(2);
    expect(() => a.set(0, NaN)).toThrow(DTypeError);
    expect(() => zeros([1], { dtype: "uint8" }).set(0, 300)).toThrow("set: the number 300 is out of bounds for uint8 (0 to 255)");
    expect(() => a.set(0, "1" as never)).toThrow('set: expected a number, got a string ("1")');
  });
  test("a 0-d array is read and written with no index", () => {
    const a = array(1);
    a.set(4);
    expect(a.get()).toBe(4);
  });
});

describe("views", () => {
  test("reshape of a contiguous array shares memory and infers -1", () => {
    const a = arange(6);
    const b = a.reshape([3, -1]);
    expect(b.shape).toEqual([3, 2]);
    b.set(0, 0, 42);
    expect(a.get(0)).toBe(42);
  });
  test("reshape of a non-contiguous array copies", () => {
    const a = arange(6).reshape(2, 3).T;
    const b = a.reshape(6);
    expect(b.tolist()).toEqual([0, 3, 1, 4, 2, 5]);
    b.set(0, 7);
    expect(a.get(0, 0)).toBe(0);
  });
  test.each([
    [[4], "reshape: cannot reshape array of size 6 into shape (4,)"],
    [[-1, -1], "reshape: can only specify one unknown dimension in (-1, -1)"],
    [[4, -1], "reshape: cannot reshape array of size 6 into shape (4, -1)"],
    [[-2, 3], "reshape: negative dimensions are not allowed: -2 in (-2, 3)"],
  ])("reshape(%j) throws ShapeError", (shape, message) => {
    expect(() => arange(6).reshape(shape)).toThrow(ShapeError);
    expect(() => arange(6).reshape(shape)).toThrow(message);
  });
  test("transpose permutes axes and T reverses them", () => {
    const a = arange(24).reshape(2, 3, 4);
    expect(a.T.shape).toEqual([4, 3, 2]);
    expect(a.transpose(1, 0, 2).shape).toEqual([3, 2, 4]);
    expect(a.transpose(1, 0, 2).get(2, 1, 3)).toBe(a.get(1, 2, 3));
    expect(a.T.strides).toEqual([1, 4, 12]);
  });
  test.each([
    [[0, 1], "transpose: axes (0, 1) don't match an array of dimension 3"],
    [[0, 0, 1], "transpose: repeated axis 0 in (0, 0, 1)"],
    [[0, 1, 3], "transpose: axis 3 is out of bounds for array of dimension 3"],
  ])("transpose(%j) throws AxisError", (axes, message) => {
    const a = zeros([1, 2, 3]);
    expect(() => a.transpose(...axes)).toThrow(AxisError);
    expect(() => a.transpose(...axes)).toThrow(message);
  });
  test("copy is contiguous, writable and independent", () => {
    const a = arange(6).reshape(2, 3).T;
    const c = a.copy();
    expect(c.strides).toEqual([2, 1]);
    expect(c.tolist()).toEqual(a.tolist());
    c.set(0, 0, 100);
    expect(a.get(0, 0)).toBe(0);
  });
  test("copy of a contiguous view takes only its span, in its own buffer, for every dtype", () => {
    for (const dtype of ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "float32", "float64"] as const) {
      const a = arange(12).astype(dtype).reshape(3, 4);
      const row = a.index(1);
      const c = row.copy();
      expect([c.dtype, c.offset, c.data.length, c.strides, c.readonly]).toEqual([dtype, 0, 4, [1], false]);
      expect(c.tolist()).toEqual(row.tolist());
      expect(c.data.buffer).not.toBe(a.data.buffer);
      expect(a.index("1:1").copy().shape).toEqual([0, 4]);
      expect(a.index(2, 3).copy().tolist()).toEqual(a.get(2, 3));
    }
  });
});

describe("fromNdarray", () => {
  test("wraps without copying, in a view of its own", () => {
    const nd = ndarray(new Float32Array([1, 2, 3, 4]), [2, 2]);
    const a = fromNdarray(nd);
    expect(a.dtype).toBe("float32");
    expect(a.toNdarray()).not.toBe(nd);
    expect(a.toNdarray()).not.toBe(a.toNdarray());
    expect(a.data.buffer).toBe(nd.data.buffer);
    nd.set(1, 1, 9);
    expect(a.get(1, 1)).toBe(9);
  });
  test("marks an array whose elements alias (stride 0) read-only", () => {
    const a = fromNdarray(ndarray(new Float64Array([1, 2]), [3, 2], [0, 1]));
    expect(a.readonly).toBe(true);
  });
  test("refuses strides that reach outside the data, before reading", () => {
    const nd = ndarray(new Float64Array(4), [2, 3], [3, 1]);
    expect(() => fromNdarray(nd)).toThrow(ShapeError);
    expect(() => fromNdarray(nd)).toThrow(
      "fromNdarray: shape (2, 3) with stride (3, 1) and offset 0 reaches elements 0 to 5, outside data of length 4",
    );
  });
  test("refuses data that is not a supported typed array", () => {
    expect(() => fromNdarray(ndarray([1, 2, 3]) as never)).toThrow(DTypeError);
    expect(() => fromNdarray(ndarray(new BigInt64Array(2)) as never)).toThrow("fromNdarray: the ndarray's data is a BigInt64Array");
  });
});

describe("transpose takes numpy's forms of its axes", () => {
  test("one by one, as one list, none or null (reversed); a wrong list is refused as numpy refuses it", () => {
    const a = zeros([2, 3, 4]);
    expect([a.transpose().shape, a.transpose(null).shape, a.transpose(2, 0, 1).shape, a.transpose([2, 0, 1]).shape, a.transpose([-1, 0, 1]).shape]).toEqual([
      [4, 3, 2],
      [4, 3, 2],
      [4, 2, 3],
      [4, 2, 3],
      [4, 2, 3],
    ]);
    expect(zeros([]).transpose([]).shape).toEqual([]);
    expect(() => a.transpose([])).toThrow(AxisError);
    expect(() => a.transpose([0, 0, 1])).toThrow(/repeated axis/);
    const v = a.transpose([1, 2, 0]);
    v.set(2, 3, 1, 5);
    expect(a.get(1, 2, 3)).toBe(5); // a view
  });
});
