import { describe, expect, test } from "vitest";
import {
  arange,
  array,
  BroadcastError,
  broadcastArrays,
  broadcastShapes,
  broadcastTo,
  explainBroadcast,
  ReadOnlyError,
  ShapeError,
  zeros,
} from "../../src/index.js";

describe("broadcastShapes", () => {
  test("names every shape and the axis at fault", () => {
    expect(() => broadcastShapes([2, 3], [4])).toThrow(BroadcastError);
    expect(() => broadcastShapes([2, 3], [4])).toThrow("broadcastShapes: cannot broadcast shapes (2, 3) and (4,): axis -1 has 3 vs 4");
    expect(() => broadcastShapes([3], [3], [4])).toThrow("broadcastShapes: cannot broadcast shapes (3,), (3,) and (4,): axis -1 has 3 vs 4");
    expect(() => broadcastShapes([5, 1, 4], [2, 1, 4])).toThrow("axis -3 has 5 vs 2");
  });
  test("no shapes give (); a number is a 1-D shape", () => {
    expect(broadcastShapes()).toEqual([]);
    expect(broadcastShapes(2, [3, 2])).toEqual([3, 2]);
  });
  test("a zero-length axis pairs only with 0 or 1", () => {
    expect(broadcastShapes([0], [1])).toEqual([0]);
    expect(() => broadcastShapes([0], [2])).toThrow("axis -1 has 0 vs 2");
  });
  test("refuses invalid shapes", () => {
    expect(() => broadcastShapes([-1])).toThrow(ShapeError);
    expect(() => broadcastShapes([-1])).toThrow("broadcastShapes: negative dimensions are not allowed: -1 in (-1,)");
  });
});

describe("broadcastTo", () => {
  test("is a read-only view with stride 0 on added and stretched axes", () => {
    const v = array([[1], [2]]);
    const b = broadcastTo(v, [3, 2, 4]);
    expect(b.strides).toEqual([0, 1, 0]);
    expect(b.readonly).toBe(true);
    expect(b.data).toBe(v.data);
    expect(b.get(2, 1, 3)).toBe(2);
  });
  test("writing into it throws ReadOnlyError and changes nothing", () => {
    const v = array([1, 2, 3]);
    const b = broadcastTo(v, [2, 3]);
    expect(() => b.set(0, 0, 9)).toThrow(ReadOnlyError);
    expect(v.tolist()).toEqual([1, 2, 3]);
  });
  test("a view of a read-only view stays read-only", () => {
    const b = broadcastTo(array([1, 2]), [2, 2]);
    expect(b.T.readonly).toBe(true);
    expect(b.reshape(4).readonly).toBe(false);
    expect(b.copy().readonly).toBe(false);
  });
  test("costs O(1): broadcasting (1000,) to (100000, 1000) allocates nothing", () => {
    const v = arange(1000);
    const before = process.memoryUsage().arrayBuffers;
    const b = broadcastTo(v, [100000, 1000]);
    const after = process.memoryUsage().arrayBuffers;
    expect(b.size).toBe(1e8);
    expect(b.data).toBe(v.data);
    expect(after - before).toBeLessThan(1e6);
    expect(b.get(99999, 999)).toBe(999);
  });
  test.each([
    [[3], [], "broadcastTo: cannot broadcast shape (3,) to (): the target has fewer axes (0) than the array (1)"],
    [[2, 3], [3], "broadcastTo: cannot broadcast shape (2, 3) to (3,): the target has fewer axes (1) than the array (2)"],
    [[3], [4], "broadcastTo: cannot broadcast shape (3,) to (4,): axis -1 has 3 where the target has 4; only an axis of size 1 can stretch"],
    [[1, 2], [2, 1], "broadcastTo: cannot broadcast shape (1, 2) to (2, 1): axis -1 has 2 where the target has 1; only an axis of size 1 can stretch"],
  ])("%j to %j throws BroadcastError", (from, to, message) => {
    expect(() => broadcastTo(zeros(from), to)).toThrow(BroadcastError);
    expect(() => broadcastTo(zeros(from), to)).toThrow(message);
  });
  test("a negative target size throws ShapeError", () => {
    expect(() => broadcastTo(zeros([1]), [-1])).toThrow(ShapeError);
    expect(() => broadcastTo(zeros([1]), [-1])).toThrow("broadcastTo: negative dimensions are not allowed: -1 in (-1,)");
  });
  test("accepts nested arrays", () => {
    expect(broadcastTo([1, 2], [2, 2]).tolist()).toEqual([[1, 2], [1, 2]]);
  });
});

describe("broadcastArrays", () => {
  test("returns read-only views with the common shape", () => {
    const [x, y] = broadcastArrays(array([[1], [2]]), array([10, 20, 30]));
    expect(x.shape).toEqual([2, 3]);
    expect(y.shape).toEqual([2, 3]);
    expect(x.readonly && y.readonly).toBe(true);
    expect(y.tolist()).toEqual([[10, 20, 30], [10, 20, 30]]);
  });
  test("names every shape on failure", () => {
    expect(() => broadcastArrays(zeros([2]), zeros([3]))).toThrow("broadcastArrays: cannot broadcast shapes (2,) and (3,): axis -1 has 2 vs 3");
  });
});

describe("explainBroadcast", () => {
  test("pads, lists stretched axes and writes the ones product", () => {
    const e = explainBroadcast([3], [2, 3]);
    expect(e.ok).toBe(true);
    expect(e.shape).toEqual([2, 3]);
    expect(e.operands[0]).toMatchObject({ name: "a", padded: [1, 3], added: [0], stretched: [0], onesProduct: "1₂ ⊗ aᵀ" });
    expect(e.operands[1]).toMatchObject({ name: "b", padded: [2, 3], added: [], stretched: [], onesProduct: "b" });
    expect(e.toString()).toBe("a: (3,) → (1, 3) → 1₂ ⊗ aᵀ = (2, 3)\nb: (2, 3) = (2, 3)");
  });
  test("writes a column stretched along rows, and a scalar stretched both ways", () => {
    expect(explainBroadcast([2, 1], [2, 3]).operands[0]?.onesProduct).toBe("a ⊗ 1₃ᵀ");
    expect(explainBroadcast([], [2, 3]).toString().split("\n")[0]).toBe("a: () → (1, 1) → a 1₂ 1₃ᵀ = (2, 3)");
    expect(explainBroadcast([1], [5]).operands[0]?.onesProduct).toBe("a 1₅");
  });
  test("explains a failure axis by axis instead of throwing", () => {
    const e = explainBroadcast([2, 3], [4]);
    expect(e.ok).toBe(false);
    expect(e.shape).toBeNull();
    expect(e.axes).toEqual([
      { axis: -2, sizes: [2, 1], size: 2 },
      { axis: -1, sizes: [3, 4], size: null },
    ]);
    expect(e.toString()).toBe(
      "a: (2, 3)\nb: (4,) → (1, 4)\naxis -1: 3 vs 4 — cannot broadcast (sizes must be equal, or one of them 1)",
    );
  });
  test("uses given names and writes higher ranks axis by axis", () => {
    const e = explainBroadcast([3, 1, 4], [2, 1, 5, 1], { names: ["x", "y"] });
    expect(e.toString()).toBe(
      "x: (3, 1, 4) → (1, 3, 1, 4) → x ⊗ 1₂ on axis 0 ⊗ 1₅ on axis 2 = (2, 3, 5, 4)\n" +
        "y: (2, 1, 5, 1) → y ⊗ 1₃ on axis 1 ⊗ 1₄ on axis 3 = (2, 3, 5, 4)",
    );
  });
});
