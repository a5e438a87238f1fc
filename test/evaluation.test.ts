// The evaluation-free path (strict Content-Security-Policy): the suite runs twice (vitest.config.ts),
// and each pass must really be on the path it claims. In the compiled pass both paths exist side
// by side, so the interpreted loops and expressions are checked against the compiled ones here.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { allocate, DTYPES, type DType, type TypedArray } from "../src/dtype.js";
import { canCompile } from "../src/evaluation.js";
import { compileExpression } from "../src/expression.js";
import { interpretedBinary, interpretedKernel, interpretedTernary, interpretedUnary } from "../src/interpret.js";
import { UFUNCS } from "../src/ops/kernels.js";
import { binaryLoop, ternaryLoop, unaryLoop } from "../src/ops/loops.js";
import { cwiseKernel } from "../src/scijs.js";
import type { Ufunc } from "../src/ops/ufunc.js";

const expected = process.env.NDARRAY_BROADCAST_EXPECT;

test("each pass of the suite is on the path it claims", () => {
  expect(expected === undefined || expected === "interpreted", `NDARRAY_BROADCAST_EXPECT=${expected}`).toBe(true);
  expect(canCompile).toBe(expected !== "interpreted");
  if (!canCompile) expect(() => new Function("return 1")).toThrow(EvalError);
});

/** Every loop of the table: expression, helper, input count and dtypes. */
const LOOPS = Object.values(UFUNCS as Record<string, Ufunc>).flatMap((u) => [...u.loops, ...(u.int64Loop ? [u.int64Loop] : [])].map((l) => ({ u, l })));

const SPECIAL = [0, -0, 1, -1, 2.5, -2.5, 3, 7, 0.5, 1e-310, 1e308, -1e308, 255, 256, -129, 2 ** 31, -(2 ** 31), 2 ** 32 + 5, NaN, Infinity, -Infinity];

describe("expressions read by the interpreter give what the compiled text gives", () => {
  test("the parser refuses text outside the loops' grammar", () => {
    for (const bad of ["a;b", "x+1", "a[0]", "(a", "a+", "Math.nope(a)", "'a'", "a=1", "-a**2", "this", "f(a,b,c,a)", "constructor", "toString", "constructor a", "Math.constructor"]) {
      expect(() => compileExpression(bad), bad).toThrow(/expression/);
      // the same parser guards the compiled loops and cwise kernels
      expect(() => binaryLoop(bad), bad).toThrow(/expression/);
      expect(() => cwiseKernel("k", bad, 2, true)([]), bad).toThrow(/expression/);
    }
  });
  test("operators, precedence and short-circuits as JavaScript has them", () => {
    const cases: [string, number, number, number][] = [
      ["a+b*c", 1, 2, 3],
      ["a-b-c", 10, 3, 2],
      ["a**b**c", 2, 3, 2],
      ["(-a)**b", 2, 3, 0],
      ["a/b%c", 7, 2, 2],
      ["a<<b>>>c", -5, 3, 1],
      ["a|b^c&a", 6, 3, 5],
      ["a===b||a!==c&&b", 1, 2, 3],
      ["a?b:c?a:b", 0, 2, 3],
      ["!a+~b", 0, 5, 0],
      ["a>b===b<c", 3, 2, 1],
      ["0x1f+.5e1+1.", 0, 0, 0],
      ["Math.max(a,b)+Math.PI", 1, 2, 0],
      ["a!==a?b:-c", NaN, 1, 2],
    ];
    for (const [expr, a, b, c] of cases) {
      const want = canCompile ? (new Function("a", "b", "c", `return ${expr};`) as (...x: number[]) => unknown)(a, b, c) : undefined;
      const got = compileExpression(expr)(a, b, c, undefined);
      if (canCompile) expect(Object.is(got, want) || got === want, `${expr}`).toBe(true);
      else expect(got).not.toBeUndefined();
    }
  });
  test.runIf(canCompile)("every expression of the table, on special values, stored through each loop's output dtype", () => {
    for (const { l } of LOOPS) {
      const nin = l.inputs.length;
      const params = ["a", "b", "c"].slice(0, nin);
      const compiled = new Function(...params, "f", `return ${l.expr};`) as (...x: unknown[]) => unknown;
      const interpreted = compileExpression(l.expr);
      const out1 = allocate(l.output, 1);
      const out2 = allocate(l.output, 1);
      // a loop only ever reads values of its input dtypes
      const values = (k: number, list: number[]): number[] => {
        const d = l.inputs[k] as DType;
        const typed = allocate(d, list.length);
        list.forEach((v, i) => (typed[i] = DTYPES[d].kind === "f" ? v : Number.isFinite(v) ? v : 0));
        return [...new Set(Array.from(typed))];
      };
      for (const a of values(0, SPECIAL))
        for (const b of nin > 1 ? values(1, SPECIAL) : [0])
          for (const c of nin > 2 ? values(2, [0, 1, NaN, -1]) : [0]) {
            const args = [a, b, c].slice(0, nin);
            let want: unknown;
            let threw = false;
            try {
              want = compiled(...args, l.f);
            } catch {
              threw = true;
            }
            if (threw) {
              expect(() => interpreted(a, b, c, l.f)).toThrow();
              continue;
            }
            out1[0] = want as number;
            out2[0] = interpreted(a, b, c, l.f);
            expect(Object.is(out2[0], out1[0]), `${l.signature} ${l.expr} at ${args.join(", ")}`).toBe(true);
          }
    }
  });
});

/** A random strided layout over `shape` inside a buffer: strides of any sign, 0 for broadcasting. */
const layout = (shape: readonly number[], seed: number): { stride: number[]; offset: number; length: number } => {
  let s = seed;
  const rand = (): number => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const stride: number[] = [];
  let step = 1 + Math.floor(rand() * 2);
  for (let k = shape.length - 1; k >= 0; k--) {
    const r = rand();
    stride[k] = r < 0.15 ? 0 : r < 0.3 ? -step : step;
    step *= (shape[k] as number) + Math.floor(rand() * 2);
  }
  const offset = stride.reduce((o, st, k) => (st < 0 ? o - st * Math.max((shape[k] as number) - 1, 0) : o), 0);
  return { stride, offset, length: offset + stride.reduce((m, st, k) => m + Math.max(st, 0) * Math.max((shape[k] as number) - 1, 0), 0) + 1 };
};

const fill = (dtype: DType, n: number, seed: number): TypedArray => {
  const x = allocate(dtype, n);
  for (let i = 0; i < n; i++) x[i] = ((i * 7919 + seed * 31) % 23) - 9 + (DTYPES[dtype].kind === "f" ? 0.25 : 0);
  return x;
};

describe.runIf(canCompile)("the interpreted loops equal the compiled loops on every layout", () => {
  const shapes = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 0, maxLength: 4 });
  test("unary, binary and three-input loops of the table, random shapes and strides, both paths into separate outputs", () => {
    fc.assert(
      fc.property(shapes, fc.integer({ min: 0, max: LOOPS.length - 1 }), fc.integer({ min: 1, max: 1e6 }), (shape, pick, seed) => {
        const { l } = LOOPS[pick] as (typeof LOOPS)[number];
        const nin = l.inputs.length;
        const ins = l.inputs.map((d, k) => {
          const lay = layout(shape, seed + k);
          return { ...lay, data: fill(d, lay.length, seed + k) };
        });
        const o = layout(shape, seed + 9);
        const outStride = o.stride.map((st) => (st === 0 ? 1 : st)); // an output never broadcasts
        const olen = o.offset + outStride.reduce((m, st, k) => m + Math.abs(st) * Math.max((shape[k] as number) - 1, 0), 0) + 1;
        const po = outStride.reduce((p, st, k) => (st < 0 ? p - st * Math.max((shape[k] as number) - 1, 0) : p), 0);
        const O1 = allocate(l.output, olen);
        const O2 = allocate(l.output, olen);
        const [A, B, C] = ins;
        if (nin === 1) {
          const x = A as (typeof ins)[number];
          unaryLoop(l.expr)(O1, po, x.data, x.offset, shape, outStride, x.stride, l.f);
          interpretedUnary(l.expr)(O2, po, x.data, x.offset, shape, outStride, x.stride, l.f);
        } else if (nin === 2) {
          const [x, y] = [A, B] as (typeof ins)[number][];
          binaryLoop(l.expr)(O1, po, x!.data, x!.offset, y!.data, y!.offset, shape, outStride, x!.stride, y!.stride, l.f);
          interpretedBinary(l.expr)(O2, po, x!.data, x!.offset, y!.data, y!.offset, shape, outStride, x!.stride, y!.stride, l.f);
        } else {
          const [x, y, z] = [A, B, C] as (typeof ins)[number][];
          ternaryLoop(l.expr)(O1, po, x!.data, x!.offset, y!.data, y!.offset, z!.data, z!.offset, shape, outStride, x!.stride, y!.stride, z!.stride, l.f);
          interpretedTernary(l.expr)(O2, po, x!.data, x!.offset, y!.data, y!.offset, z!.data, z!.offset, shape, outStride, x!.stride, y!.stride, z!.stride, l.f);
        }
        expect(Array.from(O2)).toEqual(Array.from(O1));
      }),
      { numRuns: 600, seed: 11 },
    );
  });
  test("the interpreted kernel walks scijs-like views as the loops do", () => {
    const data = Float64Array.from({ length: 24 }, (_, i) => i - 5);
    const out = new Float64Array(12);
    interpretedKernel("a*b+1", 2, false)(
      { data: out, shape: [3, 4], stride: [1, 3], offset: 0 },
      { data, shape: [3, 4], stride: [8, 2], offset: 0 },
      { data, shape: [3, 4], stride: [0, -1], offset: 23 },
    );
    const want = new Float64Array(12);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 4; j++) want[i + 3 * j] = (data[8 * i + 2 * j] as number) * (data[23 - j] as number) + 1;
    expect(Array.from(out)).toEqual(Array.from(want));
  });
});
