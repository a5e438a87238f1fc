import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { array, NDArrayError, ShapeError, zeros, type NDArray } from "../../src/index.js";
import * as J from "../../src/jacobian/index.js";
import { asScalar, programArb, run } from "./programs.js";

describe("hessian, hvp and valueAndGrad", () => {
  test("the Hessian of an elementwise sum is a diagonal, of shape in + in", () => {
    const H = J.hessian((x) => J.sum(J.square(J.sin(x))), zeros([2, 3]));
    expect(H.kind).toBe("diagonal");
    expect(H.shape).toEqual([2, 3, 2, 3]);
    expect(H.diagonal().tolist()).toEqual([[2, 2, 2], [2, 2, 2]]);
  });
  test("x ⊙ x and dot(x, x) give 2I; a function of a constant gives the zero map", () => {
    expect(J.hessian((x) => J.sum(J.multiply(x, x)), array([1, 2])).toDense().tolist()).toEqual([[2, 0], [0, 2]]);
    expect(J.hessian((x) => J.dot(x, x), array([1, 2])).toDense().tolist()).toEqual([[2, 0], [0, 2]]);
    expect(J.hessian(() => J.sum(array([1, 2])), array([1, 2])).kind).toBe("zero");
    expect(J.hessian((x) => J.sum(x), array([1, 2])).kind).toBe("zero");
  });
  test("a matrix variable: the Hessian of sum((W x)²) with respect to W is (I ⊗ x xᵀ)·2", () => {
    const x = array([1, 2]);
    const H = J.hessian((W) => J.sum(J.square(J.matmul(W, x))), array([[1, 0], [0, 1]]));
    expect(H.shape).toEqual([2, 2, 2, 2]);
    expect(H.toDense().reshape([4, 4]).tolist()).toEqual([
      [2, 4, 0, 0],
      [4, 8, 0, 0],
      [0, 0, 2, 4],
      [0, 0, 4, 8],
    ]);
  });
  test("a vector-valued f is refused, naming its shape and what to use", () => {
    expect(() => J.hessian((x) => J.square(x), array([1, 2]))).toThrow(ShapeError);
    expect(() => J.hessian((x) => J.square(x), array([1, 2]))).toThrow(/hessian: f must return a scalar \(shape \(\)\), got shape \(2,\)/);
    expect(() => J.hvp((x) => J.square(x), array([1, 2]), array([1, 0]))).toThrow(/hvp: f must return a scalar/);
    expect(() => J.valueAndGrad((x) => J.square(x), array([1, 2]))).toThrow(/valueAndGrad: f must return a scalar/);
  });
  test("jacobian of grad is refused with a message that points to hessian", () => {
    const f = (x: J.Input) => J.grad((y) => J.sum(J.square(y)), x as never);
    expect(() => J.jacobian(f, array([1, 2]))).toThrow(NDArrayError);
    expect(() => J.jacobian(f, array([1, 2]))).toThrow(/derivative of a derivative .* use hessian\(f, x\)/);
  });
  test("hvp checks the direction's shape", () => {
    expect(() => J.hvp((x) => J.sum(J.square(x)), array([1, 2]), array([1, 2, 3]))).toThrow(/hvp: v has shape \(3,\), expected \(2,\)/);
  });
  test("valueAndGrad gives f(x) and grad(f, x)", () => {
    const f = (x: J.Input) => J.sum(J.tanh(J.multiply(x, x)));
    const x = array([0.3, -1.2]);
    const { value, grad } = J.valueAndGrad(f, x);
    expect(value.tolist()).toEqual((f(x) as NDArray).tolist());
    expect(grad.tolist()).toEqual(J.grad(f, x).tolist());
  });
});

describe("second derivatives of DAG-shaped programs: hessian and hvp agree, and the Hessian is symmetric", () => {
  test("500 generated programs (fixed seed)", () => {
    fc.assert(
      fc.property(programArb, ({ program, x, consts }) => {
        const out = run(program, x, consts).out;
        const shape = out instanceof J.Traced ? out.shape : out.shape;
        const s = asScalar(program, consts, shape);
        const H = J.hessian(s, x).toDense().data as Float64Array;
        fc.pre(H.every((v) => Number.isFinite(v) && Math.abs(v) < 1e6));
        const n = x.size;
        const scale = 1 + H.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
        for (let j = 0; j < n; j++) {
          const e = zeros([...x.shape]);
          e.data[j] = 1;
          const col = J.hvp(s, x, e).data;
          for (let i = 0; i < n; i++) {
            if (!(Math.abs((col[i] as number) - (H[i * n + j] as number)) <= 1e-9 * scale)) {
              throw new Error(`hvp column ${j} row ${i}: ${col[i]} vs ${H[i * n + j]} (${JSON.stringify(program)})`);
            }
          }
        }
        // symmetric, as a Hessian is (up to rounding)
        for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) expect(Math.abs((H[i * n + j] as number) - (H[j * n + i] as number))).toBeLessThanOrEqual(1e-9 * scale);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
