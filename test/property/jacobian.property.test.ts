import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { array } from "../../src/index.js";
import * as J from "../../src/jacobian/index.js";
import { flat } from "../helpers.js";

type Step = (v: J.Input, x: J.Input) => J.Output;

/** Smooth steps on a vector of length n (no kinks, bounded values). */
const STEPS: Record<string, Step> = {
  tanh: (v) => J.tanh(v),
  sin: (v) => J.sin(v),
  cos: (v) => J.cos(v),
  sigmoid: (v) => J.sigmoid(v),
  square: (v) => J.tanh(J.square(v)),
  exp: (v) => J.exp(J.tanh(v)),
  "times x": (v, x) => J.multiply(v, x),
  "plus x": (v, x) => J.add(v, x),
  "minus 2x": (v, x) => J.subtract(v, J.multiply(x, 2)),
  "over 1 + v²": (v) => J.divide(v, J.add(J.square(v), 1)),
  "sqrt(1 + v²)": (v) => J.sqrt(J.add(J.square(v), 1)),
  "log(2 + sin v)": (v) => J.log(J.add(J.sin(v), 2)),
  "power 3": (v) => J.power(J.tanh(v), 3),
  "mean, then broadcast": (v) => J.add(v, J.broadcastTo(J.mean(v), [(v as J.Traced).shape[0] as number])),
  "reverse by matmul": (v) => {
    const n = (v as J.Traced).shape[0] as number;
    const P = array(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i + j === n - 1 ? 1 : 0.1))));
    return J.matmul(P, v);
  },
  "outer sum": (v) => {
    const n = (v as J.Traced).shape[0] as number;
    return J.sum(J.broadcastTo(v, [2, n]), { axis: 0 });
  },
  "reshape round trip": (v) => {
    const n = (v as J.Traced).shape[0] as number;
    return J.reshape(J.reshape(v, [1, n]), [n]);
  },
};
const names = Object.keys(STEPS);

describe("exact Jacobians agree with central differences on random compositions", () => {
  test("max |J − J_fd| is small", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.tuple(
            fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: n, maxLength: n }),
            fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 6 }),
          ),
        ),
        ([values, steps]) => {
          const f = (x: J.Input): J.Output => steps.reduce<J.Output>((v, s) => (STEPS[s] as Step)(v, x), x as J.Output);
          const x = array(values);
          const scale = Math.max(1, ...flat(J.jacobian(f, x).toDense()).map(Math.abs));
          expect(J.checkJacobian(f, x, { eps: 1e-5 })).toBeLessThan(1e-6 * scale);
        },
      ),
      { numRuns: 300, seed: 99 },
    );
  });
  test("jvp, vjp and the dense Jacobian agree on random compositions", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((n) =>
          fc.tuple(
            fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: n, maxLength: n }),
            fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
            fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 5 }),
          ),
        ),
        ([values, dir, steps]) => {
          const f = (x: J.Input): J.Output => steps.reduce<J.Output>((v, s) => (STEPS[s] as Step)(v, x), x as J.Output);
          const x = array(values);
          const v = array(dir);
          const Jf = J.jacobian(f, x);
          const close = (a: number[], b: number[]): void => a.forEach((ai, i) => expect(Math.abs(ai - (b[i] as number))).toBeLessThan(1e-9 * (1 + Math.abs(ai))));
          close(flat(J.jvp(f, x, v).tangent), flat(Jf.apply(v)));
          close(flat(J.vjp(f, x, v).cotangent), flat(Jf.applyTranspose(v)));
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });
});
