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

describe("review of issue 13: refusals and their messages", () => {
  const i32 = (v: number): nb.NDArray => nb.array([v], { dtype: "int32" }).reshape([]);
  test("one element takes a number or a 0-d array only: a list or an array of size 1 is refused, as numpy does", () => {
    const a = zeros([2, 2]);
    expect(() => setIndex(a, [0, 0], [5])).toThrow(
      "setIndex: setting an array element with a sequence: the keys select one element, so the value must be a number or a 0-d array, got a nested array of shape (1,)",
    );
    expect(() => setIndex(a, [0, 0], nb.array([5]))).toThrow(nb.BroadcastError);
    expect(() => setIndex(a, [i32(0), i32(1)], [5])).toThrow(nb.BroadcastError);
    expect(() => setIndex(zeros([]), [], [[5]])).toThrow(nb.BroadcastError);
    setIndex(a, [0, 0], nb.array([5]).reshape([]));
    setIndex(a, [1, 1, null], [6]); // a view of shape (1,)
    expect(a.tolist()).toEqual([[5, 0], [0, 6]]);
  });
  test("a bool element assigned a list is refused (numpy tests the list's truth instead)", () => {
    const b = zeros([2], { dtype: "bool" });
    expect(() => setIndex(b, 0, [0])).toThrow(nb.BroadcastError);
    expect(() => setIndex(b, 0, [1, 2, 3])).toThrow("setIndex: setting an array element with a sequence");
    expect(() => setIndex(zeros([], { dtype: "bool" }), [], nb.array([1]))).toThrow(nb.BroadcastError);
    expect(b.tolist()).toEqual([false, false]);
  });
  test("a nested list deeper than a view is refused; the same value as an NDArray loses its leading length-1 axes", () => {
    const a = zeros([3]);
    expect(() => setIndex(a, ":", [[1, 2, 3]])).toThrow(
      "setIndex: setting an array element with a sequence: a nested array of shape (1, 3) has more axes than the indexed shape (3,) (numpy drops leading length-1 axes of an NDArray value only); remove the outer brackets",
    );
    setIndex(a, ":", nb.array([[1, 2, 3]]));
    expect(a.tolist()).toEqual([1, 2, 3]);
    setIndex(a, [[0, 1]], [[[7, 8]]]); // an advanced index drops them for lists too
    expect(a.tolist()).toEqual([7, 8, 3]);
  });
  test("a lone mask over every axis takes a value of rank 0 or 1", () => {
    const a = zeros([3]);
    const m = nb.array([true, false, true], { dtype: "bool" });
    expect(() => setIndex(a, m, nb.array([[1, 2]]))).toThrow(
      "setIndex: boolean array indexing assignment requires a 0 or 1-dimensional value, got an array of shape (1, 2)",
    );
    expect(() => setIndex(a, m, [[1, 2]])).toThrow(nb.BroadcastError);
    setIndex(a, [m, "..."], nb.array([[1, 2]])); // with another key numpy broadcasts as usual
    expect(a.tolist()).toEqual([1, 0, 2]);
  });
  test("a 0-d integer array key is bounds-checked as an integer, even when the result is empty", () => {
    expect(() => index(zeros([3, 2]), i32(3), [false, false])).toThrow("index: index 3 (keys[0]) is out of bounds for axis 0 with size 3");
    expect(() => index(zeros([3, 2]), i32(-4), [])).toThrow(nb.IndexError);
    expect(index(zeros([3, 2]), i32(2), []).shape).toEqual([0]);
  });
  test("Slice: the constructor checks as slice() does; slice() needs an argument", () => {
    expect(() => new nb.Slice(0, 3, 0)).toThrow("Slice: slice step cannot be zero");
    expect(() => new nb.Slice(null, null, 0)).toThrow(nb.IndexError);
    expect(() => new nb.Slice(0.5, 3, 1)).toThrow("Slice: slice start must be an integer or null, got 0.5");
    expect(() => new nb.Slice(0, "3" as never, 1)).toThrow(nb.IndexError);
    expect(index(arange(5), new nb.Slice(-0, 3, null)).tolist()).toEqual([0, 1, 2]);
    expect(() => (slice as () => nb.Slice)()).toThrow('slice: expected at least 1 argument, got 0 (as Python\'s slice()); for the whole axis pass ":" or slice(null)');
    expect(String(slice(null))).toBe(":");
  });
  test("BigInt typed arrays and float NDArrays are refused as index arrays, everywhere", () => {
    expect(() => index(arange(5), BigInt64Array.of(1n))).toThrow(
      "index: keys[0] is a BigInt64Array, whose BigInt elements cannot index; pass an Int32Array, a nested array of numbers or an integer NDArray",
    );
    expect(() => index(arange(5), 0 as never, BigUint64Array.of(1n) as never)).toThrow(/^index: keys\[1\] is a BigUint64Array/);
    expect(() => nb.take(arange(6), nb.array([1, 2]))).toThrow(
      'take: indices is a float64 array of shape (2,); arrays used as indices must be of integer type (convert with astype("int32"))',
    );
    expect(() => nb.take(arange(6), BigInt64Array.of(1n))).toThrow(nb.IndexError);
    expect(() => nb.unravelIndex(nb.array([1]), [3])).toThrow(nb.IndexError);
    expect(() => nb.put(arange(3), nb.array([0]), [1])).toThrow(nb.IndexError);
    expect(nb.take(arange(6), [1, 2]).tolist()).toEqual([1, 2]); // nested JS numbers stay accepted
    expect(nb.take(arange(6), Float64Array.of(1, 2)).tolist()).toEqual([1, 2]);
  });
  test("ravelMultiIndex into a shape with a zero is a ShapeError; unravelIndex checks the bounds before the rank", () => {
    expect(() => nb.ravelMultiIndex([[1], [0]], [1, 0])).toThrow(
      'ravelMultiIndex: cannot ravel a multi-index into a shape with zero entries (1, 0) (numpy: "cannot unravel if shape has zero entries")',
    );
    expect(nb.ravelMultiIndex([[], []], [0, 3]).shape).toEqual([0]);
    expect(() => nb.unravelIndex([0, 1], [])).toThrow("unravelIndex: index 1 is out of bounds for array with size 1 (shape ())");
    expect(() => nb.unravelIndex([0, 0], [])).toThrow(nb.ShapeError);
  });
  test("putAlongAxis checks its arguments before refusing a read-only target", () => {
    const ro = nb.broadcastTo(arange(3), [3]);
    expect(() => nb.putAlongAxis(ro, [0], 1, 1)).toThrow(nb.AxisError);
    expect(() => nb.putAlongAxis(ro, [[0]], 1, 0)).toThrow(nb.ShapeError);
    expect(() => nb.putAlongAxis(ro, [0], 1, 0)).toThrow(nb.ReadOnlyError);
  });
});
