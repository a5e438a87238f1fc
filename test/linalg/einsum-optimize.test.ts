import { describe, expect, test } from "vitest";
import { arange, DTypeError, einsum, ones } from "../../src/index.js";
import { greedyPath, optimalPath } from "../../src/linalg/einsum.js";

/** Labels of subscripts and the size map of `shapes`, as einsum builds them. */
function problem(spec: string, shapes: number[][]): [number[][], number[], Map<number, number>] {
  const [lhs, rhs] = spec.split("->") as [string, string];
  const sets = lhs.split(",").map((t) => [...t].map((c) => c.charCodeAt(0)));
  const size = new Map<number, number>();
  sets.forEach((s, k) => s.forEach((l, i) => size.set(l, (shapes[k] as number[])[i] as number)));
  return [sets, [...rhs].map((c) => c.charCodeAt(0)), size];
}

describe("einsum optimize", () => {
  // numpy 2.4's np.einsum_path(spec, *ones(shapes), optimize=...)[0][1:]
  test.each([
    ["ij,jk,kl->il", [[3, 4], [4, 5], [5, 2]], [[1, 2], [0, 1]], [[1, 2], [0, 1]]],
    ["ij,jk,kl,lm->im", [[2, 30], [30, 40], [40, 3], [3, 50]], [[1, 2], [0, 2], [0, 1]], [[0, 1], [0, 2], [0, 1]]],
    ["ea,fb,abcd,gc,hd->efgh", [[10, 12], [10, 13], [12, 13, 14, 15], [10, 14], [10, 15]], [[2, 4], [2, 3], [1, 2], [0, 1]], [[2, 4], [2, 3], [1, 2], [0, 1]]],
    // found by random comparison: numpy's flop count (x2 with an inner product), its memory limit and candidate order
    ["a,b,c,abc->", [[3], [4], [5], [3, 4, 5]], [[2, 3], [1, 2], [0, 1]], [[0, 1], [1, 2], [0, 1]]],
    ["ab,cd,bc,de->ae", [[10, 2], [3, 10], [2, 3], [10, 10]], [[1, 3], [1, 2], [0, 1]], [[1, 2], [1, 2], [0, 1]]],
    ["ij,kl,jl->ik", [[2, 3], [4, 5], [3, 5]], [[1, 2], [0, 1]], [[0, 2], [0, 1]]],
    ["a,ab,bc,c->ac", [[2], [2, 9], [9, 9], [9]], [[1, 2], [1, 2], [0, 1]], [[0, 1], [0, 2], [0, 1]]],
    ["ab,cd,ef->acf", [[3, 2], [4, 2], [5, 2]], [[0, 2], [0, 1]], [[0, 2], [0, 1]]],
  ])("%s: the greedy and optimal orders are numpy's", (spec, shapes, greedy, optimal) => {
    const [sets, out, size] = problem(spec, shapes);
    expect(greedyPath(sets, out, size)).toEqual(greedy);
    expect(optimalPath(sets, out, size)).toEqual(optimal);
  });

  test("every setting gives the one-loop result (an integer chain, exact)", () => {
    const a = arange(12, { dtype: "int32" }).reshape(3, 4);
    const b = arange(20, { dtype: "int32" }).reshape(4, 5);
    const c = arange(10, { dtype: "int16" }).reshape(5, 2);
    const want = einsum("ij,jk,kl->li", a, b, c);
    for (const optimize of [true, "greedy", "optimal"] as const) {
      const got = einsum("ij,jk,kl->li", a, b, c, { optimize });
      expect(got.dtype).toBe("int32");
      expect(got.tolist()).toEqual(want.tolist());
    }
  });

  test("a broadcast batch, a diagonal and a label summed in one operand", () => {
    const x = arange(6).reshape(2, 1, 3);
    const m = arange(9).reshape(3, 3);
    const y = ones([4, 3]);
    for (const spec of ["...ij,jj,kj->...ik", "bij,jk,lk->b"]) {
      const ops = spec.startsWith("b") ? [x.reshape(2, 1, 3), m, y.reshape(4, 3)] : [x, m, y];
      expect(einsum(spec, ...ops, { optimize: true }).tolist()).toEqual(einsum(spec, ...ops).tolist());
    }
  });

  test("bad settings are refused", () => {
    const m = ones([2, 2]);
    expect(() => einsum("ij,jk,kl", m, m, m, { optimize: "fast" as never })).toThrow(DTypeError);
    expect(() => einsum("ij,jk,kl", m, m, m, { optimize: "fast" as never })).toThrow('einsum: optimize must be true, false, "greedy" or "optimal"');
    // numpy's optimized path skips the safe-casting check of dtype; here it applies as without optimize
    expect(() => einsum("ij,jk,kl", m, m, m, { optimize: true, dtype: "float32" })).toThrow("cannot cast an operand from float64 to float32 according to the rule 'safe'");
  });
});
