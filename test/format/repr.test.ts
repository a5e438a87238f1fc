import { describe, expect, test } from "vitest";
import { array, NDArray, ShapeError } from "../../src/index.js";
import { decode, readFixture, type FixtureArray } from "../helpers.js";

const fixture = readFixture<{ cases: { array: FixtureArray; repr: string }[] }>("repr.json");

describe("toString matches numpy's repr", () => {
  test.each(fixture.cases.map((c, i) => [i, c.repr.split("\n")[0], c] as const))(
    "case %i: %s",
    (_i, _first, c) => {
      expect(decode(c.array).toString()).toBe(c.repr);
    },
  );
});

describe("toLatex", () => {
  test("writes a matrix as a bmatrix, row by row", () => {
    expect(array([[1, 2], [3, 4.5]]).toLatex()).toBe("\\begin{bmatrix} 1 & 2 \\\\ 3 & 4.5 \\end{bmatrix}");
  });
  test("writes a vector as a column", () => {
    expect(array([1, -2]).toLatex()).toBe("\\begin{bmatrix} 1 \\\\ -2 \\end{bmatrix}");
  });
  test("writes a 0-d array as its number, non-finite values as symbols", () => {
    expect(array(0.5).toLatex()).toBe("0.5");
    expect(array([NaN, -Infinity, 1e-9]).toLatex()).toBe(
      "\\begin{bmatrix} \\mathrm{NaN} \\\\ -\\infty \\\\ 1 \\times 10^{-9} \\end{bmatrix}",
    );
  });
  test("refuses arrays of 3 or more dimensions", () => {
    expect(() => array([[[1]]]).toLatex()).toThrow(ShapeError);
    expect(() => array([[[1]]]).toLatex()).toThrow("toLatex: only 0-, 1- and 2-D arrays have a matrix form, got shape (1, 1, 1)");
  });
});

test("console.log shows the repr", async () => {
  const { inspect } = await import("node:util");
  expect(inspect(array([1, 2]))).toBe("array([1., 2.])");
  expect(array([1]) instanceof NDArray).toBe(true);
});
