import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { array, index as coreIndex, slice, zeros, type NDArray } from "../../src/index.js";
import * as J from "../../src/jacobian/index.js";

const ramp = (shape: number[]): NDArray => {
  const a = zeros(shape);
  for (let i = 0; i < a.size; i++) a.data[i] = ((i * 7) % 11) / 4 - 1;
  return a;
};

describe("index with the core's keys", () => {
  // keys of every kind, on a (3, 4) array
  const KEYS: unknown[][] = [
    [1],
    [-1, 2],
    ["1:"],
    ["::-1"],
    [":", "::2"],
    [slice(null, null, -2), 1],
    ["...", -1],
    ["...", null],
    [null, ":", [3, 0, 3]],
    [[0, 2, 2], [1, 1, 3]],
    [array([true, false, true])],
    [array([[true, false, false, true], [false, false, false, false], [true, true, true, true]])],
    [[[0, 1], [2, 0]], "1:3"],
    ["1:1"],
  ];
  test.each(KEYS.map((k) => [JSON.stringify(k), k] as const))("%s: value and Jacobian are numpy's selection", (_n, keys) => {
    const x = ramp([3, 4]);
    const jac = J.jacobian((v) => J.index(v, ...(keys as never[])), x);
    const want = coreIndex(x, ...(keys as never[]));
    const value = J.index(x, ...(keys as never[])) as NDArray;
    expect(value.shape).toEqual(want.shape);
    expect(Array.from(value.copy().data)).toEqual(Array.from(want.copy().data));
    // column j of the Jacobian is the selection of e_j: numpy's x[keys] with x = e_j
    const M = jac.toDense().copy().data;
    const m = want.size;
    for (let j = 0; j < 12; j++) {
      const e = zeros([3, 4]);
      e.data[j] = 1;
      const col = coreIndex(e, ...(keys as never[])).copy().data;
      for (let i = 0; i < m; i++) expect(M[i * 12 + j]).toBe(col[i]);
    }
  });

  test("a repeated index sums its cotangents (the transpose scatter-adds)", () => {
    const x = array([1, 2, 3]);
    const { cotangent } = J.vjp((v) => J.index(v, [2, 2, 0, 2]), x, array([1, 10, 100, 1000]));
    expect(Array.from(cotangent.data)).toEqual([100, 0, 1011]);
    expect(J.jacobian((v) => J.index(v, [2, 2, 0, 2]), x).applyTranspose(array([1, 10, 100, 1000])).tolist()).toEqual([100, 0, 1011]);
  });

  test("kinds: in place is the identity, a reordering a permutation, an empty selection zero", () => {
    const x = ramp([2, 3]);
    expect(J.jacobian((v) => J.index(v, "..."), x).kind).toBe("identity");
    expect(J.jacobian((v) => J.index(v, ":", ":", null), x).kind).toBe("identity");
    expect(J.jacobian((v) => J.index(v, [1, 0]), x).kind).toBe("permutation");
    expect(J.jacobian((v) => J.index(v, "1:1"), x).kind).toBe("zero");
    expect(J.jacobian((v) => J.index(v, 0), x).toString()).toBe("e₀ᵀ ⊗ I₃");
  });

  test("the leading-integer form is kept, and bad keys are refused with the core's errors", () => {
    const x = ramp([2, 3]);
    expect(() => J.index(J.jacobian((v) => v, x).toDense(), 5)).toThrow(J.IndexError);
    expect(() => J.jacobian((v) => J.index(v, 0, 0, 0), x)).toThrow(/too many indices/);
    expect(() => J.jacobian((v) => J.index(v, [0, 5]), x)).toThrow(J.IndexError);
    expect(() => J.jacobian((v) => J.index(v, array([true, false, true])), x)).toThrow(J.IndexError);
    expect(() => J.jacobian((v) => J.index(v, v as never), x)).toThrow(/an index is a constant/);
  });

  test("the Hessian of a function of selected elements (linear steps add no curvature)", () => {
    const x = array([0.5, -1, 2]);
    // f = Σ x[[0, 0, 2]]³: H = Diag(6·x·count)
    const H = J.hessian((v) => J.sum(J.power(J.index(v, [0, 0, 2]), 3)), x);
    expect(H.toDense().tolist()).toEqual([
      [6, 0, 0],
      [0, 0, 0],
      [0, 0, 12],
    ]);
  });

  test("property: index of random slices agrees with vjp and jvp (fixed seed)", () => {
    const x = ramp([4, 5]);
    const bound = fc.option(fc.integer({ min: -6, max: 6 }), { nil: null });
    const sl = fc.tuple(bound, bound, fc.constantFrom(1, 2, -1, -2, 3)).map(([a, b, c]) => slice(a, b, c));
    fc.assert(
      fc.property(sl, sl, (s0, s1) => {
        const f = (v: J.Input): J.Output => J.index(v, s0, s1);
        const jac = J.jacobian(f, x);
        const out = coreIndex(x, s0, s1);
        const u = ramp([...out.shape]);
        const got = J.vjp(f, x, u).cotangent.data;
        const want = jac.applyTranspose(u).data;
        for (let i = 0; i < x.size; i++) expect(got[i]).toBe(want[i]);
        expect(Array.from(J.jvp(f, x, x).tangent.copy().data)).toEqual(Array.from(out.copy().data));
      }),
      { seed: 19, numRuns: 200 },
    );
  });
});

describe("batched matmul", () => {
  const A = ramp([2, 3, 4]);
  const B = ramp([2, 4, 2]);
  test("equal batch axes: block-diagonal, one block per matrix", () => {
    for (const wrt of [0, 1]) {
      const jac = J.jacobian((a, b) => J.matmul(a, b), [A, B], { wrt });
      expect(jac.kind).toBe("block-diagonal");
      expect(J.checkJacobian((a, b) => J.tanh(J.matmul(a, b)), [A, B], { wrt })).toBeLessThan(1e-8);
      // no entry outside the blocks
      const M = jac.toDense().data;
      const [rows, cols] = [2 * 3 * 2, wrt === 0 ? 24 : 16];
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (Math.floor(r / 6) !== Math.floor(c / (cols / 2))) expect(M[r * cols + c]).toBe(0);
    }
  });

  test("the Hessian of a batched bilinear form", () => {
    // f(X) = Σ (X X)ᵦ for a batch of 2 × 2 matrices: each block's Hessian depends on its own matrix only
    const X = ramp([2, 2, 2]);
    const H = J.hessian((v) => J.sum(J.square(J.matmul(v, v))), X);
    const n = 8;
    const M = H.toDense().data;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (Math.floor(i / 4) !== Math.floor(j / 4)) expect(M[i * n + j]).toBe(0);
    // against finite differences of the gradient
    const g = (v: NDArray): Float64Array => J.grad((w) => J.sum(J.square(J.matmul(w, w))), v).data as Float64Array;
    const h = 1e-6;
    for (let j = 0; j < n; j++) {
      const [p, m] = [X.copy(), X.copy()];
      p.data[j] = (p.data[j] as number) + h;
      m.data[j] = (m.data[j] as number) - h;
      const [gp, gm] = [g(p), g(m)];
      for (let i = 0; i < n; i++) expect(Math.abs(((gp[i] as number) - (gm[i] as number)) / (2 * h) - (M[i * n + j] as number))).toBeLessThan(1e-6);
    }
  });

  test("batch axes that would broadcast are refused, naming broadcastTo", () => {
    expect(() => J.matmul(A, ramp([4, 2]))).toThrow(J.BroadcastRefusedError);
    expect(() => J.matmul(A, ramp([4, 2]))).toThrow(/broadcastTo\(b, \[2, 4, 2\]\)/);
    expect(() => J.matmul(ramp([1, 3, 4]), B)).toThrow(/broadcastTo\(a, \[2, 3, 4\]\)/);
    expect(() => J.jacobian((v) => J.matmul(v, B), ramp([4]))).toThrow(/broadcastTo\(reshape\(a, \[1, 4\]\), \[2, 1, 4\]\)/);
    expect(() => J.matmul(A, ramp([3, 4, 2]))).toThrow(/do not broadcast either/);
    expect(() => J.matmul(A, ramp([2, 3, 2]))).toThrow(J.ShapeError);
    expect(() => J.matmul(array(2), A)).toThrow(/use multiply/);
  });

  test("an explicit broadcastTo makes the product differentiable, with its padding", () => {
    const f = (w: J.Input): J.Output => J.matmul(A, J.broadcastTo(w, [2, 4, 2]));
    expect(J.checkJacobian(f, ramp([4, 2]))).toBeLessThan(1e-8);
  });
});

describe("options are refused when unknown", () => {
  const x = array([1, 2, 3]);
  test.each([
    ["jacobian", () => J.jacobian(J.tanh, x, { wrtt: 0 } as never)],
    ["grad", () => J.grad((v) => J.sum(v), x, { axis: 0 } as never)],
    ["hessian", () => J.hessian((v) => J.sum(v), x, { eps: 1 } as never)],
    ["checkJacobian", () => J.checkJacobian(J.tanh, x, { esp: 1e-6 } as never)],
    ["sum", () => J.sum(x, { dtype: "float32" } as never)],
    ["mean", () => J.mean(x, { out: x } as never)],
    ["max", () => J.max(x, { initial: 0 } as never)],
    ["logsumexp", () => J.logsumexp(x, { b: 1 } as never)],
    ["softmax", () => J.softmax(x, { keepdims: true } as never)],
    ["stack", () => J.stack([x, x], { dtype: "float32" } as never)],
    ["concat", () => J.concat([x, x], { axes: 0 } as never)],
  ])("%s", (fn, call) => {
    expect(call).toThrow(J.DTypeError);
    expect(call).toThrow(new RegExp(`^${fn}: unknown option`));
  });
  test("a known option still works, and did-you-mean names it", () => {
    expect(() => J.checkJacobian(J.tanh, x, { esp: 1e-6 } as never)).toThrow(/did you mean "eps"/);
    expect(J.checkJacobian(J.tanh, x, { eps: 1e-7 })).toBeLessThan(1e-6);
  });
});

describe("checkJacobian and checkJacobianReport", () => {
  test("a kink is reported as such, not as an error", () => {
    expect(J.checkJacobian(J.relu, array([-1, 0, 2]))).toBe(0);
    const r = J.checkJacobianReport(J.relu, array([-1, 0, 2, 1e-8]));
    expect(r.error).toBe(0);
    expect(r.kinks).toEqual([[1], [3]]);
    expect(J.checkJacobianReport((v) => J.maximum(v, 1), array([1, 0])).kinks).toEqual([[0]]);
    expect(J.checkJacobianReport(J.abs, array([[0, 2], [-3, 0]])).kinks).toEqual([[0, 0], [1, 1]]);
    expect(r.kinkError).toBe(0);
    // conventions composed: |max(x, 0)| at 0 is −0.5 by the rules, outside the one-sided [0, 1]
    const composed = J.checkJacobianReport((v) => J.abs(J.negative(J.maximum(v, 0))), array([0, 2]));
    expect(composed.error).toBeLessThan(1e-8);
    expect(composed.kinks).toEqual([[0]]);
    expect(composed.kinkError).toBeCloseTo(0.5, 9);
  });

  test("a smooth function whose rules meet at a kink is checked as smooth", () => {
    // 3|x| − 6 relu(x) = −3x near 0: smooth, derivative −3; JAX's conventions (|x|'(0) = 1,
    // relu'(0) = 0) give 3 — a difference the check shows instead of calling it a kink
    const r = J.checkJacobianReport((v) => J.subtract(J.multiply(J.abs(v), 3), J.multiply(J.relu(v), 6)), array([0]));
    expect(r.kinks).toEqual([]);
    expect(r.error).toBeCloseTo(6, 6);
  });

  test("domain edges: a smaller step, else one-sided, else unchecked", () => {
    const r = J.checkJacobianReport(J.sqrt, array([1e-7, 0, 4]));
    expect(r.error).toBeLessThan(1e-6);
    expect(r.kinks).toEqual([]);
    expect(r.unchecked).toEqual([[1]]);
    // (x − 1)^1.5 at 1: NaN below, a finite derivative (0): the one-sided difference, √h
    const s = J.checkJacobianReport((v) => J.power(J.subtract(v, 1), 1.5), array([1, 2]));
    expect(s.oneSided).toEqual([[0]]);
    expect(s.error).toBeGreaterThan(5e-4);
    expect(s.error).toBeLessThan(2e-3);
    expect(J.checkJacobianReport((v) => J.sqrt(J.subtract(v, 1)), array([1, 2])).unchecked).toEqual([[0]]);
  });

  test("the step is relative to |x|", () => {
    // at 1e8 a step of 1e-6 is two ulps of x; eps·|x| is a step of 100, exact
    expect(J.checkJacobian(J.square, array([1e8]))).toBeLessThan(1);
    expect(J.checkJacobianReport(J.tanh, array([0.5])).worst).toEqual([[0], [0]]);
  });

  test("a wrong Jacobian is reported where it is wrong", () => {
    // the derivative of the tape is right, so compare against a function that lies: a constant
    // read from x's value (not traced) makes f depend on x outside the tape
    const lie = (v: J.Input): J.Output => J.add(v, v instanceof J.Traced ? v.value : (v as NDArray));
    const r = J.checkJacobianReport(lie, array([[1, 2], [3, 4]]));
    expect(r.error).toBeCloseTo(1, 6);
    expect(r.worst?.[0]).toEqual(r.worst?.[1]);
  });

  test("options: eps must be a positive number", () => {
    expect(() => J.checkJacobian(J.tanh, array([1]), { eps: 0 })).toThrow(J.DTypeError);
    expect(() => J.checkJacobian(J.tanh, array([1]), { eps: -1 })).toThrow(/positive/);
  });
});

describe("where, clip and sign", () => {
  test("where: values and dtypes as numpy's, the condition a constant of the operands' shape", () => {
    const cond = array([true, false, true]);
    expect((J.where(cond, array([1, 2, 3], { dtype: "int32" }), 7) as NDArray).dtype).toBe("int32");
    expect((J.where(cond, array([1, 2, 3], { dtype: "int32" }), 1.5) as NDArray).tolist()).toEqual([1, 1.5, 3]);
    expect((J.where(array([1, 0, 2]), array([1, 2, 3]), array([-1, -2, -3])) as NDArray).tolist()).toEqual([1, -2, 3]);
    expect(() => J.where(cond, array([1, 2]), 0)).toThrow(J.BroadcastRefusedError);
    expect(() => J.jacobian((x) => J.where(x as never, x, 0), array([1, 2, 3]))).toThrow(/a condition is a constant/);
    // both branches traced: Diag(cond) + Diag(!cond) ∘ Diag(2x)
    const jac = J.jacobian((x) => J.where(cond, x, J.multiply(x, x)), array([1, 2, 3]));
    expect(jac.toString()).toBe("Diag(array([1., 4., 1.]))");
    expect(J.hessian((x) => J.sum(J.where(cond, J.square(x), J.multiply(x, 3))), array([1, 2, 3])).toString()).toBe("Diag(array([2., 0., 2.]))");
  });

  test("clip: either bound may be null; a value at a bound gets 0.5 (JAX)", () => {
    const x = array([-2, -1, 0, 1, 2]);
    expect((J.clip(x, -1, 1) as NDArray).tolist()).toEqual([-1, -1, 0, 1, 1]);
    expect((J.clip(x, null, 0) as NDArray).tolist()).toEqual([-2, -1, 0, 0, 0]);
    expect((J.clip(x, 0) as NDArray).tolist()).toEqual([0, 0, 0, 1, 2]);
    expect((J.clip(x) as NDArray).tolist()).toEqual([-2, -1, 0, 1, 2]);
    expect(J.jacobian((v) => J.clip(v, -1, 1), x).toString()).toBe("Diag(array([0. , 0.5, 1. , 0.5, 0. ]))");
    expect(J.jacobian((v) => J.clip(v), x).kind).toBe("identity");
    expect(() => J.clip(x, array([0, 1]))).toThrow(J.BroadcastRefusedError);
  });

  test("sign: −1, 0, 1 and NaN, the dtype kept; the zero map", () => {
    expect((J.sign(array([-3, 0, 2], { dtype: "int8" })) as NDArray).toString()).toBe("array([-1,  0,  1], dtype=int8)");
    const s = J.sign(array([-0.5, -0, NaN, Infinity])) as NDArray;
    expect(Array.from(s.data)).toEqual([-1, 0, NaN, 1]);
    expect(() => J.sign(array([true]))).toThrow(J.DTypeError);
    expect(J.jacobian((v) => J.multiply(J.sign(v), J.square(v)), array([-2, 3])).toString()).toBe("Diag(array([4., 6.]))");
    expect(J.hessian((v) => J.sum(J.sign(v)), array([1, 2])).kind).toBe("zero");
  });
});

test("index: an array key written into after the call does not change the Jacobian", () => {
  const key = array([2, 0], { dtype: "int32" });
  const jac = J.jacobian((v) => {
    const out = J.index(v, key);
    key.data[0] = 1;
    return out;
  }, array([1, 2, 3]));
  expect(jac.toDense().tolist()).toEqual([
    [0, 0, 1],
    [1, 0, 0],
  ]);
});
