/**
 * Replays the call fixtures written by scripts/calls_common.py: each case calls the export of the
 * case's name with the decoded arguments (arrays `{ $nd: i, view? }` from the fixture's `arrays`,
 * special numbers `{ $num }`) and compares with numpy's answer — values bit for bit (or within the
 * case's `tol`), dtype, shape, whether the result shares memory with the first array argument (and is
 * then read-only as its base), records field by field, or the error class and a message that names
 * the function.
 */
import { describe, expect, test } from "vitest";
import * as nb from "../src/index.js";
import { decode, decodeNumber, expectArray, readFixture, type FixtureArray, type FixtureNumber } from "./helpers.js";

export interface CallCase {
  fn: string;
  args: unknown[];
  result?: unknown;
  error?: string;
  numpy?: string;
  tol?: number;
  note?: string;
}

export interface CallFixture {
  arrays: FixtureArray[];
  cases: CallCase[];
}

type ViewStep = ["T"] | ["flip", number] | ["slice", number, number, number] | ["readonly"];
interface ArrayArg {
  $nd: number;
  view?: ViewStep[];
}
interface ArrayResult {
  $nd: FixtureArray;
  shares?: boolean;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** The view steps of scripts/calls_common.py's `A`, made with the library's own view functions. */
function applyView(x: nb.NDArray, steps: readonly ViewStep[]): nb.NDArray {
  for (const s of steps) {
    if (s[0] === "T") x = nb.transpose(x);
    else if (s[0] === "flip") x = nb.flip(x, s[1]);
    else if (s[0] === "slice") x = nb.arraySplit(x, [s[2], s[3]], s[1])[1] as nb.NDArray;
    else x = nb.broadcastTo(x, x.shape);
  }
  return x;
}

/** An argument as the library takes it; every array a fresh copy of the fixture's. */
function decodeArg(x: unknown, arrays: readonly FixtureArray[]): unknown {
  if (Array.isArray(x)) return x.map((v) => decodeArg(v, arrays));
  if (isObject(x)) {
    if ("$nd" in x) return applyView(decode(arrays[(x as unknown as ArrayArg).$nd] as FixtureArray), (x as unknown as ArrayArg).view ?? []);
    if ("$num" in x) return decodeNumber(x.$num as FixtureNumber);
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, decodeArg(v, arrays)]));
  }
  return x;
}

function firstArray(args: unknown): nb.NDArray | undefined {
  if (args instanceof nb.NDArray) return args;
  if (Array.isArray(args)) {
    for (const a of args) {
      const f = firstArray(a);
      if (f) return f;
    }
  }
  return undefined;
}

function compare(actual: unknown, expected: unknown, base: nb.NDArray | undefined, tol: number, label: string): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${label} is a JS array`).toBe(true);
    expect((actual as unknown[]).length, `${label} length`).toBe(expected.length);
    expected.forEach((e, i) => compare((actual as unknown[])[i], e, base, tol, `${label}[${i}]`));
  } else if (isObject(expected) && "$nd" in expected) {
    const e = expected as unknown as ArrayResult;
    expect(actual, `${label} is an NDArray`).toBeInstanceOf(nb.NDArray);
    const a = actual as nb.NDArray;
    expectArray(a, e.$nd, tol, label);
    if (e.shares !== undefined && base) {
      expect(a.data === base.data, `${label} shares memory with the input (numpy: ${e.shares})`).toBe(e.shares);
      // a view is read-only when its base is, or when its elements alias (stride 0 on a longer axis)
      const aliased = a.shape.some((n, i) => n > 1 && a.strides[i] === 0);
      if (e.shares) expect(a.readonly, `${label} view is read-only as its base (or aliased)`).toBe(base.readonly || aliased);
    }
  } else if (isObject(expected) && "$num" in expected) {
    expect(actual, label).toBe(decodeNumber(expected.$num as FixtureNumber));
  } else if (isObject(expected)) {
    expect(isObject(actual), `${label} is a record`).toBe(true);
    expect(Object.keys(actual as object).sort(), `${label} fields`).toEqual(Object.keys(expected).sort());
    for (const [k, e] of Object.entries(expected)) compare((actual as Record<string, unknown>)[k], e, base, tol, `${label}.${k}`);
  } else {
    expect(actual, label).toEqual(expected);
  }
}

/** A short name of the call: small arrays with their values, views with their steps. */
function label(c: CallCase, arrays: readonly FixtureArray[]): string {
  const show = (x: unknown): string => {
    if (Array.isArray(x)) return `[${x.map(show).join(", ")}]`;
    if (isObject(x)) {
      if ("$nd" in x) {
        const { $nd, view } = x as unknown as ArrayArg;
        const a = arrays[$nd] as FixtureArray;
        const steps = (view ?? []).map((s) => `.${s.join(" ")}`).join("");
        return `${a.dtype}(${a.shape.join(",")})${a.data.length <= 6 ? `[${a.data.join(",")}]` : ""}${steps}`;
      }
      if ("$num" in x) return String(x.$num);
      return `{${Object.entries(x).map(([k, v]) => `${k}: ${show(v)}`).join(", ")}}`;
    }
    return JSON.stringify(x);
  };
  return `${c.fn}(${c.args.map(show).join(", ")})${c.note ? ` ${c.note}` : ""}`;
}

/** One test per case of `test/fixtures/<name>`, grouped by function. */
export function runCalls(name: string): void {
  const { arrays, cases } = readFixture<CallFixture>(name);
  const exports = nb as unknown as Record<string, unknown>;
  describe(`${name}: numpy's answers`, () => {
    test("has cases", () => expect(cases.length).toBeGreaterThan(0));
    for (const fn of [...new Set(cases.map((c) => c.fn))]) {
      const mine = cases.flatMap((c, i) => (c.fn === fn ? [[`#${i} ${label(c, arrays)}`, c] as const] : []));
      describe(fn, () => {
        test.each(mine)("%s", (_label, c) => {
          const f = exports[c.fn];
          expect(f, `export ${c.fn}`).toBeTypeOf("function");
          const args = decodeArg(c.args, arrays) as unknown[];
          const call = (): unknown => (f as (...a: unknown[]) => unknown)(...args);
          if (c.error) {
            const cls = exports[c.error];
            expect(cls, `${c.error} is an error class`).toBeTypeOf("function");
            expect(call, c.numpy).toThrow(cls as new () => Error);
            expect(call).toThrow(new RegExp(`^${c.fn}: `));
            return;
          }
          compare(call(), c.result, firstArray(args), c.tol ?? 0, c.fn);
        });
      });
    }
  });
}
