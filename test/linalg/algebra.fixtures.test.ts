import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { decode, decodeNumber, expectArray, flat, readFixture, type FixtureArray } from "../helpers.js";

interface Reduction {
  op: "sum" | "mean" | "prod" | "max" | "min";
  array: number;
  axis: number | number[] | null;
  keepdims: boolean;
  result?: FixtureArray;
  scale?: FixtureArray;
  error?: string;
}
interface Fixture {
  arrays: FixtureArray[];
  reductions: Reduction[];
  diag: { op: "diag" | "diagonal"; array: FixtureArray; k: number; result?: FixtureArray; error?: string }[];
  products: { op: "matmul" | "dot" | "outer"; a: FixtureArray; b: FixtureArray; result?: FixtureArray; scale?: FixtureArray; error?: string }[];
  unbroadcast: { array: FixtureArray; shape: number[]; result?: FixtureArray; scale?: FixtureArray; error?: string }[];
  identities: { a: FixtureArray; b: FixtureArray; side?: "right"; diagTimes: FixtureArray; broadcastTimes: FixtureArray; numpyAgrees: boolean }[];
}
const fixture = readFixture<Fixture>("algebra.json");
const errorClass = (name: string): new () => Error => (nb as unknown as Record<string, new () => Error>)[name] as new () => Error;
const fmt = (s: readonly number[]): string => `(${s.join(", ")}${s.length === 1 ? "," : ""})`;

/**
 * Compares with numpy within `rtol` of the *scale* (the same reduction of |x|): a sum summed in
 * another order may differ by rounding relative to Σ|x|, not to a result near 0.
 */
function expectClose(actual: nb.NDArray, expected: FixtureArray, scale: FixtureArray | undefined, rtol: number, label: string): void {
  if (!scale) return expectArray(actual, expected, rtol, label);
  expect(actual.dtype, `${label} dtype`).toBe(expected.dtype);
  expect(actual.shape, `${label} shape`).toEqual(expected.shape);
  const got = flat(actual);
  const want = expected.data.map(decodeNumber);
  const sc = scale.data.map(decodeNumber);
  want.forEach((w, i) => {
    const g = got[i] as number;
    if (!Number.isFinite(w) || !Number.isFinite(sc[i] as number)) {
      if (!Object.is(g, w) && !(Number.isNaN(g) && Number.isNaN(w))) expect.fail(`${label} element ${i}: got ${g}, numpy ${w}`);
    } else if (Math.abs(g - w) > rtol * (sc[i] as number) + 1e-300) {
      expect.fail(`${label} element ${i}: got ${g}, numpy ${w} (scale ${sc[i]})`);
    }
  });
}

describe("reductions agree with numpy", () => {
  test.each(
    fixture.reductions.map((c) => {
      const a = fixture.arrays[c.array] as FixtureArray;
      return [`${c.op} ${a.dtype} ${fmt(a.shape)} axis=${JSON.stringify(c.axis)}${c.keepdims ? " keepdims" : ""}`, c, a] as const;
    }),
  )("%s", (_name, c, a) => {
    const x = decode(a);
    const call = (): nb.NDArray => nb[c.op](x, { axis: c.axis, keepdims: c.keepdims });
    if (c.error) {
      expect(call).toThrow(errorClass(c.error));
      expect(call).toThrow(new RegExp(`^${c.op}: `));
      return;
    }
    const exactOp = c.op === "max" || c.op === "min";
    const rtol = exactOp ? 0 : a.dtype === "float32" ? 1e-6 : 1e-12;
    expectClose(call(), c.result as FixtureArray, c.scale, rtol, c.op);
  });
});

describe("diag and diagonal agree with numpy", () => {
  test.each(fixture.diag.map((c) => [`${c.op} ${fmt(c.array.shape)} k=${c.k}`, c] as const))("%s", (_name, c) => {
    const x = decode(c.array);
    if (c.error) {
      expect(() => nb[c.op](x, c.k)).toThrow(errorClass(c.error));
      return;
    }
    const r = nb[c.op](x, c.k);
    expectArray(r, c.result as FixtureArray);
    if (c.op === "diagonal") {
      expect(r.readonly).toBe(true);
      expect(r.data).toBe(x.data);
    }
  });
});

describe("matmul, dot and outer agree with numpy", () => {
  test.each(fixture.products.map((c) => [`${c.op} ${c.a.dtype} ${fmt(c.a.shape)} ${fmt(c.b.shape)}`, c] as const))("%s", (_name, c) => {
    const [a, b] = [decode(c.a), decode(c.b)];
    if (c.error) {
      expect(() => nb[c.op](a, b)).toThrow(errorClass(c.error));
      expect(() => nb[c.op](a, b)).toThrow(new RegExp(`^${c.op}: .*\\(`));
      return;
    }
    expectClose(nb[c.op](a, b), c.result as FixtureArray, c.scale, 1e-12, c.op);
  });
});

describe("unbroadcast agrees with numpy's sum over the broadcast axes", () => {
  test.each(fixture.unbroadcast.map((c) => [`${fmt(c.array.shape)} to ${fmt(c.shape)}`, c] as const))("%s", (_name, c) => {
    const g = decode(c.array);
    if (c.error) {
      expect(() => nb.unbroadcast(g, c.shape)).toThrow(errorClass(c.error));
      expect(() => nb.unbroadcast(g, c.shape)).toThrow(/^unbroadcast: cannot broadcast shape/);
      return;
    }
    expectClose(nb.unbroadcast(g, c.shape), c.result as FixtureArray, c.scale, 1e-12, "unbroadcast");
  });
});

describe("a ⊙ b = Diag(a) b, and where numpy's own arithmetic breaks it", () => {
  test.each(fixture.identities.map((c, i) => [i, c.side ?? "left", c.numpyAgrees ? "holds" : "broken by -0 or 0·inf", c] as const))(
    "case %i (%s): %s",
    (_i, side, _what, c) => {
      const a = decode(c.a);
      const b = decode(c.b);
      const viaDiag = side === "left" ? nb.matmul(nb.diag(a), b) : nb.matmul(b, nb.diag(a));
      const viaBroadcast = side === "left" ? nb.multiply(a.reshape(-1, 1), b) : nb.multiply(b, a);
      // Both sides are numpy's, bit for bit, including the cases where they differ from each other.
      expectArray(viaDiag, c.diagTimes, 0, "Diag(a) b");
      expectArray(viaBroadcast, c.broadcastTimes, 0, "a ⊙ b");
      expect(nb.multiply(viaDiag, 1).toString() === viaBroadcast.toString()).toBe(c.numpyAgrees);
    },
  );
});
