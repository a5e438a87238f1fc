import { describe, expect, test } from "vitest";
import { array } from "../../src/index.js";
import { add, checkJacobian, exp, jacobian, matmul, multiply, reshape, square, stack, subtract, tanh } from "../../src/jacobian/index.js";
import { addMaps, compose } from "../../src/jacobian/structured/algebra.js";
import { DiagonalMap, ScaledIdentityMap, ZeroMap } from "../../src/jacobian/structured/diagonal.js";

const dense = (f: Parameters<typeof jacobian>[0], x: number[] | number): number[] => Array.from(jacobian(f, array(x)).toDense().data);

describe("an intermediate used more than once (issue: reuse of a diagonal's storage)", () => {
  test("subtract(t, t) with t = tanh(x) is zero, as JAX", () => {
    expect(dense((x) => {
      const t = tanh(x);
      return subtract(t, t);
    }, [0.5])).toEqual([0]);
  });
  test("(t - 1.5) - (t - 2) with t = x ⊙ x is zero", () => {
    expect(dense((x) => {
      const t = multiply(x, x);
      return subtract(subtract(t, 1.5), subtract(t, 2));
    }, -1.75)).toEqual([0]);
  });
  test("t ⊙ (t + 1) with t = x² has the product rule's diagonal", () => {
    expect(dense((x) => {
      const t = square(x);
      return multiply(t, add(t, 1));
    }, [1, 2])).toEqual([6, 0, 0, 36]);
  });
  test("stack([h + 1, exp(h)]) with h = tanh(x) keeps both branches", () => {
    const x = 0.5;
    const d = 1 - Math.tanh(x) ** 2;
    const got = dense((v) => {
      const h = tanh(v);
      return stack([add(h, 1), exp(h)]);
    }, [x]);
    expect(got[0]).toBeCloseTo(d, 14);
    expect(got[1]).toBeCloseTo(d * Math.exp(Math.tanh(x)), 14);
  });
  test("a reshape between two uses does not share storage that is later written", () => {
    const f = (x: Parameters<typeof tanh>[0]) => {
      const t = tanh(x);
      const r = reshape(reshape(t, [4]), [2, 2]);
      return add(multiply(r, 2), square(t));
    };
    expect(checkJacobian(f, array([[0.1, -0.4], [0.9, 1.3]]))).toBeLessThan(1e-8);
  });
});

describe("ownership of a diagonal's storage (the rule in docs/architecture.md)", () => {
  test("release moves the storage out; reading the released map throws instead of returning overwritten values", () => {
    const D = new DiagonalMap(Float64Array.of(1, 2), [2], [2], true);
    const d = D.release();
    expect(d).toBeInstanceOf(Float64Array);
    expect(() => D.apply(Float64Array.of(1, 1))).toThrow(/read after its storage was handed over/);
    expect(D.release()).toBeUndefined();
  });
  test("a map made over values it does not own never releases them", () => {
    const values = Float64Array.of(3, 4);
    const D = new DiagonalMap(values, [2]);
    expect(D.release()).toBeUndefined();
    const P = compose(new DiagonalMap(Float64Array.of(2, 2), [2], [2], true), D, { a: false, b: true });
    expect(Array.from(values)).toEqual([3, 4]);
    expect(Array.from(P.apply(Float64Array.of(1, 1)))).toEqual([6, 8]);
  });
  test("withShapes ends ownership for both maps: a handed-over copy of a shared diagonal is not written", () => {
    const D = new DiagonalMap(Float64Array.of(1, 2, 3, 4), [4], [4], true);
    const R = D.withShapes([2, 2], [2, 2]);
    expect(D.owned).toBe(false);
    compose(new ScaledIdentityMap(5, [4]), D, { b: true });
    addMaps(D, D, { a: true, b: true });
    expect(Array.from(R.apply(Float64Array.of(1, 1, 1, 1)))).toEqual([1, 2, 3, 4]);
  });
  test("an identity step that is not handed over shares, and the later hand-over allocates", () => {
    const J = new DiagonalMap(Float64Array.of(1, 2), [2], [2], true);
    const first = compose(new ScaledIdentityMap(1, [2]), J, { a: true, b: false });
    const second = compose(new ScaledIdentityMap(-1, [2]), J, { a: true, b: true });
    expect(Array.from(first.apply(Float64Array.of(1, 1)))).toEqual([1, 2]);
    expect(Array.from(second.apply(Float64Array.of(1, 1)))).toEqual([-1, -2]);
  });
  test("adding zero to a map not handed over gives a second holder, not the same owned map", () => {
    const J = new DiagonalMap(Float64Array.of(1, 2), [2], [2], true);
    const sum = addMaps(new ZeroMap([2], [2]), J, { b: false });
    expect(sum).not.toBe(J);
    expect(J.owned).toBe(false);
    expect(addMaps(new ZeroMap([2], [2]), sum, { b: true })).toBe(sum);
  });
});

describe("a Jacobian does not change when the caller later writes into what it was computed from", () => {
  test("a constant factor (multiply(w, x) and multiply(x, w))", () => {
    const w = array([2, 3, 4]);
    const J1 = jacobian((x) => multiply(w, x), array([0.5, -1, 2]));
    const J2 = jacobian((x) => multiply(x, w), array([0.5, -1, 2]));
    w.data.fill(100);
    expect(J1.diagonal().tolist()).toEqual([2, 3, 4]);
    expect(J2.diagonal().tolist()).toEqual([2, 3, 4]);
  });
  test("the variable (multiply(x, x) keeps x's values)", () => {
    const x = array([1, 2]);
    const J = jacobian((v) => multiply(v, v), x);
    x.data.fill(-7);
    expect(J.diagonal().tolist()).toEqual([2, 4]);
  });
  test("a constant written inside f after its use", () => {
    const w = array([2, 3]);
    const J = jacobian((x) => {
      const y = multiply(w, x);
      w.data.fill(0);
      return y;
    }, array([1, 1]));
    expect(J.diagonal().tolist()).toEqual([2, 3]);
  });
  test("a constant matrix (matmul(W, x) and matmul(X, W) with respect to X)", () => {
    const W = array([[1, 2], [3, 4]]);
    const Jx = jacobian((x) => matmul(W, x), array([1, 1]));
    const JX = jacobian((X) => matmul(X, W), array([[1, 0], [0, 1]]));
    const before = [Jx.toDense().tolist(), JX.toDense().tolist()];
    W.data.fill(9);
    expect([Jx.toDense().tolist(), JX.toDense().tolist()]).toEqual(before);
  });
});

describe("apply and applyT return storage the caller owns (the interpreters accumulate into it)", () => {
  const maps = () => {
    const x = array([[0.5, -1, 2], [1, 3, -2]]);
    const W = array([[1, 2], [3, 4]]);
    const found = [
      jacobian((v) => v, x), // identity
      jacobian((v) => multiply(v, 2), x), // scaled identity
      jacobian((v) => tanh(v), x), // diagonal
      jacobian((v) => reshape(v, [6]), x),
      jacobian((v) => stack([v, v]), x),
      jacobian((v) => matmul(W, v), x), // A ⊗ I
      jacobian((v) => matmul(v, array([[1], [2], [3]])), x), // I ⊗ Bᵀ
      jacobian((v) => subtract(v, v), x),
      jacobian((v) => multiply(square(v), exp(v)), x),
    ];
    return found;
  };
  test.each(maps().map((J) => [J.kind, J] as const))("%s", (_kind, J) => {
    const v = array(Array.from({ length: J.inShape.reduce((p, d) => p * d, 1) }, (_, i) => i + 1)).reshape([...J.inShape]);
    const u = array(Array.from({ length: J.outShape.reduce((p, d) => p * d, 1) }, (_, i) => i - 1)).reshape([...J.outShape]);
    const fv = J.map.apply(v.data as Float64Array);
    const fu = J.map.applyT(u.data as Float64Array);
    expect(fv.buffer).not.toBe(v.data.buffer);
    expect(fu.buffer).not.toBe(u.data.buffer);
    const again = Array.from(J.map.apply(v.data as Float64Array));
    fv.fill(NaN);
    fu.fill(NaN);
    expect(Array.from(J.map.apply(v.data as Float64Array))).toEqual(again);
    expect(Array.from(v.data)).toEqual(Array.from({ length: v.size }, (_, i) => i + 1));
  });
});
