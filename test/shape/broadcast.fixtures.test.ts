import { describe, expect, test } from "vitest";
import { BroadcastError, broadcastShapes, broadcastTo } from "../../src/index.js";
import { decode, expectArray, readFixture, type FixtureArray } from "../helpers.js";

interface Fixture {
  broadcastShapes: { shapes: number[][]; result?: number[]; error?: string }[];
  broadcastTo: { array: FixtureArray; shape: number[]; result?: FixtureArray; error?: string }[];
}
const fixture = readFixture<Fixture>("broadcast.json");
const fmt = (s: number[]): string => `(${s.join(", ")}${s.length === 1 ? "," : ""})`;

describe("broadcastShapes agrees with numpy", () => {
  test.each(fixture.broadcastShapes.map((c) => [c.shapes.slice(0, 6).map(fmt).join(" ") + (c.shapes.length > 6 ? ` … (${c.shapes.length} shapes)` : ""), c] as const))(
    "%s",
    (_name, c) => {
      if (c.result) {
        expect(broadcastShapes(...c.shapes)).toEqual(c.result);
      } else {
        expect(() => broadcastShapes(...c.shapes)).toThrow(BroadcastError);
        expect(() => broadcastShapes(...c.shapes)).toThrow(/^broadcastShapes: cannot broadcast shapes .*: axis -\d+ has \d+ vs \d+$/);
      }
    },
  );
});

describe("broadcastTo agrees with numpy", () => {
  test.each(fixture.broadcastTo.map((c) => [fmt(c.array.shape), fmt(c.shape), c] as const))("%s to %s", (_a, _s, c) => {
    const a = decode(c.array);
    if (c.result) {
      const view = broadcastTo(a, c.shape);
      expectArray(view, c.result);
      expect(view.readonly).toBe(true);
      expect(view.data).toBe(a.data);
    } else {
      expect(() => broadcastTo(a, c.shape)).toThrow(BroadcastError);
    }
  });
});
