// The hand-written strided loops (src/ops/loops.ts) against a one-element-at-a-time reference, on
// every path they take: the zero-offset flat run, unit-stride runs with offsets, a broadcast row
// or column hoisted out of the run, and the general strided walk; run lengths on both sides of
// the unroll width, so the unrolled body and the remainder loop both compute every element.
import { describe, expect, it } from "vitest";
import { binaryLoop, coalesce, unaryLoop, UNROLL } from "../../src/ops/loops.js";

type Layout = { name: string; shape: number[]; so: number[]; sa: number[]; sb: number[]; po: number; pa: number; pb: number };

/** Every index a strided operand visits, in C order of `shape`. */
function visits(shape: number[], strides: number[], offset: number): number[] {
  const out: number[] = [];
  const walk = (axis: number, p: number): void => {
    if (axis === shape.length) {
      out.push(p);
      return;
    }
    for (let i = 0; i < (shape[axis] as number); i++) walk(axis + 1, p + i * (strides[axis] as number));
  };
  walk(0, offset);
  return out;
}

function layouts(n: number): Layout[] {
  return [
    { name: "flat, zero offsets", shape: [n], so: [1], sa: [1], sb: [1], po: 0, pa: 0, pb: 0 },
    { name: "flat, offsets", shape: [n], so: [1], sa: [1], sb: [1], po: 2, pa: 3, pb: 5 },
    { name: "rows, unit", shape: [3, n], so: [n, 1], sa: [n + 1, 1], sb: [n, 1], po: 1, pa: 0, pb: 4 },
    { name: "row broadcast (b)", shape: [3, n], so: [n, 1], sa: [n, 1], sb: [1, 0], po: 0, pa: 2, pb: 1 },
    { name: "column broadcast (a)", shape: [3, n], so: [n, 1], sa: [1, 0], sb: [n, 1], po: 0, pa: 1, pb: 0 },
    { name: "strided", shape: [2, n], so: [1, 2], sa: [2 * n, 2], sb: [n, 1], po: 0, pa: 0, pb: 0 },
    { name: "negative inner stride", shape: [2, n], so: [n, 1], sa: [n, -1], sb: [0, 1], po: 0, pa: n - 1, pb: 0 },
    { name: "rank 3", shape: [2, 2, n], so: [2 * n, n, 1], sa: [0, n, 1], sb: [n, 0, 1], po: 0, pa: 0, pb: 0 },
  ];
}

const lengths = [0, 1, 2, UNROLL - 1, UNROLL, UNROLL + 1, 2 * UNROLL + 3, 70];
const span = (shape: number[], strides: number[], offset: number): number => Math.max(offset, ...visits(shape, strides, offset)) + 1;

describe("binaryLoop", () => {
  const sub = binaryLoop("a - b");
  for (const n of lengths) {
    for (const l of layouts(n)) {
      it(`${l.name}, run length ${n}`, () => {
        const A = Float64Array.from({ length: span(l.shape, l.sa, l.pa) }, (_, i) => i * 1.5 + 1);
        const B = Int8Array.from({ length: span(l.shape, l.sb, l.pb) }, (_, i) => (i * 7) % 100);
        const O = new Float64Array(span(l.shape, l.so, l.po)).fill(-999);
        const want = O.slice();
        const [vo, va, vb] = [visits(l.shape, l.so, l.po), visits(l.shape, l.sa, l.pa), visits(l.shape, l.sb, l.pb)];
        vo.forEach((p, k) => (want[p] = (A[va[k] as number] as number) - (B[vb[k] as number] as number)));
        sub(O, l.po, A, l.pa, B, l.pb, l.shape, l.so, l.sa, l.sb);
        expect(Array.from(O)).toEqual(Array.from(want));
      });
    }
  }
  it("rank 0", () => {
    const O = new Float32Array(2);
    sub(O, 1, new Float64Array([5]), 0, new Uint8Array([0, 2]), 1, [], [], [], []);
    expect(Array.from(O)).toEqual([0, 3]);
  });
  it("a helper function f, narrowing stores", () => {
    const pow = binaryLoop("f(a, b)");
    const O = new Uint8Array(40);
    pow(O, 0, new Float64Array(40).fill(2), 0, new Float64Array(40).fill(9), 0, [40], [1], [1], [1], Math.pow);
    expect(Array.from(O)).toEqual(new Array(40).fill(0)); // 512 wraps to 0
  });
});

describe("unaryLoop", () => {
  const neg = unaryLoop("-a");
  for (const n of lengths) {
    for (const l of layouts(n)) {
      it(`${l.name}, run length ${n}`, () => {
        const A = Float64Array.from({ length: span(l.shape, l.sa, l.pa) }, (_, i) => i + 0.25);
        const O = new Float64Array(span(l.shape, l.so, l.po)).fill(-999);
        const want = O.slice();
        const [vo, va] = [visits(l.shape, l.so, l.po), visits(l.shape, l.sa, l.pa)];
        vo.forEach((p, k) => (want[p] = -(A[va[k] as number] as number)));
        neg(O, l.po, A, l.pa, l.shape, l.so, l.sa);
        expect(Array.from(O)).toEqual(Array.from(want));
      });
    }
  }
});

describe("coalesce", () => {
  it("merges contiguous axes, keeps broadcast axes apart, drops size-1 axes", () => {
    expect(coalesce([2, 1, 3, 4], [[12, 12, 4, 1], [0, 0, 0, 1]])).toEqual({ shape: [6, 4], strides: [[4, 1], [0, 1]] });
    expect(coalesce([2, 3], [[3, 1], [3, 1]])).toEqual({ shape: [6], strides: [[1], [1]] });
    expect(coalesce([1, 1], [[1, 1]])).toEqual({ shape: [], strides: [[]] });
  });
});
