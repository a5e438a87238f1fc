import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { decode, decodeNumber, expectArray, readFixture, type FixtureArray, type FixtureNumber } from "../helpers.js";

interface Base {
  shape: number[];
  dtype?: nb.DType;
  transpose?: boolean;
  readonly?: boolean;
}
type KeySpec =
  | number
  | string
  | null
  | { slice: (number | null)[] }
  | { list: unknown }
  | { array: FixtureArray }
  | { mask: FixtureArray }
  | { bool: boolean }
  | { float: number };
interface IndexCase {
  base: Base;
  keys: KeySpec[];
  result?: FixtureArray;
  view?: boolean;
  error?: string;
  numpy?: string;
}
type ValueSpec = number | { number: FixtureNumber } | { list: unknown } | { array: FixtureArray } | { self: KeySpec[] };
interface AssignCase {
  base: Base;
  keys: KeySpec[];
  value: ValueSpec;
  after?: FixtureArray;
  error?: string;
  numpy?: string;
}
type ArgSpec = number | null | { list: unknown } | { array: FixtureArray } | { options: Record<string, unknown> };
interface FunctionCase {
  fn: string;
  base: Base | null;
  args: ArgSpec[];
  result?: FixtureArray | FixtureArray[];
  after?: FixtureArray;
  view?: boolean;
  readonly?: boolean;
  error?: string;
  numpy?: string;
}
const fixture = readFixture<{ index: IndexCase[]; assign: AssignCase[]; functions: FunctionCase[] }>("indexing.json");

/** Whether the library has the bool dtype: masks are then bool NDArrays, else nested booleans. */
const hasBool = nb.isDType("bool");

function makeBase(b: Base): nb.NDArray {
  const n = b.shape.reduce((p, d) => p * d, 1);
  let a =
    b.dtype === "bool"
      ? nb.array(Array.from({ length: n }, (_, i) => i % 3 === 0), { dtype: "bool" }).reshape(b.shape)
      : nb.arange(n, undefined, undefined, { dtype: b.dtype ?? "float64" }).reshape(b.shape);
  if (b.transpose) a = a.T;
  if (b.readonly) a = nb.broadcastTo(a, a.shape);
  return a;
}

function nested(flat: readonly unknown[], shape: readonly number[]): unknown {
  if (shape.length === 0) return flat[0];
  const [n, ...rest] = shape as [number, ...number[]];
  const step = rest.reduce((p, d) => p * d, 1);
  return Array.from({ length: n }, (_, i) => nested(flat.slice(i * step, (i + 1) * step), rest));
}

function key(k: KeySpec, maskAs: "array" | "nested"): nb.Key {
  if (k === null || typeof k === "number" || typeof k === "string") return k;
  if ("slice" in k) return nb.slice(...(k.slice as [number | null, number | null, number | null]));
  if ("list" in k) return k.list as nb.Key;
  if ("array" in k) return decode(k.array);
  if ("bool" in k) return k.bool;
  if ("float" in k) return k.float;
  const m = k.mask;
  if (maskAs === "array" && hasBool) return nb.array(m.data.map((v) => v === 1), { dtype: "bool" }).reshape(m.shape);
  return nested(m.data.map((v) => v === 1), m.shape) as nb.Key;
}

const hasMask = (keys: KeySpec[]): boolean => keys.some((k) => k !== null && typeof k === "object" && "mask" in k);
/** A mask with no elements and rank >= 2 has no nested-array form: [[], []] is shape (2, 0), whatever follows. */
const nestable = (keys: KeySpec[]): boolean =>
  keys.every((k) => k === null || typeof k !== "object" || !("mask" in k) || k.mask.shape.length < 2 || k.mask.data.length > 0);
const label = (c: { base: Base; keys: KeySpec[] }): string =>
  `${JSON.stringify(c.base)}[${c.keys.map((k) => JSON.stringify(k)).join(", ")}]`.slice(0, 200);
const errors = nb as unknown as Record<string, new () => Error>;

describe.each(hasBool ? (["array", "nested"] as const) : (["nested"] as const))("index agrees with numpy (masks as %s)", (maskAs) => {
  const cases = (maskAs === "nested" && hasBool ? fixture.index.filter((c) => hasMask(c.keys)) : fixture.index).filter(
    (c) => maskAs === "array" || nestable(c.keys),
  );
  test.each(cases.map((c) => [label(c), c] as const))("%s", (_name, c) => {
    const a = makeBase(c.base);
    const keys = c.keys.map((k) => key(k, maskAs));
    if (c.error) {
      expect(() => a.index(...keys), c.numpy).toThrow(errors[c.error] as new () => Error);
      expect(() => nb.index(a, ...keys)).toThrow(/^index: /);
      return;
    }
    const r = nb.index(a, ...keys);
    expectArray(r, c.result as FixtureArray, 0, label(c));
    expect(r.data === a.data, `view (numpy: ${c.view})`).toBe(c.view);
    if (c.view) expect(r.readonly).toBe(a.readonly);
    else expect(r.readonly).toBe(false);
    expectArray(a.index(...keys), c.result as FixtureArray, 0, "method");
  });
});

function value(v: ValueSpec, a: nb.NDArray): unknown {
  if (typeof v === "number") return v;
  if ("number" in v) return decodeNumber(v.number);
  if ("list" in v) {
    const walk = (x: unknown): unknown => (Array.isArray(x) ? x.map(walk) : decodeNumber(x as FixtureNumber));
    return walk(v.list);
  }
  if ("array" in v) return decode(v.array);
  return nb.index(a, ...v.self.map((k) => key(k, "array")));
}

describe("setIndex agrees with numpy (the array afterwards)", () => {
  test.each(fixture.assign.map((c) => [label(c), c] as const))("%s", (_name, c) => {
    const a = makeBase(c.base);
    const keys = c.keys.map((k) => key(k, "array"));
    const v = value(c.value, a);
    if (c.error) {
      const before = a.tolist();
      expect(() => a.setIndex(keys, v), c.numpy).toThrow(errors[c.error] as new () => Error);
      expect(() => nb.setIndex(a, keys, v)).toThrow(/^setIndex: /);
      expect(a.tolist(), "nothing written").toEqual(before);
      return;
    }
    nb.setIndex(a, keys, v);
    expectArray(a, c.after as FixtureArray, 0, label(c));
  });
});

const fns: Record<string, (...args: unknown[]) => unknown> = {
  take: nb.take as never,
  take_along_axis: nb.takeAlongAxis as never,
  put: nb.put as never,
  put_along_axis: nb.putAlongAxis as never,
  compress: ((a: nb.NDArray, cond: unknown, ...rest: unknown[]) => nb.compress(cond, a, ...(rest as []))) as never,
  unravel_index: ((_a: unknown, ...rest: unknown[]) => nb.unravelIndex(...(rest as [never, never]))) as never,
  ravel_multi_index: ((_a: unknown, ...rest: unknown[]) => nb.ravelMultiIndex(...(rest as [never, never]))) as never,
  sliding_window_view: nb.slidingWindowView as never,
};

describe("take, takeAlongAxis, put, putAlongAxis, compress, unravelIndex, ravelMultiIndex, slidingWindowView agree with numpy", () => {
  test.each(fixture.functions.map((c) => [`${c.fn}(${JSON.stringify(c.base)}, ${JSON.stringify(c.args)})`, c] as const))("%s", (_name, c) => {
    const a = c.base === null ? undefined : makeBase(c.base);
    const args = c.args.map((x) => (x !== null && typeof x === "object" ? ("list" in x ? x.list : "array" in x ? decode(x.array) : x.options) : x));
    const call = (): unknown => (fns[c.fn] as (...args: unknown[]) => unknown)(a, ...args);
    if (c.error) {
      const before = a?.tolist();
      expect(call, c.numpy).toThrow(errors[c.error] as new () => Error);
      if (a) expect(a.tolist()).toEqual(before);
      return;
    }
    const r = call();
    if (c.after) {
      expect(r).toBeUndefined();
      expectArray(a as nb.NDArray, c.after);
    } else if (Array.isArray(c.result)) {
      const list = r as nb.NDArray[];
      expect(list.length).toBe(c.result.length);
      c.result.forEach((e, i) => expectArray(list[i] as nb.NDArray, e));
    } else {
      const out = r as nb.NDArray;
      expectArray(out, c.result as FixtureArray);
      if (a) expect(out.data === a.data, "view").toBe(c.view);
      if (c.readonly !== undefined) expect(out.readonly).toBe(c.readonly);
    }
  });
});
