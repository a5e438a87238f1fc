import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { AxisError, DTypeError, ReadOnlyError, ShapeError } from "../../src/index.js";

const { arange, array, broadcastTo, concat, einsum, zeros } = nb;

describe("errors name the function, the shapes and the axis", () => {
  test.each([
    [() => concat([zeros([2, 3]), zeros([2, 4])]), ShapeError, "concat: all the input array dimensions except for the concatenation axis 0 must match exactly, but along axis 1 the array at index 0 has size 3 (shape (2, 3)) and the array at index 1 has size 4 (shape (2, 4))"],
    [() => concat([zeros([2]), zeros([2, 2])]), ShapeError, "concat: all the input arrays must have the same number of dimensions, but the array at index 0 has 1 dimension(s) (shape (2,)) and the array at index 1 has 2 (shape (2, 2))"],
    [() => concat([zeros([2]), zeros([2])], { axis: 1 }), AxisError, "concat: axis 1 is out of bounds for array of dimension 1"],
    [() => nb.stack([zeros([2]), zeros([3])]), ShapeError, "stack: all input arrays must have the same shape, but the array at index 0 has shape (2,) and the array at index 1 has shape (3,)"],
    [() => nb.squeeze(zeros([1, 3]), 1), ShapeError, "squeeze: cannot squeeze axis 1 of shape (1, 3): it has length 3, not 1"],
    [() => nb.reshape(zeros([3, 4]).T, [12], { copy: false }), ShapeError, "reshape: cannot reshape this (4, 3) array with strides (1, 4) into (12,) without copying (copy: false)"],
    [() => nb.split(arange(7), 2), ShapeError, "split: an array of shape (7,) does not split into 2 equal sections along axis 0 (length 7); arraySplit allows unequal ones"],
    [() => nb.pad(zeros([2, 2]), [1, 2, 3]), ShapeError, "pad: padWidth [1, 2, 3] cannot be read as one (before, after) pair per axis of 2: give a number, [before, after], or 2 such pairs"],
    [() => nb.pad(zeros([2]), 1, "average" as never), DTypeError, 'pad: mode "average" is not supported; the modes are "constant", "edge", "reflect", "symmetric", "wrap", "maximum", "minimum", "mean", "median", "linear_ramp", "empty"'],
    [() => nb.pad(zeros([2]), 1, "mean", { endValues: 1 }), DTypeError, 'pad: unsupported keyword endValues for mode "mean" (it takes only statLength)'],
    [() => nb.pad(zeros([2]), 1, "edge", { reflectType: "odd" }), DTypeError, 'pad: unsupported keyword reflectType for mode "edge" (it takes no options)'],
    [() => nb.pad(zeros([2]), 1, "reflect", { reflectType: "old" as never }), DTypeError, 'pad: reflectType must be "even" or "odd", got "old"'],
    [() => nb.pad(zeros([2]), 1, "mean", { statLenght: 1 } as never), DTypeError, "statLength"],
    [() => nb.pad(zeros([2], { dtype: "int32" }), 1, "mean", { statLength: 0 }), ShapeError, "pad: statLength of 0 makes the mean NaN, which a int32 array can't hold (axis 0)"],
    [() => nb.pad(zeros([0, 2]), 1, "linear_ramp"), ShapeError, `pad: can't extend empty axis 0 of shape (0, 2) using modes other than "constant" or "empty"`],
    [() => einsum("ij,jk->ik", zeros([2, 3]), zeros([4, 5])), ShapeError, "einsum: operands could not be broadcast together: label 'j' has size 3 in an earlier operand and 4 in operand 1 (shapes (2, 3), (4, 5))"],
    [() => einsum("ij", zeros([3])), ShapeError, 'einsum: operand 0 has shape (3,) (1 axes) but its subscripts "ij" name 2'],
    [() => nb.tensordot(zeros([2, 3]), zeros([4, 5]), 1), ShapeError, "tensordot: shape-mismatch for sum: axis 1 of (2, 3) has 3 and axis 0 of (4, 5) has 4"],
    [() => nb.arange(-3, 3, 2, { dtype: "uint8" }), DTypeError, "arange: start = -3 is out of bounds for uint8 (0 to 255); give a dtype that holds it"],
    [() => nb.arange(-1.5, 2, { dtype: "uint8" }), DTypeError, "arange: start = -1.5 (the integer -1) is out of bounds for uint8 (0 to 255); give a dtype that holds it"],
    [() => nb.arange(0, 5, 0), ShapeError, "arange: step must not be 0 (numpy: division by zero)"],
    [() => nb.moveaxis(zeros([2, 3]), [0], [0, 1]), AxisError, "moveaxis: source [0] and destination [0,1] must have the same number of elements"],
    [() => nb.matrixTranspose(zeros([3])), ShapeError, "matrixTranspose: needs an array of at least 2 dimensions, got shape (3,); a vector has no matrix transpose"],
  ])("%#", (call, cls, message) => {
    expect(call).toThrow(cls);
    expect(call).toThrow(message);
  });

  test("unknown options are refused by name", () => {
    expect(() => concat([zeros(2)], { axes: 0 } as never)).toThrow('concat: unknown option "axes" (did you mean "axis"?); concat takes { axis, dtype, out, casting }');
    expect(() => nb.linspace(0, 1, { step: 2 } as never)).toThrow(DTypeError);
    expect(() => nb.eye(2, { dtype: "int32", order: "C" } as never)).toThrow('eye: unknown option "order"');
  });
});

describe("views", () => {
  test("a view of a writable array writes through; a view of a read-only array is read-only", () => {
    const a = zeros([2, 3]);
    const v = nb.expandDims(a, 0);
    v.set(0, 1, 2, 7);
    expect(a.get(1, 2)).toBe(7);
    const ro = broadcastTo(a, [2, 3]);
    for (const view of [nb.flip(ro), nb.squeeze(nb.expandDims(ro, 0)), nb.moveaxis(ro, 0, 1), nb.ravel(ro), nb.split(ro, 3, 1)[0] as nb.NDArray, ro.mT]) {
      expect(view.readonly).toBe(true);
      expect(() => view.set(...new Array<number>(view.ndim).fill(0), 1)).toThrow(ReadOnlyError);
    }
  });
  test("flip and the transposes share memory; concat, repeat, tile, pad copy", () => {
    const a = arange(6).reshape(2, 3);
    for (const v of [nb.flip(a), nb.transpose(a), a.mT, nb.permuteDims(a, [1, 0]), nb.swapaxes(a, 0, 1), einsum("ij->ji", a)]) expect(v.data).toBe(a.data);
    for (const c of [concat([a]), nb.repeat(a, 1), nb.tile(a, 1), nb.pad(a, 0), nb.flatten(a)]) expect(c.data).not.toBe(a.data);
  });
  test("reshape of a non-contiguous array is a view exactly when numpy's no-copy rule allows", () => {
    const t = arange(24).reshape(2, 3, 4).transpose(1, 0, 2); // (3, 2, 4)
    expect(nb.reshape(t, [3, 8]).data).not.toBe(t.data);
    expect(nb.reshape(t, [3, 2, 2, 2]).data).toBe(t.data);
    expect(nb.reshape(t, [3, 8]).tolist()).toEqual(nb.reshape(t.copy(), [3, 8]).tolist());
  });
});

describe("concat with out", () => {
  test("writes into out, and reads an input that overlaps out as if copied first", () => {
    const buf = arange(6);
    const first = nb.split(buf, 2)[0] as nb.NDArray;
    const out = buf;
    concat([first, first], { out });
    expect(out.tolist()).toEqual([0, 1, 2, 0, 1, 2]);
  });
  test("a refused out is left untouched", () => {
    const out = zeros([4], { dtype: "int32" });
    expect(() => concat([array([1.5, 2]), array([3, 4])], { out })).toThrow(DTypeError);
    expect(() => concat([zeros(2), zeros(2)], { out: broadcastTo(zeros(4), [4]) })).toThrow(ReadOnlyError);
    expect(() => concat([zeros(2), zeros(3)], { out: zeros([4]) })).toThrow("concat: out has shape (4,) but the result has shape (5,)");
    expect(out.tolist()).toEqual([0, 0, 0, 0]);
  });
});

describe("methods and aliases", () => {
  test("a.mT, a.astype, a.flatten, a.ravel, a.squeeze, a.swapaxes, a.repeat", () => {
    const a = arange(6).reshape(1, 2, 3);
    expect(a.mT.shape).toEqual([1, 3, 2]);
    expect(a.astype("int8").dtype).toBe("int8");
    expect(a.flatten().shape).toEqual([6]);
    expect(a.ravel().data).toBe(a.data);
    expect(a.squeeze().shape).toEqual([2, 3]);
    expect(a.swapaxes(0, 2).shape).toEqual([3, 2, 1]);
    expect(a.repeat(2).shape).toEqual([12]);
  });
  test("concatenate is concat; transpose is permuteDims with optional axes", () => {
    const a = arange(4).reshape(2, 2);
    expect(nb.concatenate([a, a], { axis: 1 }).tolist()).toEqual(concat([a, a], { axis: 1 }).tolist());
    expect(nb.transpose(a).tolist()).toEqual(nb.permuteDims(a, [1, 0]).tolist());
  });
  test("indices, widths, counts and shifts may be NDArrays, as numpy reads any array-like", () => {
    const a = arange(6);
    const ints = (xs: number[]): nb.NDArray => array(xs, { dtype: "int32" });
    expect(nb.split(a, ints([1, 3])).map((p) => p.shape)).toEqual([[1], [2], [3]]);
    expect(nb.pad(a, ints([1, 2])).shape).toEqual([9]);
    expect(nb.repeat(a, ints([1, 0, 1, 0, 1, 0])).tolist()).toEqual([0, 2, 4]);
    expect(nb.tile(a, ints([2])).shape).toEqual([12]);
    expect(nb.roll(a, ints([2]), 0).tolist()).toEqual([4, 5, 0, 1, 2, 3]);
  });
  test("asarray returns its argument when nothing changes", () => {
    const a = arange(3);
    expect(nb.asarray(a)).toBe(a);
    expect(nb.asarray(a, { copy: false })).toBe(a);
    expect(() => nb.asarray(a, { dtype: "int32", copy: false })).toThrow(DTypeError);
    expect(nb.astype(a, "float64", { copy: false })).toBe(a);
    expect(nb.astype(a, "float64")).not.toBe(a);
  });
  test("array reads lists of arrays, typed arrays, Sets and generators", () => {
    const v = array([1, 2], { dtype: "int16" });
    expect(array([v, new Int16Array([3, 4])]).dtype).toBe("int16");
    expect(array(new Set([1, 2, 3]) as never).tolist()).toEqual([1, 2, 3]);
    function* gen(): Generator<number> {
      yield 4;
      yield 5;
    }
    expect(array(gen() as never).tolist()).toEqual([4, 5]);
  });
});

describe("laws (fast-check)", () => {
  const shapeArb = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 });
  test("split then concat along any axis gives the array back", () => {
    fc.assert(
      fc.property(shapeArb, fc.nat(), fc.integer({ min: 1, max: 4 }), (shape, ax, parts) => {
        const size = shape.reduce((p, n) => p * n, 1);
        const a = arange(size).reshape(shape);
        const axis = ax % shape.length;
        const pieces = nb.arraySplit(a, parts, axis);
        expect(concat(pieces, { axis }).tolist()).toEqual(a.tolist());
      }),
      { seed: 15, numRuns: 300 },
    );
  });
  test("moveaxis back undoes moveaxis; flip twice is the identity; roll by n then -n too", () => {
    fc.assert(
      fc.property(shapeArb, fc.nat(), fc.nat(), fc.integer({ min: -7, max: 7 }), (shape, s, d, shift) => {
        const a = arange(shape.reduce((p, n) => p * n, 1)).reshape(shape);
        const src = s % shape.length;
        const dst = d % shape.length;
        expect(nb.moveaxis(nb.moveaxis(a, src, dst), dst, src).tolist()).toEqual(a.tolist());
        expect(nb.flip(nb.flip(a, src), src).tolist()).toEqual(a.tolist());
        expect(nb.roll(nb.roll(a, shift, src), -shift, src).tolist()).toEqual(a.tolist());
      }),
      { seed: 16, numRuns: 300 },
    );
  });
  test("einsum of a matrix product equals matmul; tensordot with 1 axis too", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (m, k, n) => {
        const a = nb.sin(arange(m * k).reshape(m, k));
        const b = nb.cos(arange(k * n).reshape(k, n));
        const ref = nb.matmul(a, b).tolist() as number[][];
        for (const r of [einsum("ij,jk->ik", a, b), nb.tensordot(a, b, 1)]) {
          (r.tolist() as number[][]).forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo((ref[i] as number[])[j] as number, 12)));
        }
      }),
      { seed: 17, numRuns: 200 },
    );
  });
});
