/**
 * Runs the fixtures of whole calls written by scripts/calls_common.py: decodes the arguments
 * (arrays marked `{ $nd }`, special numbers `{ $num }`), calls the export of that name, and compares
 * with numpy's answer — values bit for bit (or within `tol`), dtype, shape, whether the result shares
 * memory with the first array argument, or the error class and a message that names the function.
 */
import { expect, test } from "vitest";
import * as nb from "../src/index.js";
import { decode, decodeNumber, expectArray, type FixtureArray, type FixtureNumber } from "./helpers.js";

export interface CallCase {
  fn: string;
  args: unknown[];
  result?: unknown;
  error?: string;
  numpy?: string;
  tol?: number;
  note?: string;
}

type Decoded = unknown;
type ViewStep = ["T"] | ["flip", number] | ["slice", number, number, number] | ["readonly"];

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

export function decodeArg(x: unknown): Decoded {
  if (Array.isArray(x)) return x.map(decodeArg);
  if (typeof x === "object" && x !== null) {
    if ("$nd" in x) return applyView(decode((x as { $nd: FixtureArray }).$nd), (x as { view?: ViewStep[] }).view ?? []);
    if ("$num" in x) return decodeNumber((x as { $num: FixtureNumber }).$num);
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, decodeArg(v)]));
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
  if (typeof expected === "object" && expected !== null && "$nd" in expected) {
    const e = expected as { $nd: FixtureArray; shares?: boolean };
    expect(actual, `${label} is an NDArray`).toBeInstanceOf(nb.NDArray);
    const a = actual as nb.NDArray;
    expectArray(a, e.$nd, tol, label);
    if (e.shares !== undefined && base) {
      expect(a.data === base.data, `${label} shares memory with the input (numpy: ${e.shares})`).toBe(e.shares);
      // a view is read-only when its base is, or when its elements alias (stride 0 on a longer axis)
      const aliased = a.shape.some((n, i) => n > 1 && a.strides[i] === 0);
      if (e.shares) expect(a.readonly, `${label} view is read-only as its base (or aliased)`).toBe(base.readonly || aliased);
    }
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${label} is a JS array`).toBe(true);
    expect((actual as unknown[]).length, `${label} length`).toBe(expected.length);
    expected.forEach((e, i) => compare((actual as unknown[])[i], e, base, tol, `${label}[${i}]`));
    return;
  }
  if (typeof expected === "object" && expected !== null && "$num" in expected) {
    expect(actual, label).toBe(decodeNumber((expected as { $num: FixtureNumber }).$num));
    return;
  }
  expect(actual, label).toEqual(expected);
}

const show = (x: unknown): string =>
  JSON.stringify(x, (_k, v: unknown) => (typeof v === "object" && v !== null && "$nd" in v ? `<${(v as { $nd: FixtureArray }).$nd.dtype} ${JSON.stringify((v as { $nd: FixtureArray }).$nd.shape)}>` : v));

/** One vitest test per case: `fn(args)` as numpy answers it. */
export function runCalls(cases: readonly CallCase[], errorClasses: Record<string, unknown> = nb): void {
  test.each(cases.map((c, i) => [`${c.fn}(${show(c.args).slice(1, -1)}) #${i}`, c] as const))("%s", (_name, c) => {
    const fn = (nb as unknown as Record<string, (...a: unknown[]) => unknown>)[c.fn];
    expect(fn, `export ${c.fn}`).toBeTypeOf("function");
    const args = c.args.map(decodeArg);
    const base = firstArray(args);
    // A read-only base: views of it must stay read-only (checked on the results that share memory).
    const call = (): unknown => (fn as (...a: unknown[]) => unknown)(...args);
    if (c.error) {
      const cls = errorClasses[c.error] as new () => Error;
      expect(call, c.numpy).toThrow(cls);
      expect(call).toThrow(new RegExp(`^${c.fn}: `));
      return;
    }
    compare(call(), c.result, base, c.tol ?? 0, c.fn);
  });
}
