import { describe, expect, test } from "vitest";
import * as J from "../../src/jacobian/index.js";
import { decode, expectArray, readFixture, type FixtureArray } from "../helpers.js";
import { asFunction, asScalar, BINARY, type Program } from "./programs.js";

interface Case {
  program: Program;
  x: FixtureArray;
  consts: FixtureArray[];
  value: FixtureArray;
  jacobian: FixtureArray;
  hessian: FixtureArray;
}
/** Entries that cancel to ~0 differ in their rounding: each is compared against the matrix's scale. */
function expectAtScale(got: ArrayLike<number>, want: readonly number[], tol: number, label: string): void {
  const scale = 1 + want.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  want.forEach((w, i) => expect(Math.abs((got[i] as number) - w), `${label} element ${i}`).toBeLessThanOrEqual(tol * scale));
}

const fixture = readFixture<{ jax: string; cases: Case[] }>("jacobian-dags.json");

describe(`Jacobians of DAG-shaped programs agree with JAX ${fixture.jax} (jax.jacfwd, float64)`, () => {
  test("the fixture has the programs the issue asks for", () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(300);
    const reused = fixture.cases.filter(({ program }) => {
      const refs = program.steps.flatMap(([op, a, b]) => (op in BINARY ? [a, b] : [a]));
      return refs.some((r, i) => r > 0 && refs.indexOf(r) !== i);
    });
    expect(reused.length).toBeGreaterThan(100);
  });

  test.each(fixture.cases.map((c, i) => [i, c] as const))("program %i: hessian and hvp of sum(f(x) ⊙ w)", (_i, c) => {
    const x = decode(c.x);
    const s = asScalar(c.program, c.consts.map(decode), c.value.shape);
    const H = J.hessian(s, x);
    expect(H.shape).toEqual(c.hessian.shape);
    const n = x.size;
    const want = c.hessian.data as number[];
    expectAtScale(H.toDense().data, want, 1e-9, "Hessian");
    const Hv = J.hvp(s, x, x).data;
    for (let i = 0; i < n; i++) {
      let e = 0;
      for (let j = 0; j < n; j++) e += (want[i * n + j] as number) * (x.data[j] as number);
      expect(Math.abs((Hv[i] as number) - e)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(e)));
    }
  });

  test.each(fixture.cases.map((c, i) => [i, c] as const))("program %i: jacobian, jvp and vjp", (_i, c) => {
    const x = decode(c.x);
    const f = asFunction(c.program, c.consts.map(decode));
    const jac = J.jacobian(f, x);
    expect(jac.shape).toEqual(c.jacobian.shape);
    const n = x.size;
    expectAtScale(jac.toDense().data, c.jacobian.data as number[], 1e-10, "Jacobian");
    const m = jac.shape.slice(0, jac.shape.length - x.ndim).reduce((p, d) => p * d, 1);
    // a JVP along x and a VJP along J x, against JAX's matrix
    const v = J.jvp(f, x, x);
    expectArray(v.value, c.value, 1e-12, "value");
    const want = c.jacobian.data as number[];
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += (want[i * n + j] as number) * (x.data[j] as number);
      expect(Math.abs((v.tangent.data[i] as number) - s)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(s)));
    }
    const u = J.vjp(f, x, jac.apply(x)).cotangent;
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = 0; i < m; i++) s += (want[i * n + j] as number) * (v.tangent.data[i] as number);
      expect(Math.abs((u.data[j] as number) - s)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(s)));
    }
  });
});
