import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { zeros, type NDArray } from "../../src/index.js";
import * as J from "../../src/jacobian/index.js";
import { asFunction, BINARY, programArb, run } from "./programs.js";

const RUNS = Number(process.env.DAG_RUNS ?? 1000);

/** The unit vector e_k of `shape`, flat index k. */
function unit(shape: readonly number[], k: number): NDArray {
  const e = zeros([...shape]);
  e.data[k] = 1;
  return e;
}

const finite = (xs: ArrayLike<number>): boolean => Array.prototype.every.call(xs, (v: number) => Number.isFinite(v) && Math.abs(v) < 1e8);

describe("Jacobians of programs shaped as DAGs (fan-out, reuse, identity-like steps)", () => {
  test(`jacobian agrees with jvp, vjp, Jacobian.apply/applyTranspose and checkJacobian (${RUNS} programs, fixed seed)`, () => {
    fc.assert(
      fc.property(programArb, ({ program, x, consts }) => {
        const f = asFunction(program, consts);
        const plain = run(program, x, consts);
        const y = plain.out instanceof J.Traced ? plain.out.value : plain.out;
        fc.pre(finite(y.data as Float64Array));
        const jac = J.jacobian(f, x);
        const M = jac.toDense().data as Float64Array;
        fc.pre(finite(M));
        const n = x.size;
        const m = y.size;
        const scale = 1 + M.reduce((s, v) => Math.max(s, Math.abs(v)), 0);
        const close = (got: number, want: number, what: string): void => {
          if (!(Math.abs(got - want) <= 1e-9 * scale)) {
            throw new Error(`${what}: got ${got}, the Jacobian has ${want} (program ${JSON.stringify(program)})`);
          }
        };
        for (let j = 0; j < n; j++) {
          const e = unit(x.shape, j);
          const t = J.jvp(f, x, e).tangent.data;
          const a = jac.apply(e).data;
          for (let i = 0; i < m; i++) {
            close(t[i] as number, M[i * n + j] as number, `jvp column ${j}, row ${i}`);
            close(a[i] as number, M[i * n + j] as number, `Jacobian.apply column ${j}, row ${i}`);
          }
        }
        for (let i = 0; i < m; i++) {
          const e = unit(y.shape, i);
          const c = J.vjp(f, x, e).cotangent.data;
          const a = jac.applyTranspose(e).data;
          for (let j = 0; j < n; j++) {
            close(c[j] as number, M[i * n + j] as number, `vjp row ${i}, column ${j}`);
            close(a[j] as number, M[i * n + j] as number, `Jacobian.applyTranspose row ${i}, column ${j}`);
          }
        }
        // Within a step of one kink (relu at 0, a tie) the check lists the kink and leaves it out
        // of the error. Two kinks within one step may cancel each other's jump (|x| then a tie
        // with a constant at x = 5e-324): finite differences cannot see them, so no bound there.
        const report = J.checkJacobianReport(f, x, { eps: 1e-6 });
        if (plain.near <= 1 && !(report.error <= 1e-5 * scale)) throw new Error(`checkJacobian reports ${report.error} (program ${JSON.stringify(program)})`);
        if (plain.kink > 1e-3 && report.kinks.length > 0) throw new Error(`a kink reported away from kinks (program ${JSON.stringify(program)})`);
      }),
      { seed: 20261130, numRuns: RUNS },
    );
  });

  test("the generator makes DAGs: reused intermediates, a value on both sides, identity-like steps", () => {
    const samples = fc.sample(programArb, { seed: 20261130, numRuns: 1000 });
    let reused = 0;
    let bothSides = 0;
    let identityLike = 0;
    for (const { program } of samples) {
      const uses = new Map<number, number>();
      for (const [op, a, b] of program.steps) {
        uses.set(a, (uses.get(a) ?? 0) + 1);
        if (op in BINARY) {
          uses.set(b, (uses.get(b) ?? 0) + 1);
          if (a === b) bothSides++;
        }
        if (["addc", "subc", "reshape", "bcast", "transpose2", "stackpick0", "stackpick1", "stackpick1last", "concatpick", "positive"].includes(op)) identityLike++;
      }
      if ([...uses].some(([r, k]) => r > 0 && k > 1)) reused++;
    }
    expect(reused).toBeGreaterThan(300);
    expect(bothSides).toBeGreaterThan(50);
    // 10 of the 70 operations are identity-like: about 900 of the 6500 steps
    expect(identityLike).toBeGreaterThan(750);
  });
});
