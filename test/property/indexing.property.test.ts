import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { sameArray } from "./arbitraries.js";

const RUNS = { numRuns: 1000, seed: 20261130 };

type Basic = number | string | null | nb.Slice;
type Step = { kind: "int"; axis: number; value: number } | { kind: "slice"; axis: number; start: number | null; stop: number | null; step: number | null } | { kind: "new" };

/** A shape of rank 0-4 with sizes 0-5 and, for it, basic keys: integers, slices (strings or slice()), new axes, "...". */
const basicCase = fc
  .array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 })
  .chain((shape) =>
    fc
      .tuple(
        fc.tuple(
          ...shape.map((n) =>
            fc.oneof(
              n > 0 ? fc.integer({ min: -n, max: n - 1 }).map((value) => ({ kind: "int" as const, value })) : fc.constant({ kind: "keep" as const }),
              fc
                .tuple(
                  fc.option(fc.integer({ min: -n - 2, max: n + 2 })),
                  fc.option(fc.integer({ min: -n - 2, max: n + 2 })),
                  fc.option(fc.constantFrom(1, 2, 3, -1, -2, -3)),
                  fc.boolean(),
                )
                .map(([start, stop, step, asString]) => ({ kind: "slice" as const, start, stop, step, asString })),
              fc.constant({ kind: "keep" as const }),
            ),
          ),
        ),
        fc.array(fc.nat({ max: shape.length }), { maxLength: 2 }), // where new axes go
        fc.option(fc.tuple(fc.nat({ max: shape.length }), fc.nat({ max: shape.length }))), // an ellipsis over [i, j)
      )
      .map(([perAxis, newAxes, ellipsis]) => {
        const steps: Step[] = [];
        const keys: Basic[] = [];
        const [e0, e1] = ellipsis === null ? [-1, -1] : [Math.min(...ellipsis), Math.max(...ellipsis)];
        for (let axis = 0; axis <= shape.length; axis++) {
          // a new axis inside the ellipsis's span would come after it in the keys: none there
          if (!(axis > e0 && axis < e1)) {
            for (const p of newAxes) {
              if (p !== axis) continue;
              keys.push(null);
              steps.push({ kind: "new" });
            }
          }
          if (axis === e0) keys.push("...");
          if (axis === shape.length) break;
          const k = perAxis[axis] as { kind: "int"; value: number } | { kind: "slice"; start: number | null; stop: number | null; step: number | null; asString: boolean } | { kind: "keep" };
          if (axis >= e0 && axis < e1) {
            steps.push({ kind: "slice", axis, start: null, stop: null, step: null });
            continue;
          }
          if (k.kind === "int") {
            keys.push(k.value);
            steps.push({ kind: "int", axis, value: k.value });
          } else if (k.kind === "slice") {
            const part = (x: number | null): string => (x === null ? "" : String(x));
            keys.push(k.asString ? `${part(k.start)}:${part(k.stop)}${k.step === null ? "" : `:${k.step}`}` : nb.slice(k.start, k.stop, k.step));
            steps.push({ kind: "slice", axis, start: k.start, stop: k.stop, step: k.step });
          } else {
            keys.push(":");
            steps.push({ kind: "slice", axis, start: null, stop: null, step: null });
          }
        }
        return { shape, keys, steps };
      }),
  );

/** Python's slice rule, written out: the input indices a slice walks on an axis of length n. */
function sliceIndices(n: number, start: number | null, stop: number | null, step: number | null): number[] {
  const st = step ?? 1;
  const out: number[] = [];
  const norm = (x: number, lo: number, hi: number): number => Math.min(Math.max(x < 0 ? x + n : x, lo), hi);
  if (st > 0) {
    const b = start === null ? 0 : norm(start, 0, n);
    const e = stop === null ? n : norm(stop, 0, n);
    for (let i = b; i < e; i += st) out.push(i);
  } else {
    const b = start === null ? n - 1 : norm(start, -1, n - 1);
    const e = stop === null ? -1 : norm(stop, -1, n - 1);
    for (let i = b; i > e; i += st) out.push(i);
  }
  return out;
}

/** For every element of the result, in C order, the flat C-order position it reads in a contiguous base. */
function referencePositions(shape: readonly number[], steps: readonly Step[]): { shape: number[]; positions: number[] } {
  const stride = shape.map((_, d) => shape.slice(d + 1).reduce((p, x) => p * x, 1));
  let fixed = 0;
  const axes: number[][] = []; // per result axis: the flat offsets it walks
  for (const s of steps) {
    if (s.kind === "new") axes.push([0]);
    else if (s.kind === "int") fixed += (s.value < 0 ? s.value + (shape[s.axis] as number) : s.value) * (stride[s.axis] as number);
    else axes.push(sliceIndices(shape[s.axis] as number, s.start, s.stop, s.step).map((i) => i * (stride[s.axis] as number)));
  }
  let positions = [fixed];
  for (const walk of axes) positions = positions.flatMap((p) => walk.map((w) => p + w));
  return { shape: axes.map((w) => w.length), positions };
}

/** The same selection gathered with take (the advanced path), one axis at a time. */
function gatherWithTake(a: nb.NDArray, steps: readonly Step[]): nb.NDArray {
  let x = a;
  let axis = 0; // the axis of x that the next step indexes
  for (const s of steps) {
    if (s.kind === "new") {
      x = x.reshape([...x.shape.slice(0, axis), 1, ...x.shape.slice(axis)]);
      axis++;
    } else if (s.kind === "int") x = nb.take(x, s.value, axis);
    else {
      x = nb.take(x, sliceIndices(x.shape[axis] as number, s.start, s.stop, s.step), axis);
      axis++;
    }
  }
  return x;
}

describe("basic indexing laws", () => {
  test("a view's copy() equals the same selection gathered with take, and a reference walk of Python's slice rule", () => {
    fc.assert(
      fc.property(basicCase, ({ shape, keys, steps }) => {
        const n = shape.reduce((p, d) => p * d, 1);
        const a = nb.arange(n).reshape(shape);
        const view = nb.index(a, ...keys);
        const isScalar = keys.every((k) => typeof k === "number") && view.ndim === 0;
        expect(view.data === a.data).toBe(!isScalar);
        const ref = referencePositions(shape, steps);
        expect(view.shape).toEqual(ref.shape);
        expect(Array.from(view.copy().data)).toEqual(ref.positions);
        expect(sameArray(view.copy(), gatherWithTake(a, steps))).toBe(true);
      }),
      RUNS,
    );
  });

  test("indexing a strided view (transposed, reversed) gives what the same keys give on its copy", () => {
    fc.assert(
      fc.property(basicCase, fc.boolean(), ({ shape, keys }, reverse) => {
        const n = shape.reduce((p, d) => p * d, 1);
        // a view of `shape` with non-C strides: a transpose, or every axis reversed
        const base = reverse
          ? nb.index(nb.arange(n).reshape(shape), ...shape.map(() => "::-1"))
          : nb.arange(n).reshape([...shape].reverse()).T;
        const view = nb.index(base, ...keys);
        expect(sameArray(view.copy(), nb.index(base.copy(), ...keys).copy())).toBe(true);
        if (view.ndim > 0) expect(view.data).toBe(base.data);
      }),
      RUNS,
    );
  });

  test("writes through a view land in the base at the expected flat positions, and nowhere else", () => {
    fc.assert(
      fc.property(basicCase, ({ shape, keys, steps }) => {
        const n = shape.reduce((p, d) => p * d, 1);
        const base = nb.zeros(shape);
        const view = nb.index(base, ...keys);
        fc.pre(view.data === base.data);
        const ref = referencePositions(shape, steps);
        const marks = nb.arange(1, ref.positions.length + 1).reshape(ref.shape);
        view.setIndex([], marks);
        const expected = new Array<number>(n).fill(0);
        ref.positions.forEach((p, k) => (expected[p] = k + 1));
        expect(Array.from(base.data)).toEqual(expected);
      }),
      RUNS,
    );
  });

  test("a view of a read-only array is read-only, and setIndex through it is refused without writing", () => {
    fc.assert(
      fc.property(basicCase, ({ shape, keys }) => {
        const n = shape.reduce((p, d) => p * d, 1);
        const base = nb.arange(n).reshape(shape);
        const ro = nb.broadcastTo(base, shape);
        const view = nb.index(ro, ...keys);
        if (view.data !== base.data) return;
        expect(view.readonly).toBe(true);
        expect(() => view.setIndex([], 0)).toThrow(nb.ReadOnlyError);
        expect(Array.from(base.data)).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
      RUNS,
    );
  });
});

describe("advanced indexing laws", () => {
  const intCase = fc
    .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 })
    .chain((shape) =>
      fc.tuple(
        fc.constant(shape),
        fc.tuple(...shape.map((n) => fc.array(fc.integer({ min: -n, max: n - 1 }), { minLength: 0, maxLength: 4 }))),
        fc.nat({ max: shape.length - 1 }),
      ),
    );

  test("a[idx] along one axis equals take(a, idx, axis), and setIndex then index reads the last write", () => {
    fc.assert(
      fc.property(intCase, ([shape, lists, axis]) => {
        const n = shape.reduce((p, d) => p * d, 1);
        const a = nb.arange(n).reshape(shape);
        const idx = lists[axis] as number[];
        const keys: nb.Key[] = [...new Array<string>(axis).fill(":"), idx];
        const got = nb.index(a, ...keys);
        expect(got.data === a.data).toBe(false);
        expect(sameArray(got, nb.take(a, idx, axis))).toBe(true);
        const b = nb.zeros(shape);
        const marks = nb.arange(1, got.size + 1).reshape(got.shape);
        b.setIndex(keys, marks);
        // each written position holds the mark of the last index that names it
        const again = nb.index(b, ...keys);
        const m = Array.from(marks.copy().data);
        const r = Array.from(again.copy().data);
        const inner = shape.slice(axis + 1).reduce((p, d) => p * d, 1);
        for (let k = 0; k < r.length; k++) {
          const j = Math.floor(k / inner) % Math.max(idx.length, 1);
          const pos = ((idx[j] as number) + (shape[axis] as number)) % (shape[axis] as number);
          let last = j;
          idx.forEach((v, t) => {
            if ((v + (shape[axis] as number)) % (shape[axis] as number) === pos) last = t;
          });
          expect(r[k]).toBe(m[k + (last - j) * inner]);
        }
      }),
      RUNS,
    );
  });
});

describe("assignment that fails writes nothing", () => {
  const keyArb = (n: number): fc.Arbitrary<nb.Key> =>
    fc.oneof(
      fc.integer({ min: -n - 2, max: n + 1 }),
      fc.constantFrom(":", "::-1", "1:", ":-1", "..."),
      fc.array(fc.integer({ min: -n - 2, max: n + 1 }), { maxLength: 3 }),
      fc.array(fc.boolean(), { minLength: n, maxLength: n + 1 }),
    );
  test("random keys and values against a (3, 4) array: either numpy's write happens or the array is unchanged", () => {
    fc.assert(
      fc.property(
        fc.tuple(keyArb(3), keyArb(4)),
        fc.oneof(fc.constant(7), fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 4 })),
        (keys, value) => {
          const a = nb.arange(12).reshape(3, 4);
          try {
            a.setIndex(keys, value);
          } catch (e) {
            expect(e).toBeInstanceOf(nb.NDArrayError);
            expect(Array.from(a.data)).toEqual(Array.from({ length: 12 }, (_, i) => i));
          }
        },
      ),
      RUNS,
    );
  });
});
