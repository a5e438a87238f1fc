import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { arange, index, setIndex, slice, zeros } from "../../src/index.js";

const A = (): nb.NDArray => arange(12).reshape(3, 4);

describe("index: errors name the key's position, the axis and the fix", () => {
  test.each([
    [[0, 4], nb.IndexError, "index: index 4 (keys[1]) is out of bounds for axis 1 with size 4"],
    [[-4], nb.IndexError, "index: index -4 (keys[0]) is out of bounds for axis 0 with size 3"],
    [[0, 0, 0], nb.IndexError, "index: too many indices for array: array is 2-dimensional (shape (3, 4)), but 3 were indexed"],
    [[1.5], nb.IndexError, "index: keys[0] is 1.5, which is not an integer"],
    [[":", "1:x"], nb.IndexError, 'index: keys[1] is the string "1:x", which is not a slice'],
    [["1"], nb.IndexError, "for an integer index pass the number 1"],
    [["::0"], nb.IndexError, 'index: keys[0] "::0": slice step cannot be zero'],
    [["...", "..."], nb.IndexError, 'index: an index can only have a single ellipsis ("..."): keys[0] and keys[1]'],
    [[[true, false]], nb.IndexError, "index: boolean index keys[0] of shape (2,) did not match indexed array along axis 0; size of axis is 3"],
    [[[0, 1], [0, 1, 2]], nb.IndexError, "index: shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) (keys [0], [1])"],
    [[":", [0, 9]], nb.IndexError, "index: index 9 (keys[1]) is out of bounds for axis 1 with size 4"],
    [[[0, 1.5]], nb.IndexError, "index: keys[0] holds 1.5 among integers"],
    [[[true, 1]], nb.IndexError, "index: keys[0] holds 1 among booleans"],
    [[[[0, 1], [2]]], nb.IndexError, "index: keys[0] is a ragged nested array"],
    [[{}], nb.IndexError, "index: keys[0] is"],
    [[arange(2)], nb.IndexError, "index: keys[0] is a float64 array of shape (2,); arrays used as indices must be of integer (or boolean) type"],
  ])("%j", (keys, cls, message) => {
    expect(() => index(A(), ...(keys as nb.Key[]))).toThrow(cls);
    expect(() => index(A(), ...(keys as nb.Key[]))).toThrow(message);
  });
  test("a non-array is refused", () => {
    expect(() => index([1, 2] as unknown as nb.NDArray, 0)).toThrow("index: expected an NDArray to index, got");
  });
});

describe("index: views and copies", () => {
  test("a.index() with no key is a view of the whole array; of a 0-d array, a copy (numpy's scalar)", () => {
    const a = A();
    const v = a.index();
    expect(v.data).toBe(a.data);
    expect(v.shape).toEqual([3, 4]);
    const z = nb.array(5);
    expect(z.index().data).not.toBe(z.data);
    expect(z.index("...").data).toBe(z.data);
  });
  test("integer and slice keys allocate no element storage: the view shares the buffer, offset and strides change", () => {
    const a = zeros([1000, 1000]);
    const row = a.index(5);
    expect(row.data).toBe(a.data);
    expect(row.offset).toBe(5000);
    const cols = a.index(":", "::2");
    expect(cols.data).toBe(a.data);
    expect(cols.strides).toEqual([1000, 2]);
    expect(cols.shape).toEqual([1000, 500]);
  });
  test("writing through a view changes the base; a view of a read-only array is read-only", () => {
    const a = A();
    a.index(1, "::-1").set(0, 100);
    expect(a.get(1, 3)).toBe(100);
    const ro = nb.broadcastTo(arange(4), [3, 4]);
    expect(ro.index(0).readonly).toBe(true);
    expect(ro.index([0, 1]).readonly).toBe(false);
  });
  test("every integer key on all axes gives a 0-d copy (numpy returns a scalar); with a new axis or an ellipsis, a view", () => {
    const a = A();
    const x = a.index(1, 2);
    expect(x.shape).toEqual([]);
    expect(x.data).not.toBe(a.data);
    expect(a.index(1, 2, "...").data).toBe(a.data);
    expect(a.index(1, 2, null).data).toBe(a.data);
  });
  test("slice() as Python's: one argument is the stop; the step is never 0; bounds are integers", () => {
    expect(index(arange(5), slice(2)).tolist()).toEqual([0, 1]);
    expect(index(arange(5), slice(null, null, -2)).tolist()).toEqual([4, 2, 0]);
    expect(() => slice(0, 1, 0)).toThrow("slice: slice step cannot be zero");
    expect(() => slice(0.5, 1)).toThrow("slice: slice start must be an integer or null, got 0.5");
    expect(String(slice(undefined, -1))).toBe(":-1");
    expect(nb.newaxis).toBe(null);
  });
});

describe("setIndex", () => {
  test("keys: a JS array is the list of keys (numpy's tuple), anything else one key", () => {
    const a = zeros([3, 3]);
    setIndex(a, [0, 1], 5); // a[0, 1] = 5
    setIndex(a, [[0, 2]], 7); // a[[0, 2]] = 7
    setIndex(a, "1:2", 9); // a[1:2] = 9
    expect(a.tolist()).toEqual([[7, 7, 7], [9, 9, 9], [7, 7, 7]]);
  });
  test("a value that overlaps the target behaves as if copied first", () => {
    const a = arange(6);
    a.setIndex("1:", a.index(":-1"));
    expect(a.tolist()).toEqual([0, 0, 1, 2, 3, 4]);
    const b = arange(6);
    b.setIndex([[5, 4, 3, 2, 1, 0]], b);
    expect(b.tolist()).toEqual([5, 4, 3, 2, 1, 0]);
  });
  test("repeated indices: the last write wins", () => {
    const a = zeros(3);
    a.setIndex([[0, 0, 0, 1]], [1, 2, 3, 4]);
    expect(a.tolist()).toEqual([3, 4, 0]);
  });
  test("nothing is written when the call fails", () => {
    const a = A();
    expect(() => a.setIndex([[0, 1], [0, 9]], 1)).toThrow("setIndex: index 9 (keys[1]) is out of bounds for axis 1 with size 4");
    expect(a.tolist()).toEqual(A().tolist());
    const b = arange(4, undefined, undefined, { dtype: "int32" });
    expect(() => b.setIndex([":"], [1, 2, 3, NaN])).toThrow(nb.DTypeError);
    expect(() => b.setIndex([":"], nb.array([1, 2, 3, 1e10]))).toThrow(
      "setIndex: cannot write 10000000000 from a float64 array into int32 (-2147483648 to 2147483647); numpy would write an undefined value",
    );
    expect(b.tolist()).toEqual([0, 1, 2, 3]);
    expect(() => A().setIndex(["1:-1"], [1, 2, 3])).toThrow(
      "setIndex: could not broadcast input array from shape (3,) into shape (1, 4); the value must broadcast to the indexed shape",
    );
  });
  test("a read-only target is refused", () => {
    const ro = nb.broadcastTo(arange(4), [3, 4]);
    expect(() => ro.setIndex([0], 1)).toThrow(nb.ReadOnlyError);
    expect(() => ro.setIndex([0], 1)).toThrow("setIndex: assignment destination is read-only");
  });
  test("float values truncate into integer arrays, as numpy's assignment", () => {
    const a = zeros(4, { dtype: "int32" });
    a.setIndex([":"], nb.array([1.9, -1.9, 0.5, -0.5]));
    expect(a.tolist()).toEqual([1, -1, 0, 0]);
  });
});

describe("iteration and length", () => {
  test("for…of walks the first axis; length is shape[0]", () => {
    const a = A();
    const rows = [...a];
    expect(rows.length).toBe(3);
    expect(a.length).toBe(3);
    expect(rows[2]?.tolist()).toEqual([8, 9, 10, 11]);
    expect(rows[2]?.data).toBe(a.data);
    expect([...arange(2)].map((x) => x.shape)).toEqual([[], []]);
    expect(zeros([0, 2]).length).toBe(0);
  });
  test("a 0-d array has no length and cannot be iterated (numpy's TypeError)", () => {
    expect(() => nb.array(1).length).toThrow(nb.ShapeError);
    // not iterable at all, as numpy's TypeError: generic code that asks whether it iterates gets "no"
    expect(() => [...(nb.array(1) as unknown as Iterable<unknown>)]).toThrow(TypeError);
    expect((nb.array(1) as unknown as { [Symbol.iterator]: unknown })[Symbol.iterator]).toBeUndefined();
    expect(nb.array(1)).not.toBe(nb.array(1));
  });
});

describe("around indexing", () => {
  test("unknown options are refused", () => {
    expect(() => nb.take(A(), [0], { axis: 0, out: 1 } as never)).toThrow('take: unknown option "out"');
    expect(() => nb.take(A(), [0], { mode: "bogus" } as never)).toThrow('take: mode must be "raise", "wrap" or "clip"');
  });
  test("slidingWindowView is a read-only O(1) view unless writeable is asked", () => {
    const x = arange(6);
    const w = nb.slidingWindowView(x, 3);
    expect(w.data).toBe(x.data);
    expect(w.readonly).toBe(true);
    expect(() => w.setIndex([0, 0], 1)).toThrow(nb.ReadOnlyError);
    const ww = nb.slidingWindowView(x, 2, { writeable: true });
    ww.setIndex([0, 0], 9);
    expect(x.get(0)).toBe(9);
    expect(() => nb.slidingWindowView(nb.broadcastTo(x, [2, 6]), [2], 1, { writeable: true })).toThrow(nb.ReadOnlyError);
  });
});

describe("keys that are views", () => {
  test("a non-contiguous bool mask and a reversed index array read in C order of their own shape", () => {
    const a = arange(12).reshape(3, 4);
    const mask = a.T.greater(5).T; // (3, 4), the transpose of a (4, 3) result: strides (1, 3)
    expect(mask.strides).not.toEqual([4, 1]);
    expect(a.index(mask).tolist()).toEqual([6, 7, 8, 9, 10, 11]);
    const idx = nb.array([0, 1, 2], { dtype: "int32" }).index("::-1");
    expect(a.index(idx, 0).tolist()).toEqual([8, 4, 0]);
    const b = zeros([3, 4]);
    b.setIndex(mask, a.index(mask));
    expect(b.tolist()).toEqual([[0, 0, 0, 0], [0, 0, 6, 7], [8, 9, 10, 11]]);
  });
  test("a mask and a value of the bool dtype: non-zero values are true when written into bool", () => {
    const m = zeros(4, { dtype: "bool" });
    m.setIndex([":"], nb.array([0, 0.5, NaN, -0]));
    expect(m.tolist()).toEqual([false, true, true, false]);
  });
});
