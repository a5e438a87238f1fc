/** The reference evaluator itself agrees with numpy on the elementwise fixtures it can express. */
import { describe, expect, test } from "vitest";
import { decode, decodeNumber, readFixture, type FixtureArray, type FixtureNumber } from "../helpers.js";
import { refBinary, refUnary, REF_DTYPES, type BinaryName, type UnaryName } from "./reference.js";

type Spec = { array: FixtureArray } | { scalar: FixtureNumber };
interface Case {
  op: string;
  label: string;
  operands: Spec[];
  result?: FixtureArray;
  error?: string;
  exact?: boolean;
}
const fixture = readFixture<{ binary: Case[]; unary: Case[] }>("elementwise.json");
const expressible = (c: Case): boolean =>
  c.operands.every((s) => "scalar" in s || (REF_DTYPES as readonly string[]).includes(s.array.dtype)) &&
  (!c.result || (REF_DTYPES as readonly string[]).includes(c.result.dtype));
const operand = (s: Spec): ReturnType<typeof decode> | number => ("scalar" in s ? decodeNumber(s.scalar) : decode(s.array));

describe("the reference evaluator agrees with numpy", () => {
  const cases = [...fixture.binary, ...fixture.unary].filter(expressible);
  test(`on ${cases.length} fixture cases`, () => {
    expect(cases.length).toBeGreaterThan(500);
    for (const c of cases) {
      const args = c.operands.map(operand);
      const outcome = c.operands.length === 2 ? refBinary(c.op as BinaryName, args[0] as never, args[1] as never) : refUnary(c.op as UnaryName, args[0] as never);
      if (c.error) {
        expect("errors" in outcome && outcome.errors, `${c.op} ${c.label}`).toContain(c.error);
        continue;
      }
      if ("errors" in outcome) expect.fail(`${c.op} ${c.label}: reference refused (${outcome.errors.join(", ")})`);
      const want = (c.result as FixtureArray).data.map(decodeNumber);
      expect(outcome.result.dtype, `${c.op} ${c.label}`).toBe((c.result as FixtureArray).dtype);
      outcome.result.values.forEach((v, i) => {
        const w = want[i] as number;
        const ok = c.exact ? Object.is(v, w) || (Number.isNaN(v) && Number.isNaN(w)) : Object.is(v, w) || Math.abs(v - w) <= 5e-7 * Math.abs(w) + 2 ** -126 || (Number.isNaN(v) && Number.isNaN(w));
        if (!ok) expect.fail(`${c.op} ${c.label}: element ${i}: reference ${v}, numpy ${w}`);
      });
    }
  });
});
