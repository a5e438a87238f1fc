import { describe, expect, test } from "vitest";
import { array, stack as coreStack, zeros, type NDArray } from "../../src/index.js";
import * as J from "../../src/jacobian/index.js";
import { decode, expectArray, readFixture, type FixtureArray } from "../helpers.js";

/** JAX's derivatives element by element: `d` (one per operand) and `dd` (`[f'']`, or `[aa, ab, bb]`). */
interface Points {
  name: string;
  args: FixtureArray[];
  value: FixtureArray;
  d: FixtureArray[];
  dd: FixtureArray[];
}
/** The full derivatives at ordinary points. */
interface Case {
  name: string;
  args: FixtureArray[];
  wrt: number;
  value: FixtureArray;
  jacobian: FixtureArray;
  v: FixtureArray;
  jvp: FixtureArray;
  u: FixtureArray;
  vjp: FixtureArray;
  hessian: FixtureArray;
  hvp: FixtureArray;
}
const fixture = readFixture<{ jax: string; points: Points[]; cases: Case[] }>("jacobian-elementwise.json");

type Fn = (...args: J.Input[]) => J.Output;
const fn = (name: string): Fn => {
  const f = (J as unknown as Record<string, Fn>)[name];
  if (typeof f !== "function") throw new Error(`ndarray-broadcast/jacobian has no ${name}`);
  return f;
};
const valueOf = (y: J.Output | NDArray): NDArray => (y instanceof J.Traced ? y.value : y);
/** A Jacobian's diagonal (a zero map's is zeros). */
const diag = (M: J.Jacobian): NDArray => (M.kind === "zero" ? zeros([M.shape.slice(0, M.shape.length / 2).reduce((p, d) => p * d, 1)]) : M.diagonal());
const RTOL = 1e-12;
/**
 * Second derivatives are compared to 1e-10: JAX's logaddexp'' is `s (1 − s)`, which loses up to
 * 1e-12 of its value to cancellation where this library's `s_a s_b` does not.
 */
const RTOL2 = 1e-10;
/**
 * Where this library deliberately differs from JAX (docs/jacobians.md, "Elementwise functions"):
 * at these elements the exact value replaces JAX's in the comparison. `what` names the fixture's
 * array: `d0`, `d1` (first derivatives), `dd0`, `dd1`, `dd2` (f'', or ∂²/∂x1², ∂²/∂x1∂x2, ∂²/∂x2²).
 */
const DEVIATIONS: { name: string; what: string; where: (a: number, b: number) => boolean; want: (a: number, b: number) => number }[] = [
  // JAX: expm1(x) + 1, which rounds to 0 for x < −37
  { name: "expm1", what: "d0", where: (a) => a === -40, want: Math.exp },
  { name: "expm1", what: "dd0", where: (a) => a === -40, want: Math.exp },
  // JAX: σ(1 − σ), 0 where σ rounds to 1
  { name: "softplus", what: "dd0", where: (a) => a === 40, want: (a) => 1 / (2 + 2 * Math.cosh(a)) },
  // JAX: −2x/(1 + x²)², whose denominator overflows; −2/x³ is representable
  { name: "atan", what: "dd0", where: (a) => Math.abs(a) === 1e100, want: (a) => -2 / a / a / a },
  // JAX: s (1 − s), 0 where s rounds to 1; s_a s_b keeps e^(a − b)
  ...(["logaddexp", "logaddexp2"] as const).flatMap((name) =>
    ["dd0", "dd2"].map((what) => ({ name, what, where: (a: number, b: number) => Math.abs(a - b) === 60, want: (a: number, b: number) => (name === "logaddexp" ? 1 : Math.LN2) * Math.pow(name === "logaddexp" ? Math.E : 2, -Math.abs(a - b)) })),
  ),
  // JAX's hypot is max · √(1 + (min/max)²): where |x1| = |x2| ≠ 0 the tie in max gives it a zero
  // Hessian; hypot is smooth there, with ∂²/∂x1² = x2²/h³, ∂²/∂x1∂x2 = −x1 x2/h³, ∂²/∂x2² = x1²/h³
  ...[
    ["dd0", (a: number, b: number) => (b * b) / Math.hypot(a, b) ** 3],
    ["dd1", (a: number, b: number) => (-a * b) / Math.hypot(a, b) ** 3],
    ["dd2", (a: number) => (a * a) / Math.hypot(a, a) ** 3],
  ].map(([what, want]) => ({ name: "hypot", what: what as string, where: (a: number, b: number) => Math.abs(a) === Math.abs(b) && a !== 0 && Number.isFinite(a), want: want as (a: number, b: number) => number })),
  // JAX's ∂²(x1/x2)/∂x1² is NaN at x2 = NaN; x1/x2 is linear in x1, so it is 0
  { name: "divide", what: "dd0", where: (_a, b) => Number.isNaN(b), want: () => 0 },
];
function withDeviations(name: string, what: string, args: FixtureArray[], want: FixtureArray): FixtureArray {
  const rules = DEVIATIONS.filter((d) => d.name === name && d.what === what);
  if (rules.length === 0) return want;
  const [a, b] = args.map((x) => decode(x).tolist() as number[]);
  const data = [...want.data];
  for (const rule of rules) {
    let hits = 0;
    (a as number[]).forEach((ai, i) => {
      const bi = b ? (b[i] as number) : NaN;
      if (!rule.where(ai, bi)) return;
      data[i] = rule.want(ai, bi);
      hits++;
    });
    expect(hits, `${name} ${what}: the fixture has a point where this library differs from JAX`).toBeGreaterThan(0);
  }
  return { ...want, data };
}

describe(`elementwise derivatives agree with JAX ${fixture.jax} element by element, at domain edges, ties, ±0, ±∞ and NaN`, () => {
  test.each(fixture.points.map((p) => [p.name, p] as const))("%s", (name, p) => {
    const f = fn(name);
    const args = p.args.map(decode);
    const label = (what: string): string => `${name} ${what} at ${JSON.stringify(p.args.map((a) => a.data))}`;
    expectArray(valueOf(f(...args)), p.value, RTOL, label("value"));
    if (args.length === 1) {
      const x = args[0] as NDArray;
      expectArray(diag(J.jacobian(f, x)), withDeviations(name, "d0", p.args, p.d[0] as FixtureArray), RTOL, label("f'"));
      expectArray(diag(J.hessian((t) => J.sum(f(t)), x)), withDeviations(name, "dd0", p.args, p.dd[0] as FixtureArray), RTOL2, label("f''"));
      return;
    }
    for (const k of [0, 1]) {
      expectArray(diag(J.jacobian(f, args, { wrt: k })), withDeviations(name, `d${k}`, p.args, p.d[k] as FixtureArray), RTOL, label(`∂f/∂x${k + 1}`));
      const second = withDeviations(name, `dd${2 * k}`, p.args, p.dd[2 * k] as FixtureArray);
      expectArray(diag(J.hessian((...a) => J.sum(f(...a)), args, { wrt: k })), second, RTOL2, label(`∂²f/∂x${k + 1}²`));
    }
    // the cross term: with both operands taken from one variable z = [x1, x2], the Hessian's
    // block (0, 1) is Diag(∂²f/∂x1∂x2); read element by element (elsewhere 0·∞ may be NaN)
    const n = (args[0] as NDArray).size;
    const H = J.hessian((z) => J.sum(f(J.index(z, 0), J.index(z, 1))), coreStack(args)).toDense();
    const cross = array(Array.from({ length: n }, (_, i) => H.get(0, i, 1, i) as number));
    const crossT = array(Array.from({ length: n }, (_, i) => H.get(1, i, 0, i) as number));
    const mixed = withDeviations(name, "dd1", p.args, p.dd[1] as FixtureArray);
    expectArray(cross, mixed, RTOL2, label("∂²f/∂x1∂x2"));
    expectArray(crossT, mixed, RTOL2, label("∂²f/∂x2∂x1"));
  });
});

describe(`jacobian, jvp, vjp, hessian and hvp of the elementwise functions agree with JAX ${fixture.jax}`, () => {
  test.each(fixture.cases.map((c) => [c.name, c] as const))("%s", (name, c) => {
    const f = fn(name.split(" ")[0] as string);
    const g: Fn = name.includes("z[0], z[1]") ? (z) => f(J.index(z, 0), J.index(z, 1)) : f;
    const args = c.args.map(decode);
    const opts = { wrt: c.wrt };
    const jac = J.jacobian(g, args, opts);
    expect(jac.shape).toEqual(c.jacobian.shape);
    expectArray(jac.toDense(), c.jacobian, 1e-11, "Jacobian");
    if (!name.includes("z[0]")) expect(["diagonal", "identity", "scaled-identity", "zero"]).toContain(jac.kind);
    const { value, tangent } = J.jvp(g, args, decode(c.v), opts);
    expectArray(value, c.value, RTOL, "value");
    expectArray(tangent, c.jvp, 1e-11, "jvp");
    expectArray(J.vjp(g, args, decode(c.u), opts).cotangent, c.vjp, 1e-11, "vjp");
    const s = (...a: J.Argument[]): J.Output => J.sum(g(...a));
    const H = J.hessian(s, args, opts);
    expectArray(H.toDense(), c.hessian, 1e-11, "Hessian");
    if (!name.includes("z[0]")) expect(["diagonal", "zero"]).toContain(H.kind);
    expectArray(J.hvp(s, args, decode(c.v), opts), c.hvp, 1e-11, "hvp");
  });
});

describe("checkJacobian: finite differences agree with each rule at ordinary points", () => {
  test.each(fixture.cases.map((c) => [c.name, c] as const))("%s", (name, c) => {
    const f = fn(name.split(" ")[0] as string);
    const g: Fn = name.includes("z[0], z[1]") ? (z) => f(J.index(z, 0), J.index(z, 1)) : f;
    const report = J.checkJacobianReport(g, c.args.map(decode), { wrt: c.wrt });
    expect(report.error).toBeLessThan(1e-6);
    expect(report.unchecked).toEqual([]);
  });
});

describe("the binary functions refuse implicit broadcasting, as add does", () => {
  test.each(["hypot", "atan2", "arctan2", "logaddexp", "logaddexp2", "copysign", "fmax", "fmin", "fmod", "remainder", "mod", "floorDivide"])("%s", (name) => {
    const f = fn(name);
    const fnName = name === "arctan2" ? "atan2" : name === "mod" ? "remainder" : name;
    expect(() => J.jacobian((x) => f(x, array([1, 2, 3])), array([[1, 2, 3], [4, 5, 6]]))).toThrow(J.BroadcastRefusedError);
    expect(() => J.jacobian((x) => f(x, array([1, 2, 3])), array([[1, 2, 3], [4, 5, 6]]))).toThrow(
      `${fnName}: refusing to broadcast (2, 3) with (3,) inside a Jacobian — broadcasting is not differentiation; write broadcastTo(y, [2, 3]) for the second operand y to expand explicitly`,
    );
    // outside a Jacobian too: the strict operations never broadcast
    expect(() => f(array([1, 2]), array([[1, 2]]))).toThrow(J.BroadcastRefusedError);
  });
});

describe("names and special cases", () => {
  test("numpy's aliases are the same functions", () => {
    const pairs: [unknown, unknown][] = [
      [J.arcsin, J.asin], [J.arccos, J.acos], [J.arctan, J.atan], [J.arcsinh, J.asinh], [J.arccosh, J.acosh], [J.arctanh, J.atanh],
      [J.arctan2, J.atan2], [J.radians, J.deg2rad], [J.degrees, J.rad2deg], [J.mod, J.remainder], [J.absolute, J.abs], [J.pow, J.power],
    ];
    for (const [alias, fnc] of pairs) expect(alias).toBe(fnc);
  });
  test("structures: rounding is the zero map, deg2rad a scaled identity, positive the identity, a constant operand's partial the zero map", () => {
    const x = array([0.5, 1.5]);
    for (const f of [J.floor, J.ceil, J.trunc, J.rint, J.round]) expect(J.jacobian(f as Fn, x).kind).toBe("zero");
    expect(J.jacobian(J.deg2rad, x).kind).toBe("scaled-identity");
    expect(J.jacobian(J.positive, x).kind).toBe("identity");
    expect(J.jacobian((s) => J.copysign(x, s), array([1, -1])).kind).toBe("zero");
    expect(J.jacobian((y) => J.floorDivide(x, y), array([1, 2])).kind).toBe("zero");
    expect(J.jacobian((a) => J.fmod(a, 2), x).kind).toBe("identity");
  });
  test("deg2rad and rad2deg give numpy's values: float32 in float32 arithmetic, 32-bit integers in float64", () => {
    const x = array([1.5, 45, 90, 180, 333.3, -17.25], { dtype: "float32" });
    // numpy 2.4: np.deg2rad(x), np.rad2deg(x) for this float32 x
    expect(valueOf(J.deg2rad(x)).toString()).toBe("array([ 0.02617994,  0.7853982 ,  1.5707964 ,  3.1415927 ,  5.817182  ,\n       -0.3010693 ], dtype=float32)");
    expect(valueOf(J.rad2deg(x)).toString()).toBe("array([   85.943665,  2578.31    ,  5156.62    , 10313.24    ,\n       19096.682   ,  -988.3522  ], dtype=float32)");
    expect(valueOf(J.deg2rad(array([1, 45, 90], { dtype: "int32" }))).toString()).toBe("array([0.01745329, 0.78539816, 1.57079633])");
    expect(valueOf(J.deg2rad(array([90], { dtype: "int8" }))).dtype).toBe("float32");
    expect(valueOf(J.radians(180)).toString()).toBe(`array(${Math.PI.toFixed(8)})`);
  });
  test("round takes decimals as numpy's round and refuses other options", () => {
    expect(J.round(array([1.25, 2.675]), 2).toString()).toBe("array([1.25, 2.68])");
    expect(J.round(array([1234.5]), { decimals: -2 }).toString()).toBe("array([1200.])");
    expect(() => J.round(array([1]), { out: array([0]) } as never)).toThrow(/round: unknown option "out"/);
    expect(() => J.round(array([1]), "2" as never)).toThrow(/round: decimals must be an integer or an options object like \{ decimals \}, got string/);
  });
  test("softplus and its derivatives stay accurate far from 0", () => {
    const x = array([-800, -40, 40, 800]);
    expect(valueOf(J.softplus(x)).tolist()).toEqual([0, Math.exp(-40), 40, 800]);
    expect(J.jacobian(J.softplus, x).diagonal().tolist()).toEqual([0, 1 / (1 + Math.exp(40)), 1, 1]);
    const dd = J.hessian((t) => J.sum(J.softplus(t)), x).diagonal().tolist() as number[];
    // σ(1 − σ) ≈ e^-|x|: σ − σ² would give 0 at x = 40
    expect(dd[1]).toBeCloseTo(Math.exp(-40), 30);
    expect(Math.abs((dd[2] as number) / Math.exp(-40) - 1)).toBeLessThan(1e-12);
    expect([dd[0], dd[3]]).toEqual([0, 0]);
  });
  test("log1p and expm1 keep their accuracy near 0; asin near ±1", () => {
    expect(J.jacobian(J.log1p, array([1e-17])).diagonal().tolist()).toEqual([1]);
    expect(J.jacobian(J.expm1, array([-40])).diagonal().tolist()).toEqual([Math.exp(-40)]);
    const x = 1 - 2 ** -30;
    const want = 1 / Math.sqrt((1 - x) * (1 + x));
    expect(J.jacobian(J.asin, array([x])).diagonal().tolist()).toEqual([want]);
  });
});
