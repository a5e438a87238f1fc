/**
 * A seeded fuzzer of hostile input: Proxies (of arrays, shapes, options), arrays over resizable
 * buffers that shrink, option objects with unknown keys, getters and inherited keys, cyclic and
 * deep lists, huge ranks and sizes, fed to every function. Each call must return or throw an
 * `NDArrayError` (never a TypeError or RangeError from inside, never a hang or a crash); a call
 * that throws must leave every buffer it was given unchanged; no code from the input runs.
 * `npm run fuzz` runs it with the differential fuzzer's count; `npm test` a few thousand.
 */
import fc from "fast-check";
import ndarray from "../scijs-ndarray.js";
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { NDArrayError } from "../../src/index.js";

const TOTAL = Number(process.env.FUZZ_RUNS ?? 4000);
const settings = { numRuns: Math.max(200, Math.round(TOTAL * 0.3)), seed: Number(process.env.FUZZ_SEED ?? 20261130) };

type G = typeof globalThis & { pwned?: unknown };
const EVIL = "Q(){} globalThis.pwned=1; x=`+`+`+typeof ";

/** The buffers a case made, so that a failed call can be checked to have changed none. */
interface Ctx {
  buffers: Float64Array[];
  shrinkers: (() => void)[];
}

type Maker<T> = fc.Arbitrary<(ctx: Ctx) => T>;

/** Small shapes (accepted), or huge ones: rank over 64, sizes past 2^31 − 1, 2^53, or a Proxy. */
const shapeArb: Maker<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }).map((s) => () => s) },
  { weight: 1, arbitrary: fc.integer({ min: 65, max: 3000 }).map((r) => () => new Array<number>(r).fill(1)) },
  { weight: 1, arbitrary: fc.constantFrom([2 ** 31], [2 ** 16, 2 ** 16], [2 ** 34], [2 ** 30, 2 ** 30, 2 ** 30], [2, 2 ** 31 - 1]).map((s) => () => s) },
  // eslint-disable-next-line no-sparse-arrays
  { weight: 1, arbitrary: fc.constantFrom(-1, 1.5, NaN, "3", null, 3n, [1, , 2], [[2]], { length: 2 }).map((s) => () => s as unknown) },
  {
    weight: 1,
    arbitrary: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }).map((s) => () => {
      let reads = 0;
      return new Proxy(s, { get: (t, k, r) => (k === "0" && reads++ > 0 ? "9" : Reflect.get(t, k, r)) });
    }),
  },
);

/** An array: plain, a view of a resizable buffer that may shrink, a Proxy, a fake, or an evil scijs object. */
const arrayArb: Maker<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 3 }).map((s) => (ctx: Ctx) => track(ctx, nb.arange(s.reduce((p, d) => p * d, 1)).reshape(s))) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 48 })).map(([n, shrinkTo]) => (ctx: Ctx) => {
      const buffer = new (ArrayBuffer as unknown as new (b: number, o: object) => ArrayBuffer)(8 * n, { maxByteLength: 64 });
      const a = nb.fromNdarray(ndarray(new Float64Array(buffer, 0, n), [n]));
      ctx.shrinkers.push(() => (buffer as unknown as { resize(b: number): void }).resize(Math.min(8 * n, shrinkTo)));
      return a;
    }),
  },
  { weight: 1, arbitrary: fc.constant((ctx: Ctx) => new Proxy(track(ctx, nb.ones([2])), {})) },
  { weight: 1, arbitrary: fc.constant(() => Object.create(nb.NDArray.prototype) as unknown) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("order", "dtype").map((key) => (ctx: Ctx) => {
      const data = new Float64Array(3);
      ctx.buffers.push(data);
      return nb.fromNdarray({ data, shape: [3], stride: [1], offset: 0, [key]: key === "order" ? [EVIL] : EVIL } as never);
    }),
  },
  { weight: 1, arbitrary: listArb() },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, 1n, "1", {}, () => 1, Symbol("s")).map((v) => () => v as unknown) },
);

function track(ctx: Ctx, a: nb.NDArray): nb.NDArray {
  ctx.buffers.push(a.data as Float64Array);
  return a;
}

/** Lists: cyclic, nested deeper than 64 (up to 10,000), ragged, or holding a Proxy. */
function listArb(): Maker<unknown> {
  return fc.oneof(
    fc.constant(() => {
      const a: unknown[] = [];
      a.push(a);
      return a;
    }),
    fc.constant(() => {
      const a: unknown[] = [1, 2];
      const b = [a, a];
      a.push(b as never);
      return b;
    }),
    fc.integer({ min: 60, max: 10000 }).map((depth) => () => {
      let d: unknown = 1;
      for (let i = 0; i < depth; i++) d = [d];
      return d;
    }),
    fc.constant(() => [[1, 2], [3]]),
    fc.constant(() => new Proxy([1, 2, 3], { get: (t, k, r) => (k === "length" ? 1e12 : Reflect.get(t, k, r)) })),
  );
}

/** Options: valid, unknown keys, getters that change, inherited keys, an NDArray, a Proxy, or not an object. */
const optionsArb: Maker<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(() => undefined) },
  { weight: 2, arbitrary: fc.constantFrom("axes", "outt", "dtpye", "keepDims", "__proto__x", "where", "order").map((k) => () => ({ [k]: 0 })) },
  { weight: 1, arbitrary: arrayArb.map((make) => (ctx: Ctx) => ({ out: make(ctx) })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("axis", "dtype", "out", "keepdims").map((k) => () => {
      let reads = 0;
      return Object.defineProperty({}, k, { enumerable: true, get: () => (reads++ === 0 ? undefined : "int8") });
    }),
  },
  { weight: 1, arbitrary: fc.constant(() => Object.create({ axes: 1 }) as unknown) },
  { weight: 1, arbitrary: fc.constant((ctx: Ctx) => track(ctx, nb.zeros([2]))) },
  { weight: 1, arbitrary: fc.constant(() => new Proxy({}, { ownKeys: () => ["hostile"], getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true, value: 1 }) })) },
  { weight: 1, arbitrary: fc.constantFrom(0, "x", null, true).map((v) => () => v as unknown) },
);

type Call = (a: unknown, b: unknown, shape: unknown, options: unknown) => unknown;
const CALLS: [string, Call][] = [
  ["add", (a, b, _s, o) => nb.add(a as never, b as never, o as never)],
  ["multiply", (a, _b, _s, o) => nb.multiply(a as never, 2, o as never)],
  ["exp", (a, _b, _s, o) => nb.exp(a as never, o as never)],
  ["map", (a, _b, _s, o) => nb.map(a as never, (x) => x * 300, o as never)],
  ["sum", (a, _b, _s, o) => nb.sum(a as never, o as never)],
  ["prod", (a, _b, _s, o) => nb.prod(a as never, o as never)],
  ["max", (a, _b, _s, o) => nb.max(a as never, o as never)],
  ["matmul", (a, b, _s, o) => nb.matmul(a as never, b as never, o as never)],
  ["dot", (a, b, _s, o) => nb.dot(a as never, b as never, o as never)],
  ["outer", (a, b, _s, o) => nb.outer(a as never, b as never, o as never)],
  ["diag", (a, b) => nb.diag(a as never, b as never)],
  ["diagonal", (a, _b, _s, o) => nb.diagonal(a as never, 0, o as never)],
  ["array", (a, _b, _s, o) => nb.array(a as never, o as never)],
  ["zeros", (_a, _b, s, o) => nb.zeros(s as never, o as never)],
  ["full", (_a, b, s, o) => nb.full(s as never, b as never, o as never)],
  ["eye", (_a, b, _s, o) => nb.eye(2, 3, b as never, o as never)],
  ["reshape", (a, _b, s) => (a as nb.NDArray).reshape(s as never)],
  ["transpose", (a, b) => (a as nb.NDArray).transpose(b as never)],
  ["broadcastTo", (a, _b, s) => nb.broadcastTo(a as never, s as never)],
  ["broadcastShapes", (_a, _b, s) => nb.broadcastShapes(s as never, [1])],
  ["unbroadcast", (a, _b, s) => nb.unbroadcast(a as never, s as never)],
  ["fromNdarray", (a, _b, s, o) => nb.fromNdarray({ data: (a as { data?: unknown })?.data ?? a, shape: s, stride: Array.isArray(s) ? s.map(() => 0) : s, offset: 0 } as never, o as never)],
  ["get", (a, b) => (a as nb.NDArray).get(b as never)],
  ["tolist", (a) => (a as nb.NDArray).tolist()],
  ["toString", (a) => String(a as nb.NDArray)],
];

describe("hostile input never escapes the error hierarchy", () => {
  test("every function, hostile arguments", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: CALLS.length - 1 }), arrayArb, arrayArb, shapeArb, optionsArb, fc.boolean(), (which, ma, mb, ms, mo, shrink) => {
        const ctx: Ctx = { buffers: [], shrinkers: [] };
        const [name, call] = CALLS[which] as [string, Call];
        const a = ma(ctx);
        const b = mb(ctx);
        const shape = ms(ctx);
        const options = mo(ctx);
        if (shrink) ctx.shrinkers.forEach((f) => f());
        const before = ctx.buffers.map((d) => d.slice());
        let error: unknown;
        try {
          call(a, b, shape, options);
        } catch (e) {
          error = e;
        }
        expect((globalThis as G).pwned, name).toBeUndefined();
        if (error === undefined) return;
        if (!(error instanceof NDArrayError)) {
          // a function's own non-array argument (String() of a fake, reshape on a non-array) is the caller's TypeError
          const ownMisuse = ["reshape", "transpose", "get", "tolist", "toString"].includes(name) && !(a instanceof nb.NDArray);
          if (!ownMisuse) expect.fail(`${name}: ${String(error)}`);
          return;
        }
        ctx.buffers.forEach((d, i) => expect(Array.from(d), `${name}: buffer ${i} changed by a failed call`).toEqual(Array.from(before[i] as Float64Array)));
      }),
      settings,
    );
  });
});
