// The functions of the elementwise table beyond what the numpy fixtures check: options and their
// errors, aliases, method forms, out= and nothing-written-on-error, and the JS interop of
// one-element arrays.
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { UFUNCS } from "../../src/ops/kernels.js";
import { array, AxisError, clip, DTypeError, isclose, ReadOnlyError, ShapeError, zeros } from "../../src/index.js";

describe("the table", () => {
  test("every row names numpy's function and compiles a loop for each of its signatures", () => {
    for (const [name, u] of Object.entries(UFUNCS)) {
      expect(u.numpy, name).toMatch(/^[a-z_0-9]+$/);
      expect(u.loops.length, name).toBeGreaterThan(0);
      for (const l of u.loops) expect(typeof l.loop, `${name} ${l.signature}`).toBe("function");
    }
  });

  test.each([
    ["arccos", "acos"],
    ["arcsin", "asin"],
    ["arctan", "atan"],
    ["arctan2", "atan2"],
    ["arccosh", "acosh"],
    ["arcsinh", "asinh"],
    ["arctanh", "atanh"],
    ["invert", "bitwiseInvert"],
    ["leftShift", "bitwiseLeftShift"],
    ["rightShift", "bitwiseRightShift"],
    ["mod", "remainder"],
    ["pow", "power"],
    ["absolute", "abs"],
    ["conjugate", "conj"],
  ])("%s is numpy 2's alias of %s", (alias, name) => {
    const fns = nb as unknown as Record<string, unknown>;
    expect(fns[alias]).toBe(fns[name]);
  });

  test("the large-array kernels (strided layouts above 4096 elements) agree with the small-array loops", () => {
    const a = nb.arange(5000 * 2).reshape([5000, 2]).T; // transposed: the cwise kernel
    const b = nb.arange(10000).reshape([2, 5000]);
    for (const f of [nb.less, nb.logicalXor, nb.floorDivide, nb.hypot, nb.copysign]) {
      const big = f(a, nb.add(b, 1));
      const small = f(nb.array(a.tolist() as number[][]), nb.add(b, 1));
      expect(big.tolist()).toEqual(small.tolist());
    }
    const w = nb.where(nb.greater(a, 4000), a, nb.negative(b));
    expect(w.get(1, 4999)).toBe(9999);
    expect(w.get(0, 0)).toBe(-0);
  });
});

describe("options", () => {
  test("clip takes positional bounds, undefined/null for none, numpy 2's { min, max } keywords, and out", () => {
    const x = array([-2, 0.5, 3]);
    expect(clip(x, undefined, 1).tolist()).toEqual([-2, 0.5, 1]);
    expect(clip(x, null, null).tolist()).toEqual([-2, 0.5, 3]);
    expect(clip(x, { min: 0 }).tolist()).toEqual([0, 0.5, 3]);
    expect(clip(x, undefined, undefined, { max: 0 }).tolist()).toEqual([-2, 0, 0]);
    const out = zeros(3);
    expect(clip(x, 0, 1, { out })).toBe(out);
    expect(out.tolist()).toEqual([0, 0.5, 1]);
    expect(() => clip(x, 0, undefined, { min: 1 })).toThrow(new DTypeError("clip: min is given both positionally and as an option"));
    expect(() => clip(x, { lo: 1 } as never)).toThrow(/^clip: unknown option "lo"/);
    expect(clip(array([1, 200], { dtype: "uint8" }), -5, 1000).toString()).toBe("array([  1, 200], dtype=uint8)");
  });

  test("elementwise functions refuse options other than out", () => {
    expect(() => nb.less(array([1]), 2, { where: array([true]) } as never)).toThrow(new DTypeError('less: unknown option "where"; less takes { out }'));
    expect(() => nb.sin(array([1]), { dtype: "float32" } as never)).toThrow(/^sin: unknown option "dtype"/);
  });

  test("isclose and allclose refuse unknown options", () => {
    expect(() => isclose(1, 1, { equal_nan: true } as never)).toThrow(/^isclose: unknown option "equal_nan"/);
    expect(nb.allclose([1, NaN], [1, NaN], { equalNan: true })).toBe(true);
    expect(nb.allclose([1, NaN], [1, NaN])).toBe(false);
  });

  test("round takes decimals positionally or as an option, refuses fractions, writes into out", () => {
    expect(nb.round(array([1.25]), 1).tolist()).toEqual([1.2]);
    expect(nb.round(array([1.25]), { decimals: 1 }).tolist()).toEqual([1.2]);
    expect(() => nb.round(array([1]), 0.5)).toThrow(new DTypeError("round: decimals must be an integer, got 0.5"));
    expect(() => nb.round(array([1]), "2" as never)).toThrow(/^round: decimals must be an integer or an options object/);
    expect(() => nb.round(array([1]), { decimal: 2 } as never)).toThrow(new DTypeError('round: unknown option "decimal"; round takes decimals and out'));
    const out = zeros(2, { dtype: "float32" });
    nb.round(array([1.5, 2.5], { dtype: "float32" }), { out });
    expect(out.tolist()).toEqual([2, 2]);
  });

  test("countNonzero has no out; any and all check their axis", () => {
    expect(() => nb.countNonzero(array([1]), { out: zeros(1) } as never)).toThrow(/no out option/);
    expect(() => nb.any(array([1]), { axis: 1 })).toThrow(AxisError);
    const out = zeros(2, { dtype: "bool" });
    nb.all(array([[1, 0], [1, 1]]), { axis: 0, out });
    expect(out.tolist()).toEqual([true, false]);
  });
});

describe("out= and errors", () => {
  test("nothing is written when a shift, a where or a comparison fails", () => {
    const out = array([7, 7], { dtype: "int8" });
    expect(() => nb.bitwiseLeftShift(array([1, 2], { dtype: "int8" }), 1.5, { out })).toThrow(DTypeError);
    expect(() => nb.where(array([true, false]), array([1, 2], { dtype: "float64" }), 0, { out })).toThrow(DTypeError);
    expect(() => nb.add(array([1, 2], { dtype: "int8" }), 300, { out })).toThrow(/out of bounds for int8/);
    expect(out.tolist()).toEqual([7, 7]);
  });

  test.each([
    ["reversed", (b: nb.NDArray) => nb.fromNdarray(b.toNdarray().step(-1) as never)],
    ["shifted", (b: nb.NDArray) => nb.fromNdarray(b.toNdarray().hi(7) as never)],
    ["shifted the other way", (b: nb.NDArray) => nb.fromNdarray(b.toNdarray().lo(1) as never)],
  ])("three-input functions into an out that overlaps an input %s give the as-if-copied result", (_name, view) => {
    for (const f of [(c: nb.NDArray, x: nb.NDArray, o?: nb.NDArray) => nb.where(nb.greater(c, 3), x, c, o && { out: o }), (c: nb.NDArray, x: nb.NDArray, o?: nb.NDArray) => nb.clip(x, c, 6, o && { out: o })]) {
      const base = nb.arange(8);
      const input = view(base);
      const out = nb.fromNdarray(base.toNdarray().hi(input.size) as never);
      const cond = nb.array(input.tolist() as number[]);
      const want = f(cond, input.copy());
      f(cond, input, out);
      expect(out.tolist()).toEqual(want.tolist());
    }
  });

  test("a read-only out is refused", () => {
    const ro = nb.broadcastTo(zeros(1, { dtype: "bool" }), [2]);
    expect(() => nb.isnan(array([1, NaN]), { out: ro })).toThrow(ReadOnlyError);
  });

  test("bitwise functions of int32 with uint32 explain numpy's int64", () => {
    expect(() => nb.bitwiseAnd(array([1], { dtype: "int32" }), array([1], { dtype: "uint32" }))).toThrow(
      new DTypeError("bitwiseAnd: numpy computes int32 and uint32 in int64, which has no typed array of JS numbers; convert the operands to one of bool, int8, uint8, int16, uint16, int32, uint32 first"),
    );
    expect(() => nb.floor(array(["x"] as never))).toThrow(DTypeError);
  });

  test("where numpy uses int64 (two JS integers, bool with a JS integer), divisions keep integer rules in float64", () => {
    expect(nb.floorDivide(7, 0).toString()).toBe("array(0.)");
    expect(nb.remainder(array([true, false]), 0).tolist()).toEqual([0, 0]);
    expect(nb.fmod(-7, 7).toString()).toBe("array(0.)");
    expect(nb.reciprocal(2).toString()).toBe("array(0.)");
    expect(nb.floorDivide(7.5, 0).toString()).toBe("array(inf)");
    expect(nb.floorDivide(array([7], { dtype: "int32" }), array([0], { dtype: "uint32" })).tolist()).toEqual([0]);
  });

  test("real is a writable view; imag read-only zeros", () => {
    const a = array([[1, 2]]);
    nb.real(a).set(0, 1, 9);
    expect(a.tolist()).toEqual([[1, 9]]);
    expect(() => nb.imag(a).set(0, 0, 1)).toThrow(ReadOnlyError);
  });
});

describe("method forms", () => {
  test("call the functions of the same name", () => {
    const a = array([-1.5, 0, 2.5]);
    expect(a.greater(0).tolist()).toEqual([false, false, true]);
    expect(a.clip(-1, 1).tolist()).toEqual([-1, 0, 1]);
    expect(a.round().tolist()).toEqual([-2, 0, 2]);
    expect(a.isnan().any().item()).toBe(false);
    expect(a.mod(2).tolist()).toEqual([0.5, 0, 0.5]);
    expect(a.floor().logicalNot().tolist()).toEqual([false, true, false]);
    expect(a.greaterEqual(0).logicalAnd(a.lessEqual(1)).all().item()).toBe(false);
  });
});

describe("JS interop of one-element arrays", () => {
  test("0-d and one-element arrays are numbers in arithmetic and comparisons", () => {
    const x = array([1, 2, 3]);
    expect(+nb.max(x) > 2.5).toBe(true);
    expect(nb.sum(x).valueOf() + 1).toBe(7);
    expect(Number(nb.mean(x))).toBe(2);
    expect(Number(array([true]))).toBe(1);
    expect((nb.max(x) as unknown as number) > 2.5).toBe(true);
    expect((nb.sum(x) as unknown as number) + 1).toBe(7);
  });

  test("template strings and String() print the repr", () => {
    expect(`${nb.sum(array([1, 2]))}`).toBe("array(3.)");
    expect(String(array([1, 2]))).toBe("array([1., 2.])");
  });

  test("a larger array refuses numeric conversion with a TypeError naming the elementwise functions", () => {
    const x = array([1, 2]);
    expect(() => (x as unknown as number) > 1).toThrow(TypeError);
    expect(() => (x as unknown as number) > 1).toThrow(/shape \(2,\) has 2 elements and no single number: .*greater, less, equal/);
    expect(() => (x as unknown as number) + 1).toThrow(/no single value/);
    expect(() => Number(zeros([0]))).toThrow(TypeError);
  });

  test("item gives the single element, or the one at a flat or full index", () => {
    expect(array(2.5).item()).toBe(2.5);
    expect(array([[1, 2], [3, 4]]).item(2)).toBe(3);
    expect(array([[1, 2], [3, 4]]).item(1, 0)).toBe(3);
    expect(array([true, false]).item(-1)).toBe(false);
    expect(() => array([1, 2]).item()).toThrow(new ShapeError("item: can only convert an array of size 1 to a JS value, got shape (2,); give an index, e.g. a.item(0)"));
    expect(() => array([[1]]).item(1)).toThrow(/out of bounds/);
  });
});
