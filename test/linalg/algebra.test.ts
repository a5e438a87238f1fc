import { describe, expect, test } from "vitest";
import {
  arange,
  array,
  AxisError,
  BroadcastError,
  diag,
  diagonal,
  dot,
  DTypeError,
  hadamard,
  matmul,
  max,
  mean,
  min,
  ones,
  outer,
  prod,
  ReadOnlyError,
  ShapeError,
  sum,
  unbroadcast,
  zeros,
} from "../../src/index.js";

describe("hadamard", () => {
  test("multiplies equal shapes elementwise, with dtype promotion and out", () => {
    const out = zeros([2]);
    expect(hadamard(array([1, 2]), array([3, 4], { dtype: "int32" }), { out })).toBe(out);
    expect(out.tolist()).toEqual([3, 8]);
    expect(hadamard(array([1, 2]), 3).tolist()).toEqual([3, 6]);
  });
  test.each([
    [[2, 3], [3], "hadamard: shapes (2, 3) and (3,) differ; the Hadamard product needs equal shapes — use multiply(a, b) to broadcast, or broadcastTo(b, [2, 3]) to make it explicit"],
    [[1, 3], [2, 3], "hadamard: shapes (1, 3) and (2, 3) differ; the Hadamard product needs equal shapes — use multiply(a, b) to broadcast, or broadcastTo(a, [2, 3]) to make it explicit"],
    [[2, 1], [1, 3], "hadamard: shapes (2, 1) and (1, 3) differ; the Hadamard product needs equal shapes — use multiply(a, b) to broadcast, or broadcastTo both to [2, 3] to make it explicit"],
    [[2], [3], "hadamard: shapes (2,) and (3,) differ; the Hadamard product needs equal shapes — the shapes do not broadcast either"],
  ])("%j ⊙ %j throws ShapeError", (sa, sb, message) => {
    expect(() => hadamard(zeros(sa), zeros(sb))).toThrow(ShapeError);
    expect(() => hadamard(zeros(sa), zeros(sb))).toThrow(message);
  });
  test("refuses an out that the operands would broadcast into", () => {
    expect(() => hadamard(zeros([3]), zeros([3]), { out: zeros([2, 3]) })).toThrow(
      "hadamard: out has shape (2, 3), the operands (3,); out must have the operands' shape",
    );
  });
});

describe("diag and diagonal", () => {
  test("diag of a vector is Diag(v); of a matrix, its diagonal", () => {
    expect(diag(array([1, 2]), -1).tolist()).toEqual([[0, 0, 0], [1, 0, 0], [0, 2, 0]]);
    expect(diag(array([[1, 2], [3, 4]])).tolist()).toEqual([1, 4]);
    expect(diag(array([[1, 2], [3, 4]]), 5).shape).toEqual([0]);
    expect(diag(array([1], { dtype: "int32" })).dtype).toBe("int32");
  });
  test("diag refuses other ranks and non-integer k", () => {
    expect(() => diag(zeros([2, 2, 2]))).toThrow(ShapeError);
    expect(() => diag(zeros([2, 2, 2]))).toThrow("diag: the input must be 1-D or 2-D, got shape (2, 2, 2)");
    expect(() => diag(array(1))).toThrow("diag: the input must be 1-D or 2-D, got shape ()");
    expect(() => diag(zeros([2]), 0.5)).toThrow(DTypeError);
  });
  test("diagonal is a read-only view with stride n + 1", () => {
    const a = arange(16).reshape(4, 4);
    const d = diagonal(a, 1);
    expect(d.strides).toEqual([5]);
    expect(d.tolist()).toEqual([1, 6, 11]);
    expect(() => d.set(0, 1)).toThrow(ReadOnlyError);
    expect(diagonal(a.T).strides).toEqual([5]);
  });
  test("diagonal refuses 1-D input and equal axes", () => {
    expect(() => diagonal(zeros([3]))).toThrow("diagonal: the input needs at least 2 dimensions, got shape (3,)");
    expect(() => diagonal(zeros([2, 2]), 0, { axis1: 1, axis2: -1 })).toThrow(AxisError);
  });
});

describe("matmul, dot, outer", () => {
  test("matmul promotes 1-D operands and broadcasts batch axes", () => {
    expect(matmul(ones([5, 2, 3]), ones([3, 4])).shape).toEqual([5, 2, 4]);
    expect(matmul(ones([2, 1, 3, 4]), ones([5, 4, 2])).shape).toEqual([2, 5, 3, 2]);
    expect(matmul(ones([3]), ones([3])).shape).toEqual([]);
    expect(matmul(ones([3]), ones([2, 3, 4])).shape).toEqual([2, 4]);
  });
  test("matmul names both shapes when inner sizes differ", () => {
    expect(() => matmul(zeros([2, 3]), zeros([4, 5]))).toThrow(ShapeError);
    expect(() => matmul(zeros([2, 3]), zeros([4, 5]))).toThrow(
      "matmul: shapes (2, 3) and (4, 5) do not align: the last axis of the first has 3 elements, the second-to-last axis of the second 4",
    );
    expect(() => matmul(zeros([2, 3]), zeros([4]))).toThrow("the only axis of the second 4");
  });
  test("matmul refuses 0-d operands and batch axes that do not broadcast", () => {
    expect(() => matmul(array(2), ones([2]))).toThrow("matmul: operand 1 is 0-d (shape ()); a matrix product needs at least 1 dimension — use multiply for scalars");
    expect(() => matmul(ones([2, 2, 2]), ones([3, 2, 2]))).toThrow(BroadcastError);
    expect(() => matmul(ones([2, 2, 2]), ones([3, 2, 2]))).toThrow(
      "matmul: cannot broadcast the batch axes (2,) of (2, 2, 2) and (3,) of (3, 2, 2): axis -1 has 2 vs 3",
    );
  });
  test("integer matmul wraps like numpy's", () => {
    const big = array([[65536, 65536]], { dtype: "int32" });
    expect(matmul(big, big.T).tolist()).toEqual([[0]]);
  });
  test("dot names the misaligned axes as numpy does", () => {
    expect(() => dot(zeros([2, 3]), zeros([4, 5]))).toThrow("dot: shapes (2, 3) and (4, 5) not aligned: 3 (dim 1) != 4 (dim 0)");
    expect(dot(array(2), array([1, 2])).tolist()).toEqual([2, 4]);
  });
  test("outer flattens its inputs", () => {
    expect(outer(array([[1, 2]]), array([1, 10])).tolist()).toEqual([[1, 10], [2, 20]]);
  });
});

describe("reductions", () => {
  test("empty sum is 0, empty product 1, empty mean NaN", () => {
    expect(sum(zeros([0])).get()).toBe(0);
    expect(prod(zeros([0])).get()).toBe(1);
    expect(mean(zeros([0])).get()).toBeNaN();
  });
  test("an empty max or min throws ShapeError, unless nothing is left to compute", () => {
    expect(() => max(zeros([0, 3]))).toThrow(ShapeError);
    expect(() => max(zeros([0, 3]))).toThrow("max: cannot reduce an empty array of shape (0, 3): the maximum has no identity");
    expect(() => min(zeros([0, 3]), { axis: 0 })).toThrow("min: cannot reduce an empty array of shape (0, 3) along axis 0: the minimum has no identity");
    expect(max(zeros([0, 3]), { axis: 1 }).shape).toEqual([0]);
  });
  test("NaN propagates", () => {
    expect(sum(array([1, NaN])).get()).toBeNaN();
    expect(max(array([NaN, 1])).get()).toBeNaN();
    expect(min(array([1, NaN])).get()).toBeNaN();
  });
  test.each([
    [2, "sum: axis 2 is out of bounds for array of dimension 2"],
    [-3, "sum: axis -3 is out of bounds for array of dimension 2"],
    [[0, 0], "sum: duplicate axis 0 in (0, 0)"],
    [[1, -1], "sum: duplicate axis -1 in (1, -1)"],
    [0.5, "sum: an axis must be an integer, got 0.5"],
  ])("axis %j throws AxisError", (axis, message) => {
    expect(() => sum(zeros([2, 3]), { axis: axis as number })).toThrow(AxisError);
    expect(() => sum(zeros([2, 3]), { axis: axis as number })).toThrow(message);
  });
  test("sums are pairwise: 1e6 values of 0.1 sum to numpy's answer (np.sum gives 100000.00000000003)", () => {
    const a = zeros([1e6]);
    a.data.fill(0.1);
    expect(sum(a).get()).toBe(100000.00000000003);
  });
  test("integer sums run in float64; max keeps the dtype", () => {
    const a = array([2147483647, 1], { dtype: "int32" });
    expect(sum(a).get()).toBe(2147483648);
    expect(sum(a).dtype).toBe("float64");
    expect(max(a).dtype).toBe("int32");
  });
});

describe("unbroadcast", () => {
  test("sums added and stretched axes back down", () => {
    const g = arange(24).reshape(2, 3, 4);
    expect(unbroadcast(g, [3, 1]).tolist()).toEqual([[60], [92], [124]]);
    expect(unbroadcast(g, []).tolist()).toBe(276);
  });
  test("refuses a shape that does not broadcast to g's", () => {
    expect(() => unbroadcast(zeros([2, 3]), [4])).toThrow(BroadcastError);
    expect(() => unbroadcast(zeros([2, 3]), [4])).toThrow(
      "unbroadcast: cannot broadcast shape (4,) to (2, 3): axis -1 has 4 where the target has 3; only an axis of size 1 can stretch",
    );
  });
});
