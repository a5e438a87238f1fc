import ndarray from "../scijs-ndarray.js";
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { decode, decodeNumber, expectArray, readFixture, type FixtureArray, type FixtureNumber } from "../helpers.js";

type OperandSpec =
  | { array: FixtureArray }
  | { scalar: FixtureNumber }
  | { view: { base: number; offset: number; shape: number[]; strides: number[] } };
interface Case {
  op: string;
  label: string;
  operands: OperandSpec[];
  result?: FixtureArray;
  error?: string;
  exact?: boolean;
  float16?: boolean;
  out?: FixtureArray | OperandSpec;
  base?: FixtureArray[];
  after?: FixtureArray[];
}
interface Fixture {
  binary: Case[];
  unary: Case[];
  out: Case[];
  overlap: Case[];
}
const fixture = readFixture<Fixture>("elementwise.json");
type Fn = (...args: unknown[]) => nb.NDArray;
const fns = nb as unknown as Record<string, Fn>;

function operand(spec: OperandSpec, bases: nb.NDArray[] = []): unknown {
  if ("array" in spec) return decode(spec.array);
  if ("scalar" in spec) return decodeNumber(spec.scalar);
  const base = bases[spec.view.base] as nb.NDArray;
  return nb.fromNdarray(ndarray(base.data, spec.view.shape, spec.view.strides, spec.view.offset));
}

/** Tolerance: exact for correctly rounded functions; else 1e-12 (float64) or 4 ulp of float32. */
function tolerance(c: Case): number {
  if (c.exact && !c.float16) return 0;
  return c.result?.dtype === "float32" ? 5e-7 : 1e-12;
}

const label = (c: Case): string => `${c.op}: ${c.label}`;

describe.each([
  ["binary", fixture.binary],
  ["unary", fixture.unary],
])("%s functions agree with numpy", (_kind, cases) => {
  test.each(cases.map((c) => [label(c), c] as const))("%s", (_name, c) => {
    const fn = fns[c.op] as Fn;
    const args = c.operands.map((s) => operand(s));
    if (c.error) {
      const ctor = (nb as unknown as Record<string, new () => Error>)[c.error] as new () => Error;
      expect(() => fn(...args)).toThrow(ctor);
      expect(() => fn(...args)).toThrow(new RegExp(`^${c.op}: `));
      return;
    }
    expectArray(fn(...args), c.result as FixtureArray, tolerance(c), label(c));
  });
});

describe("out= agrees with numpy (never broadcast, same_kind casting)", () => {
  test.each(fixture.out.map((c) => [c.label, c] as const))("%s", (_name, c) => {
    const [a, b] = c.operands.map((s) => operand(s));
    const out = decode(c.out as FixtureArray);
    const before = out.copy();
    if (c.error) {
      const ctor = (nb as unknown as Record<string, new () => Error>)[c.error] as new () => Error;
      expect(() => nb.add(a as nb.NDArray, b as nb.NDArray, { out })).toThrow(ctor);
      expect(out.tolist()).toEqual(before.tolist());
      return;
    }
    expect(nb.add(a as nb.NDArray, b as nb.NDArray, { out })).toBe(out);
    expectArray(out, c.result as FixtureArray);
  });
});

describe("out= overlapping an input gives numpy's as-if-copied result", () => {
  test.each(fixture.overlap.map((c) => [label(c), c] as const))("%s", (_name, c) => {
    const bases = (c.base as FixtureArray[]).map(decode);
    const args = c.operands.map((s) => operand(s, bases));
    const out = operand(c.out as OperandSpec, bases) as nb.NDArray;
    (fns[c.op] as Fn)(...args, { out });
    const tol = ["add", "subtract", "multiply", "maximum", "negative", "square"].includes(c.op) ? 0 : 1e-12;
    expectArray(bases[0] as nb.NDArray, (c.after as FixtureArray[])[0] as FixtureArray, tol, label(c));
  });
});
