/**
 * A seeded differential fuzzer: random shapes (rank 0–5, sizes 0–5), random views (steps,
 * negative steps, transposes, stride-0 broadcasts, views sharing one buffer), random calls with
 * and without `out`, compared with the reference evaluator. After a call that throws, every
 * buffer must be unchanged, byte for byte; after one that succeeds, every buffer must hold its old
 * bytes except exactly the elements of `out`. `npm run fuzz` runs 100,000 calls; `npm test` a few
 * thousand.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { NDArrayError, type NDArray } from "../../src/index.js";
import { indices, promote, refBinary, refMatmul, refReduce, refUnary, store, type BinaryName, type Outcome, type RefDType, type ReduceName, type UnaryName } from "./reference.js";
import { BUFFER_LENGTH, bufferArb, dtypeArb, materialize, viewArb, type Buffer, type ViewSpec } from "./views.js";

const TOTAL = Number(process.env.FUZZ_RUNS ?? 4000);
const runs = (share: number): { numRuns: number; seed: number } => ({ numRuns: Math.max(20, Math.round(TOTAL * share)), seed: Number(process.env.FUZZ_SEED ?? 20261126) });

const BINARY: BinaryName[] = ["add", "subtract", "multiply", "divide", "power", "maximum", "minimum"];
const UNARY: UnaryName[] = ["negative", "abs", "exp", "log", "sqrt", "square", "tanh", "sigmoid", "relu", "sin", "cos"];
const REDUCE: ReduceName[] = ["sum", "mean", "prod", "max", "min"];

/** Shapes of rank 0–5 with sizes 0–5, kept small enough to fit the buffers. */
const shapeArb = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 5 }).filter((s) => s.reduce((p, d) => p * d, 1) <= 40);

/** Two shapes that broadcast (mostly) or not (sometimes). */
const shapePairArb = fc.oneof(
  { weight: 4, arbitrary: shapeArb.chain((base) => fc.tuple(fc.constant(base), thinned(base))) },
  { weight: 1, arbitrary: fc.tuple(shapeArb, shapeArb) },
);
function thinned(base: number[]): fc.Arbitrary<number[]> {
  return fc
    .tuple(fc.integer({ min: 0, max: base.length }), fc.array(fc.boolean(), { minLength: base.length, maxLength: base.length }))
    .map(([drop, ones]) => base.slice(drop).map((d, i) => (ones[drop + i] ? 1 : d)));
}

const buffersArb = fc.array(dtypeArb, { minLength: 1, maxLength: 3 }).chain((ds) => fc.tuple(...ds.map(bufferArb)));

/** Runs `call`, then checks it against `outcome` and checks every buffer. */
function check(label: string, call: () => NDArray, outcome: Outcome, buffers: Buffer[], out: NDArray | undefined, outSpec: ViewSpec | undefined, tol = 0): void {
  const before = buffers.map((b) => b.data.slice());
  let result: NDArray | undefined;
  let thrown: unknown;
  try {
    result = call();
  } catch (e) {
    thrown = e;
  }
  if ("errors" in outcome) {
    if (!(thrown instanceof NDArrayError)) expect.fail(`${label}: expected one of ${outcome.errors.join(", ")}, got ${thrown === undefined ? "a result" : String(thrown)}`);
    expect(outcome.errors, `${label}: ${thrown.message}`).toContain(thrown.name);
    buffers.forEach((b, i) => expect(sameBits(b.data, before[i] as ArrayLike<number>), `${label}: buffer ${i} changed by a failed call`).toBe(true));
    return;
  }
  if (thrown !== undefined) expect.fail(`${label}: unexpected ${String(thrown)}`);
  const r = result as NDArray;
  const want = outcome.result;
  const dtype = (out ? out.dtype : want.dtype) as RefDType;
  expect(r.dtype, `${label}: dtype`).toBe(dtype);
  expect([...r.shape], `${label}: shape`).toEqual(out ? [...out.shape] : want.shape);
  const expected = want.values.map((v) => store(dtype, v));
  const got = [...indices(r.shape)].map((i) => r.get(...i));
  expected.forEach((w, k) => {
    const g = got[k] as number;
    const ok = tol === 0 || !Number.isFinite(w) ? Object.is(g, w) || (Number.isNaN(g) && Number.isNaN(w)) : Math.abs(g - w) <= tol * (1 + Math.abs(w));
    if (!ok) expect.fail(`${label}: element ${k} is ${Object.is(g, -0) ? "-0" : g}, the reference says ${Object.is(w, -0) ? "-0" : w}`);
  });
  // Every buffer: its old bytes, except exactly the elements of out.
  const afterExpected = before.map((d) => d.slice());
  if (out && outSpec) {
    const target = afterExpected[outSpec.buffer] as Float64Array;
    [...indices(outSpec.shape)].forEach((idx, k) => {
      target[outSpec.offset + idx.reduce((p, i, ax) => p + i * (outSpec.strides[ax] as number), 0)] = got[k] as number;
    });
  }
  buffers.forEach((b, i) => expect(sameBits(b.data, afterExpected[i] as ArrayLike<number>), `${label}: buffer ${i} holds other bytes than the inputs and out`).toBe(true));
}

function sameBits(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i]) && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return false;
  return true;
}

/** An out for a result of `shape`: none, a writable view (maybe sharing an input's buffer), a wrong shape, or read-only. */
const outArb = (shape: number[], nbuf: number): fc.Arbitrary<ViewSpec | undefined> =>
  shape.reduce((p, d) => p * d, 1) > BUFFER_LENGTH
    ? fc.constant(undefined)
    : fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: viewArb(shape, nbuf, true) },
    { weight: 1, arbitrary: shapeArb.chain((s) => viewArb(s, nbuf, true)) },
    { weight: 1, arbitrary: readOnlyViewArb(shape, nbuf) },
  );

/** A broadcast view of `shape` (stride 0 on an axis longer than 1), or none when no axis is. */
function readOnlyViewArb(shape: number[], nbuf: number): fc.Arbitrary<ViewSpec | undefined> {
  const axis = shape.findIndex((n) => n > 1);
  if (axis < 0) return fc.constant(undefined);
  return viewArb(shape, nbuf, true).map((v) => ({ ...v, strides: v.strides.map((st, i) => (i === axis ? 0 : st)) }));
}

const TRANSCENDENTAL = new Set(["exp", "log", "tanh", "sigmoid", "sin", "cos", "power", "sum", "mean"]);

describe("differential fuzzing against the reference evaluator", () => {
  test("binary functions, broadcasting, weak scalars and out", () => {
    fc.assert(
      fc.property(
        buffersArb.chain((buffers) =>
          shapePairArb.chain(([sa, sb]) => {
            const n = buffers.length;
            const joint = safeBroadcast(sa, sb);
            return fc.record({
              buffers: fc.constant(buffers),
              op: fc.constantFrom(...BINARY),
              a: fc.oneof({ weight: 5, arbitrary: viewArb(sa, n, false) }, { weight: 1, arbitrary: fc.constantFrom<number | ViewSpec>(2, -1, 0.5, -0, NaN, 300) }),
              b: fc.oneof({ weight: 5, arbitrary: viewArb(sb, n, false) }, { weight: 1, arbitrary: fc.constantFrom<number | ViewSpec>(3, 0, -2.5, Infinity, 70000) }),
              out: outArb(joint ?? sa, n),
            });
          }),
        ),
        ({ buffers, op, a, b, out }) => {
          const x = typeof a === "number" ? a : materialize(a, buffers);
          const y = typeof b === "number" ? b : materialize(b, buffers);
          const o = out ? materialize(out, buffers) : undefined;
          const label = `${op}(${show(x)}, ${show(y)}${o ? `, out ${show(o)}` : ""})`;
          const fn = nb[op] as (p: unknown, q: unknown, r?: nb.OutOptions) => NDArray;
          check(label, () => fn(x, y, o ? { out: o } : undefined), refBinary(op, x, y, o), buffers, o, out, TRANSCENDENTAL.has(op) ? 1e-12 : 0);
        },
      ),
      runs(0.4),
    );
  });

  test("unary functions and out", () => {
    fc.assert(
      fc.property(
        buffersArb.chain((buffers) =>
          shapeArb.chain((s) =>
            fc.record({
              buffers: fc.constant(buffers),
              op: fc.constantFrom(...UNARY),
              a: viewArb(s, buffers.length, false),
              out: outArb(s, buffers.length),
            }),
          ),
        ),
        ({ buffers, op, a, out }) => {
          const x = materialize(a, buffers);
          const o = out ? materialize(out, buffers) : undefined;
          const fn = nb[op] as (p: unknown, r?: nb.OutOptions) => NDArray;
          check(`${op}(${show(x)}${o ? `, out ${show(o)}` : ""})`, () => fn(x, o ? { out: o } : undefined), refUnary(op, x, o), buffers, o, out, TRANSCENDENTAL.has(op) ? 1e-12 : 0);
        },
      ),
      runs(0.25),
    );
  });

  test("reductions over every axis form, keepdims and out", () => {
    fc.assert(
      fc.property(
        buffersArb.chain((buffers) =>
          shapeArb.chain((s) =>
            fc
              .record({
                op: fc.constantFrom(...REDUCE),
                a: viewArb(s, buffers.length, false),
                axes: fc.oneof(fc.constant(null), fc.array(fc.integer({ min: -6, max: 5 }), { maxLength: 3 })),
                keepdims: fc.boolean(),
              })
              .chain((r) => {
                const reduced = r.axes === null ? s.map(() => 1) : s.map((n, i) => (r.axes?.some((a) => a === i || a === i - s.length) ? 1 : n));
                const kept = r.keepdims ? reduced : s.filter((_, i) => (r.axes === null ? false : !r.axes.some((a) => a === i || a === i - s.length)));
                return fc.record({ ...mapConst(r), buffers: fc.constant(buffers), out: outArb(kept, buffers.length) });
              }),
          ),
        ),
        ({ buffers, op, a, axes, keepdims, out }) => {
          const x = materialize(a, buffers);
          const o = out ? materialize(out, buffers) : undefined;
          const label = `${op}(${show(x)}, axis ${JSON.stringify(axes)}${keepdims ? ", keepdims" : ""}${o ? `, out ${show(o)}` : ""})`;
          const call = (): NDArray => nb[op](x, { axis: axes, keepdims, ...(o ? { out: o } : {}) });
          check(label, call, refReduce(op, x, axes, keepdims, o), buffers, o, out, op === "sum" || op === "mean" ? 1e-9 : 0);
        },
      ),
      runs(0.2),
    );
  });

  test("matmul with 1-D promotion and batch broadcasting", () => {
    fc.assert(
      fc.property(
        buffersArb.chain((buffers) =>
          fc
            .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), shapePairArb, fc.integer({ min: 0, max: 3 }))
            .chain(([m, k, p, [ba, bb], form]) => {
              const sa = form === 1 ? [k] : [...ba.slice(0, 2), m, k];
              const sb = form === 2 ? [k] : [...bb.slice(0, 2), form === 3 ? k + 1 : k, p];
              return fc.record({ buffers: fc.constant(buffers), a: viewArb(sa, buffers.length, false), b: viewArb(sb, buffers.length, false) });
            }),
        ),
        ({ buffers, a, b }) => {
          const x = materialize(a, buffers);
          const y = materialize(b, buffers);
          check(`matmul(${show(x)}, ${show(y)})`, () => nb.matmul(x, y), refMatmul(x, y), buffers, undefined, undefined, 1e-12);
        },
      ),
      runs(0.1),
    );
  });

  test("broadcastTo and padWithOnes agree with reading through the broadcast", () => {
    fc.assert(
      fc.property(
        buffersArb.chain((buffers) => shapePairArb.chain(([target, from]) => fc.record({ buffers: fc.constant(buffers), a: viewArb(from, buffers.length, false), target: fc.constant(target) }))),
        ({ buffers, a, target }) => {
          const x = materialize(a, buffers);
          const fits = x.ndim <= target.length && x.shape.every((n, i) => n === 1 || n === target[target.length - x.ndim + i]);
          const outcome: Outcome = fits
            ? { result: { dtype: x.dtype as RefDType, shape: target, values: [...indices(target)].map((idx) => x.get(...x.shape.map((n, i) => (n === 1 ? 0 : (idx[target.length - x.ndim + i] as number)))) as number) } }
            : { errors: ["BroadcastError"] };
          check(`broadcastTo(${show(x)}, ${JSON.stringify(target)})`, () => nb.broadcastTo(x, target), outcome, buffers, undefined, undefined);
          check(`padWithOnes(${show(x)}, ${JSON.stringify(target)})`, () => nb.padWithOnes(x, target), outcome, buffers, undefined, undefined);
        },
      ),
      runs(0.05),
    );
  });
});

describe("differential fuzzing: the algebra and views", () => {
  test("outer, dot, diag, diagonal, unbroadcast, hadamard, transpose, reshape, copy", () => {
    fc.assert(
      fc.property(
        buffersArb.chain((buffers) =>
          shapePairArb.chain(([sa, sb]) =>
            fc.record({
              buffers: fc.constant(buffers),
              a: viewArb(sa, buffers.length, false),
              b: viewArb(sb, buffers.length, false),
              k: fc.integer({ min: -3, max: 3 }),
              out: outArb(sa, buffers.length),
            }),
          ),
        ),
        ({ buffers, a, b, k, out }) => {
          const x = materialize(a, buffers);
          const y = materialize(b, buffers);
          const o = out ? materialize(out, buffers) : undefined;
          const vals = (t: NDArray): number[] => [...indices(t.shape)].map((i) => t.get(...i) as number);
          const X = vals(x);
          const Y = vals(y);
          const dt = promote(x.dtype as RefDType, y.dtype as RefDType);
          // outer: the flattened inputs' products
          check(`outer(${show(x)}, ${show(y)})`, () => nb.outer(x, y), { result: { dtype: dt, shape: [X.length, Y.length], values: X.flatMap((p) => Y.map((q) => product(dt, p, q))) } }, buffers, undefined, undefined, 1e-12);
          // dot on 1-D / 2-D operands is matmul; with a 0-d operand it is multiply
          if (x.ndim >= 1 && x.ndim <= 2 && y.ndim >= 1 && y.ndim <= 2) {
            check(`dot(${show(x)}, ${show(y)})`, () => nb.dot(x, y), refMatmul(x, y), buffers, undefined, undefined, 1e-12);
          }
          // diag and diagonal
          const diagRef = (): Outcome => {
            if (x.ndim === 1) {
              const n = x.shape[0] as number;
              const m = n + Math.abs(k);
              const values = new Array<number>(m * m).fill(0);
              X.forEach((v, i) => (values[(k >= 0 ? i : i - k) * m + (k >= 0 ? i + k : i)] = v));
              return { result: { dtype: x.dtype as RefDType, shape: [m, m], values } };
            }
            if (x.ndim !== 2) return { errors: ["ShapeError"] };
            const [r, c] = x.shape as [number, number];
            const values: number[] = [];
            for (let i = Math.max(0, -k); i < r && i + k < c; i++) values.push(x.get(i, i + k) as number);
            return { result: { dtype: x.dtype as RefDType, shape: [values.length], values } };
          };
          check(`diag(${show(x)}, ${k})`, () => nb.diag(x, k), diagRef(), buffers, undefined, undefined);
          if (x.ndim === 2) check(`diagonal(${show(x)}, ${k})`, () => nb.diagonal(x, k), diagRef(), buffers, undefined, undefined);
          // unbroadcast(x, y.shape): sums x over the axes broadcasting y.shape to x.shape adds or stretches
          const fits = y.ndim <= x.ndim && y.shape.every((n, i) => n === 1 || n === x.shape[x.ndim - y.ndim + i]);
          const ubRef = (): Outcome => {
            if (!fits) return { errors: ["BroadcastError"] };
            const values = new Array<number>(y.size).fill(0);
            for (const idx of indices(x.shape)) {
              const small = y.shape.map((n, i) => (n === 1 ? 0 : (idx[x.ndim - y.ndim + i] as number)));
              const at = small.reduce((p, v, i) => p * (y.shape[i] as number) + v, 0);
              values[at] = (values[at] as number) + (x.get(...idx) as number);
            }
            return { result: { dtype: (x.dtype === "float32" ? "float32" : "float64") as RefDType, shape: [...y.shape], values } };
          };
          check(`unbroadcast(${show(x)}, ${JSON.stringify(y.shape)})`, () => nb.unbroadcast(x, y.shape), ubRef(), buffers, undefined, undefined, 1e-12);
          // views and copies read the same elements
          const T = x.T;
          check(`${show(x)}.T.copy()`, () => T.copy(), { result: { dtype: x.dtype as RefDType, shape: [...T.shape], values: vals(T) } }, buffers, undefined, undefined);
          check(`${show(x)}.reshape(-1)`, () => x.reshape(-1), { result: { dtype: x.dtype as RefDType, shape: [x.size], values: X } }, buffers, undefined, undefined);
          // hadamard (last: its out may overwrite the inputs read above): multiply for equal shapes only, out of exactly that shape
          const equal = x.shape.join() === y.shape.join() && x.ndim === y.ndim;
          const hRef = equal ? refBinary("multiply", x, y, o) : { errors: ["ShapeError"] };
          const hRefStrict: Outcome = equal && o && o.shape.join() !== x.shape.join() ? { errors: ["ShapeError", ...("errors" in hRef ? hRef.errors : [])] } : hRef;
          check(`hadamard(${show(x)}, ${show(y)}${o ? `, out ${show(o)}` : ""})`, () => nb.hadamard(x, y, o ? { out: o } : undefined), hRefStrict, buffers, o, out);
        },
      ),
      runs(0.05),
    );
  });
});

/** p · q in `dtype`: exact BigInt arithmetic wrapped to 32 bits for integers. */
function product(dtype: RefDType, p: number, q: number): number {
  if (dtype === "float64" || dtype === "float32") return store(dtype, p) * store(dtype, q);
  return Number(BigInt.asIntN(32, BigInt(p) * BigInt(q)));
}

function safeBroadcast(a: number[], b: number[]): number[] | null {
  try {
    return [...nb.broadcastShapes(a, b)];
  } catch {
    return null;
  }
}

function mapConst<T extends object>(r: T): { [K in keyof T]: fc.Arbitrary<T[K]> } {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fc.constant(v)])) as { [K in keyof T]: fc.Arbitrary<T[K]> };
}

function show(x: NDArray | number): string {
  if (typeof x === "number") return Object.is(x, -0) ? "-0" : String(x);
  return `${x.dtype}(${x.shape.join(", ")}) strides (${x.strides.join(", ")}) offset ${x.offset}`;
}
