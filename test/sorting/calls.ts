/**
 * Runs a call fixture (scripts/calls_common.py): each case calls the library function of the
 * case's name with the decoded arguments and compares with numpy's answer.
 */
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { decode, decodeNumber, expectArray, readFixture, type FixtureArray, type FixtureNumber } from "../helpers.js";

type Encoded = FixtureArray | Encoded[] | { [k: string]: Encoded };
export interface Call {
  fn: string;
  args: unknown[];
  result?: Encoded;
  error?: string;
  rtol?: number;
  note?: string;
}

function decodeArg(x: unknown, arrays: readonly FixtureArray[]): unknown {
  if (Array.isArray(x)) return x.map((v) => decodeArg(v, arrays));
  if (x !== null && typeof x === "object") {
    const o = x as Record<string, unknown>;
    if ("ref" in o) return decode(arrays[o.ref as number] as FixtureArray);
    if ("num" in o) return decodeNumber(o.num as FixtureNumber);
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, decodeArg(v, arrays)]));
  }
  return x;
}

const isArray = (e: Encoded): e is FixtureArray => !Array.isArray(e) && "dtype" in e && "shape" in e;

function compare(actual: unknown, expected: Encoded, rtol: number, label: string): void {
  if (isArray(expected)) {
    expect(actual, label).toBeInstanceOf(nb.NDArray);
    expectArray(actual as nb.NDArray, expected, rtol, label);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${label} is a JS array`).toBe(true);
    expect((actual as unknown[]).length, `${label} length`).toBe(expected.length);
    expected.forEach((e, i) => compare((actual as unknown[])[i], e, rtol, `${label}[${i}]`));
  } else {
    expect(Object.keys(actual as object).sort(), `${label} fields`).toEqual(Object.keys(expected).sort());
    for (const [k, e] of Object.entries(expected)) compare((actual as Record<string, unknown>)[k], e, rtol, `${label}.${k}`);
  }
}

const label = (c: Call, arrays: readonly FixtureArray[]): string => {
  const show = (x: unknown): string => {
    if (Array.isArray(x)) return `[${x.map(show).join(", ")}]`;
    if (x !== null && typeof x === "object") {
      const o = x as Record<string, unknown>;
      if ("ref" in o) {
        const a = arrays[o.ref as number] as FixtureArray;
        return `${a.dtype}(${a.shape.join(",")})${a.data.length <= 6 ? `[${a.data.join(",")}]` : ""}`;
      }
      if ("num" in o) return String(o.num);
      return `{${Object.entries(o).map(([k, v]) => `${k}: ${show(v)}`).join(", ")}}`;
    }
    return JSON.stringify(x);
  };
  return `${c.fn}(${c.args.map(show).join(", ")})${c.note ? ` ${c.note}` : ""}`;
};

/** One test per case of `test/fixtures/<name>`. */
export function runCalls(name: string): void {
  const { cases, arrays } = readFixture<{ cases: Call[]; arrays: FixtureArray[] }>(name);
  describe(`${name}: numpy's answers`, () => {
    test("has cases", () => expect(cases.length).toBeGreaterThan(0));
    test.each(cases.map((c, i) => [`${i} ${label(c, arrays)}`, c] as const))("%s", (_name, c) => {
      const f = (nb as unknown as Record<string, (...args: unknown[]) => unknown>)[c.fn];
      expect(typeof f, `${c.fn} is exported`).toBe("function");
      const call = (): unknown => (f as (...args: unknown[]) => unknown)(...(decodeArg(c.args, arrays) as unknown[]));
      if (c.error) {
        const cls = (nb as unknown as Record<string, new () => Error>)[c.error];
        expect(cls, `${c.error} is an error class`).toBeDefined();
        expect(call).toThrow(cls as new () => Error);
        expect(call).toThrow(new RegExp(`^${c.fn}: `));
        return;
      }
      compare(call(), c.result as Encoded, c.rtol ?? 0, c.fn);
    });
  });
}
