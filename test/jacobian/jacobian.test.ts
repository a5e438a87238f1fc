import { describe, expect, test } from "vitest";
import * as core from "../../src/index.js";
import { arange, array, broadcastTo as coreBroadcastTo, DTypeError, ShapeError, zeros, type NDArray } from "../../src/index.js";
import * as J from "../../src/jacobian/index.js";
import { BroadcastRefusedError, jacobian } from "../../src/jacobian/index.js";
import { flat } from "../helpers.js";

const BINARY = ["add", "subtract", "multiply", "divide", "maximum", "minimum", "power"] as const;
type Bin = (a: J.Input, b: J.Input) => J.Output;

describe("strict operations refuse implicit broadcasting", () => {
  const cases = [
    ["a stretched size-1 axis", [4], [1]],
    ["rank promotion", [4], []],
    ["a stretched row", [2, 3], [1, 3]],
    ["an added axis", [2, 3], [3]],
  ] as const;
  describe.each(BINARY)("%s", (name) => {
    const fn = J[name] as Bin;
    test.each(cases)("%s, both argument orders, inside a Jacobian", (_what, big, small) => {
      const other = zeros([...small]);
      expect(() => jacobian((x) => fn(x, other), zeros([...big]))).toThrow(BroadcastRefusedError);
      if (name !== "power") expect(() => jacobian((x) => fn(other, x), zeros([...big]))).toThrow(BroadcastRefusedError);
      expect(() => jacobian((x) => fn(x, zeros([...big])), zeros([...small]))).toThrow(BroadcastRefusedError);
    });
    test("and on plain arrays too", () => {
      expect(() => fn(zeros([4]), zeros([]))).toThrow(BroadcastRefusedError);
      expect(() => fn(zeros([4]), zeros([]))).toThrow(`${name}: refusing to broadcast (4,) with () (strict operations never broadcast)`);
    });
  });
  test("the message says why and names the fix and its Jacobian", () => {
    const z = array(2);
    expect(() => jacobian((x) => J.add(x, z), zeros([4]))).toThrow(
      "add: refusing to broadcast (4,) with () inside a Jacobian — broadcasting is not differentiation; write broadcastTo(y, [4]) for the second operand y to expand explicitly (its Jacobian is the ones-padding map 1₄)",
    );
    expect(() => jacobian((x) => J.multiply(array([[1], [2]]), x), zeros([1, 3]))).toThrow(
      "multiply: refusing to broadcast (2, 1) with (1, 3) inside a Jacobian — broadcasting is not differentiation; write broadcastTo(x, [2, 3]) and broadcastTo(y, [2, 3]) to expand explicitly (their Jacobians are the ones-padding maps I₂ ⊗ 1₃ and 1₂ ⊗ I₃)",
    );
  });
  test("is a BroadcastError of the core, so one catch serves both modules", () => {
    expect(() => J.add(zeros([2]), zeros([3]))).toThrow(core.BroadcastError);
    expect(() => J.add(zeros([2]), zeros([3]))).toThrow(
      "add: refusing to broadcast (2,) with (3,) (strict operations never broadcast); these shapes do not broadcast either — strict operations need equal shapes",
    );
  });
  test("a JS number is a constant and allowed", () => {
    expect(jacobian((x) => J.multiply(x, 3), array([1, 2])).toString()).toBe("3·I₂");
    expect(jacobian((x) => J.subtract(1, x), array([1, 2])).kind).toBe("scaled-identity");
  });
  test("the explicit broadcastTo makes it work, with the ones-padding Jacobian", () => {
    const Jz = jacobian((z) => J.add(zeros([4]), J.broadcastTo(z, [4])), array(2));
    expect(Jz.kind).toBe("ones-padding");
    expect(Jz.toString()).toBe("1₄");
    expect(flat(Jz.toDense())).toEqual([1, 1, 1, 1]);
  });
});

describe("structure is kept", () => {
  test("an elementwise chain is diagonal", () => {
    const Jc = jacobian((x) => J.tanh(J.exp(J.multiply(x, 2))), array([0.1, 0.2]));
    expect(Jc.kind).toBe("diagonal");
  });
  test("relu(W x + b) w.r.t. x is Diag(1[z > 0]) W, without an m × m diagonal", () => {
    const m = 20000;
    const W = arange(2 * m).reshape(m, 2);
    const b = array(Array.from({ length: m }, (_, i) => (i % 2 === 0 ? -1e9 : 1)));
    const before = process.memoryUsage().arrayBuffers;
    const Jr = jacobian((x) => J.relu(J.add(J.matmul(W, x), b)), array([1, 1]));
    // a dense m × m diagonal would be 3.2 GB; the result is m × 2
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50e6);
    expect(Jr.kind).toBe("dense");
    expect(Jr.shape).toEqual([m, 2]);
    const D = Jr.toDense();
    expect([D.get(0, 0), D.get(0, 1), D.get(1, 0), D.get(1, 1)]).toEqual([0, 0, 2, 3]);
  });
  test("broadcastTo(v, [2, 3]) w.r.t. v is the ones-padding, and sum(A, axis 0) its transpose", () => {
    const pad = jacobian((v) => J.broadcastTo(v, [2, 3]), array([1, 2, 3]));
    const red = jacobian((A) => J.sum(A, { axis: 0 }), zeros([2, 3]));
    expect([pad.kind, red.kind]).toEqual(["ones-padding", "reduction"]);
    expect([pad.toString(), red.toString()]).toEqual(["1₂ ⊗ I₃", "1₂ᵀ ⊗ I₃"]);
    expect(pad.toDense().reshape(6, 3).T.tolist()).toEqual(red.toDense().reshape(3, 6).tolist());
  });
  test("an elementwise chain on 10^6 elements costs O(n) memory", () => {
    const n = 1_000_000;
    const x = array(new Float64Array(n).fill(0.5));
    const before = process.memoryUsage().arrayBuffers;
    const Jt = jacobian((v) => J.tanh(J.sin(v)), x);
    expect(Jt.kind).toBe("diagonal");
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * 8 * n);
    expect(Jt.diagonal().size).toBe(n);
  });
});

describe("jvp, vjp, grad", () => {
  const W = array([[1, 2], [3, 4], [5, 6]]);
  const f = (x: J.Input): J.Output => J.tanh(J.matmul(W, x));
  const x = array([0.1, -0.2]);
  test("agree with the Jacobian", () => {
    const Jf = jacobian(f, x);
    const v = array([1, 2]);
    const u = array([1, -1, 0.5]);
    expect(flat(J.jvp(f, x, v).tangent)).toEqual(flat(Jf.apply(v)));
    expect(flat(J.vjp(f, x, u).cotangent)).toEqual(flat(Jf.applyTranspose(u)));
    expect(J.jvp(f, x, v).value.shape).toEqual([3]);
  });
  test("grad runs in reverse mode and equals Jᵀ 1 for a sum", () => {
    const g = J.grad((w) => J.sum(J.square(J.subtract(J.matmul(w, x), array([1, 2, 3])))), W);
    expect(g.shape).toEqual([3, 2]);
    const r = core.subtract(core.matmul(W, x), array([1, 2, 3]));
    const expected = core.multiply(core.outer(r, x), 2);
    expect(flat(g).map((v) => +v.toFixed(12))).toEqual(flat(expected).map((v) => +v.toFixed(12)));
  });
  test("grad refuses a vector output instead of summing it", () => {
    expect(() => J.grad(f, x)).toThrow(ShapeError);
    expect(() => J.grad(f, x)).toThrow("grad: f must return a scalar (shape ()), got shape (3,); the gradient of a vector function is not defined");
  });
  test("jvp and vjp check the vector's shape", () => {
    expect(() => J.jvp(f, x, array([1, 2, 3]))).toThrow("jvp: v has shape (3,), expected (2,)");
    expect(() => J.vjp(f, x, array([1, 2]))).toThrow("vjp: u has shape (2,), expected (3,)");
  });
});

describe("kinks follow JAX", () => {
  test("relu'(0) = 0", () => {
    expect(flat(jacobian(J.relu, array([0])).diagonal())).toEqual([0]);
  });
  test("a tie in maximum or minimum splits 0.5/0.5", () => {
    const y = array([1, 5]);
    expect(flat(jacobian((x) => J.maximum(x, y), array([1, 2])).diagonal())).toEqual([0.5, 0]);
    expect(flat(jacobian((x) => J.minimum(y, x), array([1, 2])).diagonal())).toEqual([0.5, 1]);
  });
});

describe("the variable", () => {
  test("a broadcast view is refused: its entries are one memory cell", () => {
    const v = coreBroadcastTo(array([1, 2]), [3, 2]);
    expect(() => jacobian(J.tanh, v)).toThrow(BroadcastRefusedError);
    expect(() => jacobian(J.tanh, v)).toThrow(
      "jacobian: the variable of shape (3, 2) is a broadcast view (stride 0 on axis 0): its entries share one memory cell, so they are not independent variables",
    );
  });
  test("integer dtypes are refused", () => {
    expect(() => jacobian(J.tanh, array([1], { dtype: "int32" }))).toThrow(DTypeError);
    expect(() => J.grad((x) => J.sum(x), array([1], { dtype: "uint8" }))).toThrow("grad: cannot differentiate with respect to an array of dtype uint8");
  });
  test("wrt picks the variable among several arguments; the others are constants", () => {
    const a = array([1, 2]);
    const b = array([3, 4]);
    expect(flat(jacobian(J.multiply, [a, b], { wrt: 1 }).diagonal())).toEqual([1, 2]);
    expect(() => jacobian(J.multiply, [a, b], { wrt: 2 })).toThrow("jacobian: wrt is 2, but there are 2 arguments");
  });
  test("a function that ignores its variable has a zero Jacobian", () => {
    const Jz = jacobian(() => array([1, 2, 3]), array([1, 2]));
    expect(Jz.kind).toBe("zero");
    expect(Jz.shape).toEqual([3, 2]);
  });
  test("core functions name a traced value they are given by mistake", () => {
    expect(() => jacobian((x) => core.add(x as never, 1), array([1]))).toThrow(
      "add: argument 1 is a traced value (inside jacobian, use the operations of ndarray-broadcast/jacobian)",
    );
  });
});

describe("the Jacobian object", () => {
  const Jd = jacobian(J.square, array([1, 2, 3]));
  test("diagonal() for diagonal kinds, an error otherwise", () => {
    expect(flat(Jd.diagonal())).toEqual([2, 4, 6]);
    expect(() => jacobian((x) => J.matmul(array([[1, 2]]), x), array([1, 2])).diagonal()).toThrow(
      "diagonal: this Jacobian is dense, not diagonal; use toDense() for its entries",
    );
  });
  test("toLatex writes Diag(…) for a diagonal and I_n for an identity", () => {
    expect(Jd.toLatex()).toBe("\\operatorname{Diag}\\left(\\begin{bmatrix} 2 \\\\ 4 \\\\ 6 \\end{bmatrix}\\right)");
    expect(jacobian((x) => J.add(x, 1), array([1, 2])).toLatex()).toBe("I_{2}");
    expect(jacobian((v) => J.broadcastTo(v, [2, 3]), array([1, 2, 3])).toLatex()).toBe("\\mathbf{1}_{2} \\otimes I_{3}");
  });
  test("apply and applyTranspose check shapes", () => {
    expect(() => Jd.apply(array([1, 2]))).toThrow("apply: v has shape (2,), expected (3,)");
    expect(flat(Jd.applyTranspose(array([1, 1, 1])))).toEqual([2, 4, 6]);
  });
});

describe("strict operations on plain arrays just compute", () => {
  test("values equal the core's", () => {
    const a = array([[1, 2], [3, 4]]);
    expect((J.tanh(a) as NDArray).tolist()).toEqual(core.tanh(a).tolist());
    expect((J.sum(a, { axis: 1 }) as NDArray).tolist()).toEqual([3, 7]);
    expect((J.index(a, 1) as NDArray).tolist()).toEqual([3, 4]);
    expect((J.stack([array([1]), array([2])]) as NDArray).tolist()).toEqual([[1], [2]]);
  });
  test("power differentiates a traced exponent: ∂(bᵖ)/∂p = bᵖ log b (0 at b = 0, JAX's rule)", () => {
    const J1 = jacobian((p) => J.power(array([2, 0, 1]), p), array([1, 2, 3]));
    expect(J1.kind).toBe("diagonal");
    expect(flat(J1.diagonal())).toEqual([2 * Math.log(2), 0, 0]);
  });
});

// The forward walk writes products into diagonals it owns (DiagonalMap.scratch, handed over on
// a value's last use). These chains share values in every way that could expose a wrong reuse.
describe("in-place reuse of diagonals never changes a shared value", () => {
  const xs = [0.3, -1.2, 2.5, 0, 0.7];
  const snapshot = (a: NDArray): number[] => flat(a);
  const expectDiagonal = (f: (x: J.Traced) => J.Output, want: (v: number) => number): void => {
    const x = array(xs);
    const before = snapshot(x);
    const Jf = jacobian(f as never, x);
    expect(Jf.kind).toBe("diagonal");
    const d = flat(Jf.diagonal());
    xs.forEach((v, i) => expect(d[i]).toBeCloseTo(want(v), 12));
    expect(snapshot(x)).toEqual(before);
  };
  test("a value used twice by one operation and again later: u ⊙ u + u", () => {
    const t = Math.tanh;
    expectDiagonal((x) => { const u = J.tanh(x); return J.add(J.multiply(u, u), u); }, (v) => (2 * t(v) + 1) * (1 - t(v) ** 2));
  });
  test("the variable used twice: x ⊙ x and sin(x) ⊙ x", () => {
    expectDiagonal((x) => J.multiply(x, x), (v) => 2 * v);
    expectDiagonal((x) => J.tanh(J.multiply(J.sin(x), x)), (v) => (1 - Math.tanh(Math.sin(v) * v) ** 2) * (Math.cos(v) * v + Math.sin(v)));
  });
  test("a derivative that is the value itself (exp) feeding another product", () => {
    expectDiagonal((x) => { const e = J.exp(x); return J.multiply(J.exp(e), e); }, (v) => { const e = Math.exp(v); return Math.exp(e) * e * e + Math.exp(e) * e; });
  });
  test("the output is also used by a later operation", () => {
    expectDiagonal((x) => { const y = J.sin(x); J.multiply(J.square(y), y); return y; }, Math.cos);
  });
  test("one value feeding two branches that meet again", () => {
    expectDiagonal((x) => { const s = J.sigmoid(x); return J.subtract(J.square(s), J.multiply(s, J.cos(s))); }, (v) => {
      const s = 1 / (1 + Math.exp(-v));
      return (2 * s - (Math.cos(s) - s * Math.sin(s))) * s * (1 - s);
    });
  });
  test("jvp and vjp after jacobian on the same function agree with it", () => {
    const f = (x: J.Traced): J.Output => { const u = J.tanh(x); return J.add(J.multiply(u, u), J.sin(u)); };
    const x = array(xs);
    const d = flat(jacobian(f as never, x).diagonal());
    const v = array([1, 1, 1, 1, 1]);
    // forward: the same products in the same order; reverse: another association, so within rounding
    expect(flat(J.jvp(f as never, x, v).tangent)).toEqual(d);
    flat(J.vjp(f as never, x, v).cotangent).forEach((c, i) => expect(c).toBeCloseTo(d[i] as number, 14));
  });
});

describe("matrix products in Jacobians are computed in full, as jax.grad (checked with JAX 0.10)", () => {
  test("a zero cotangent meeting an infinite x gives NaN, as JAX's outer product (0·∞)", () => {
    const x = array([1, Infinity]);
    const g = J.grad((w) => J.sum(J.multiply(J.matmul(w, x), array([0, 2]))), array([[1, 2], [3, 4]]));
    expect(flat(g)).toEqual([0, NaN, 2, Infinity]);
  });
  test("through A x (Aᵀ u) and W X (U Xᵀ) alike", () => {
    const A = array([[Infinity, 1], [2, 3]]);
    expect(flat(J.grad((x) => J.sum(J.multiply(J.matmul(A, x), array([0, 2]))), array([1, 1])))).toEqual([NaN, 6]);
    const X = array([[1, Infinity], [2, 3]]);
    const C = array([[0, 1], [1, 1]]);
    expect(flat(J.grad((w) => J.sum(J.multiply(J.matmul(w, X), C)), array([[1, 2], [3, 4]])))).toEqual([Infinity, 3, Infinity, 5]);
  });
});
