/**
 * float32 sum, mean and prod against numpy 2 (test/fixtures/float32_reductions.json, written by
 * scripts/gen_float32_reductions.py): computed in float32 as numpy does, overflow to inf included.
 * Bit for bit where numpy's order of additions is the library's (`exact`); the other layouts
 * (several reduced loops that numpy's iterator may group differently) are measured.
 */
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { decode, flat, readFixture, type FixtureArray } from "../helpers.js";

interface Case {
  note: string;
  buffer: number;
  shape: number[];
  strides: number[];
  offset: number;
  op: "sum" | "mean" | "prod";
  axis: number | number[] | null;
  exact: boolean;
  expected: FixtureArray;
}
const fixture = readFixture<{ buffers: FixtureArray[]; cases: Case[] }>("float32_reductions.json");
const buffers = fixture.buffers.map((b) => decode(b).data);

function run(c: Case): { got: number[]; want: number[] } {
  const a = nb.fromNdarray({ data: buffers[c.buffer], shape: c.shape, stride: c.strides, offset: c.offset } as never);
  const r = nb[c.op](a, { axis: c.axis });
  expect(r.dtype).toBe("float32");
  expect([...r.shape]).toEqual(c.expected.shape);
  return { got: flat(r), want: flat(decode(c.expected)) };
}

describe("float32 reductions equal numpy's", () => {
  const exact = fixture.cases.filter((c) => c.exact);
  test(`${exact.length} cases bit for bit (contiguous, transposed, one reduced loop, overflow, -0, nan)`, () => {
    for (const c of exact) {
      const { got, want } = run(c);
      got.forEach((g, i) => {
        if (!Object.is(g, want[i])) expect.fail(`${c.op} ${c.note} axis ${JSON.stringify(c.axis)}: element ${i} is ${g}, numpy ${want[i]}`);
      });
    }
  });
  const other = fixture.cases.filter((c) => !c.exact);
  test(`${other.length} cases with several reduced loops: within 64 float32 ulps of numpy`, () => {
    let worst = 0;
    for (const c of other) {
      const { got, want } = run(c);
      got.forEach((g, i) => {
        const w = want[i] as number;
        const ulps = Math.abs(g - w) / (Math.abs(w) * 2 ** -23 + 1e-30);
        worst = Math.max(worst, ulps);
      });
    }
    // measured: 39 ulps of the result at worst (sums of random data that cancel); docs/numpy-differences.md
    expect(worst).toBeLessThan(64);
  });
  test("the issue's examples", () => {
    expect(nb.prod(nb.array(new Array(10).fill(1.1), { dtype: "float32" })).get()).toBe(2.593742847442627);
    expect(nb.prod(nb.array([1e30, 1e30, 1e-30], { dtype: "float32" })).get()).toBe(Infinity);
    expect(nb.sum(nb.array([3e38, 3e38, -3e38], { dtype: "float32" })).get()).toBe(Infinity);
    expect(nb.mean(nb.array([3e38, 3e38], { dtype: "float32" })).get()).toBe(Infinity);
  });
});
