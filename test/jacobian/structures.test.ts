import { describe, expect, test } from "vitest";
import { array } from "../../src/index.js";
import * as J from "../../src/jacobian/index.js";
import { addMaps, compose } from "../../src/jacobian/structured/algebra.js";
import type { LinearMap } from "../../src/jacobian/structured/linear-map.js";

const x = array([[0.5, -1, 2], [1, 3, -2]]);
const W = array([[1, 2], [3, -4]]);
const As = array([[[1, 2, 0], [0, -1, 3], [2, 0, 1]], [[0, 1, 1], [2, -2, 0], [1, 0, -1]]]);
/** One map of each structure, found by differentiating. */
const MAPS: Array<[string, LinearMap]> = [
  ["zero", J.jacobian((v) => J.subtract(v, v), x).map],
  ["identity", J.jacobian((v) => v, x).map],
  ["scaled-identity", J.jacobian((v) => J.multiply(v, -3), x).map],
  ["diagonal", J.jacobian((v) => J.tanh(v), x).map],
  ["ones-padding", J.jacobian((v) => J.broadcastTo(v, [2, 2, 3]), x).map],
  ["reduction", J.jacobian((v) => J.sum(v, { axis: 0 }), x).map],
  ["selection", J.jacobian((v) => J.index(v, 1), x).map],
  ["injection", J.jacobian((v) => J.stack([v, x]), x).map],
  ["left-multiply", J.jacobian((v) => J.matmul(W, v), x).map],
  ["right-multiply", J.jacobian((v) => J.matmul(v, array([[1], [2], [3]])), x).map],
  ["sparse", J.jacobian((v) => J.stack([v, J.multiply(v, 2)]), x).map],
  ["dense", J.jacobian((v) => J.tanh(J.matmul(W, v)), x).map],
  ["permutation", J.jacobian((v) => J.transpose(v), x).map],
  ["selection", J.jacobian((v) => J.max(v, { axis: 0 }), x).map],
  ["injection", J.jacobian((v) => J.stack([v, x], { axis: 2 }), x).map],
  ["selection", J.jacobian((v) => J.index(v, ":", [2, 0, 0]), x).map],
  ["permutation", J.jacobian((v) => J.index(v, "::-1", "::-1"), x).map],
  ["block-diagonal", J.jacobian((v) => J.reshape(J.matmul(As, J.reshape(v, [2, 3, 1])), [2, 3]), x).map],
  ["block-diagonal", J.jacobian((v) => J.tanh(J.reshape(J.matmul(As, J.reshape(v, [2, 3, 1])), [2, 3])), x).map],
  ["block-diagonal", J.jacobian((v) => J.matmul(J.reshape(v, [2, 1, 3]), array([[[1], [0], [2]], [[-1], [3], [1]]])), x).map],
];

const sizeOf = (s: readonly number[]): number => s.reduce((p, d) => p * d, 1);
const ramp = (n: number, k = 1): Float64Array => Float64Array.from({ length: n }, (_, i) => ((i * 7 + k) % 5) - 2);

function transposedDense(map: LinearMap): number[] {
  const m = sizeOf(map.outShape);
  const n = sizeOf(map.inShape);
  const M = map.dense();
  const T: number[] = [];
  for (let j = 0; j < n; j++) for (let i = 0; i < m; i++) T.push(M[i * n + j] as number);
  return T;
}

describe("every structure transposes and scales in its own structure", () => {
  test.each(MAPS)("%s", (kind, map) => {
    expect(map.kind).toBe(kind);
    const T = map.transpose();
    expect(T.inShape).toEqual(map.outShape);
    expect(T.outShape).toEqual(map.inShape);
    expect(Array.from(T.dense())).toEqual(transposedDense(map));
    const u = ramp(sizeOf(map.outShape));
    expect(Array.from(T.apply(u))).toEqual(Array.from(map.applyT(u)));
    expect(Array.from(T.transpose().dense())).toEqual(Array.from(map.dense()));
    const S = map.scale(-2, false, map.inShape, map.outShape);
    expect(Array.from(S.dense(), (v) => v + 0)).toEqual(Array.from(map.dense(), (v) => -2 * v + 0));
    if (!["selection", "injection", "permutation"].includes(kind)) expect(S.kind).toBe(kind === "identity" ? "scaled-identity" : kind);
    expect(map.scale(1, false, map.inShape, map.outShape).kind).toBe(kind);
  });
});

describe("products and sums agree with the dense matrices, whatever the pair", () => {
  const byIn = (shape: readonly number[]) => MAPS.filter(([, m]) => sizeOf(m.outShape) === sizeOf(shape));
  test.each(MAPS)("%s after every map that fits", (_kind, a) => {
    for (const [, b] of byIn(a.inShape)) {
      const b2 = b.withShapes(b.inShape, a.inShape);
      const P = compose(a, b2);
      const m = sizeOf(a.outShape);
      const k = sizeOf(a.inShape);
      const n = sizeOf(b.inShape);
      const A = a.dense();
      const B = b2.dense();
      const want = new Float64Array(m * n);
      for (let i = 0; i < m; i++) for (let t = 0; t < k; t++) for (let j = 0; j < n; j++) want[i * n + j] = (want[i * n + j] as number) + (A[i * k + t] as number) * (B[t * n + j] as number);
      const got = P.dense();
      for (let i = 0; i < want.length; i++) expect(Math.abs((got[i] as number) - (want[i] as number))).toBeLessThan(1e-12);
    }
  });
  test.each(MAPS)("%s plus every map of its shape", (_kind, a) => {
    for (const [, b] of MAPS.filter(([, m]) => sizeOf(m.inShape) === sizeOf(a.inShape) && sizeOf(m.outShape) === sizeOf(a.outShape))) {
      const S = addMaps(a, b.withShapes(a.inShape, a.outShape));
      const A = a.dense();
      const B = b.dense();
      expect(Array.from(S.dense())).toEqual(Array.from(A, (v, i) => v + (B[i] as number)));
    }
  });
});
