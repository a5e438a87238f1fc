/**
 * `{ out }` on the sorting and statistics functions that have numpy's `out=`: the result is
 * written into `out` and `out` is returned; a wrong shape, a read-only `out` or a cast numpy's
 * same_kind rule refuses throws before anything is written.
 */
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";

const x = nb.array([[3, 1, 4], [1, 5, 9]]);

/** name, call with options, the dtype of the result. */
const CASES: [string, (o: { out: nb.NDArray }) => nb.NDArray][] = [
  ["argmax", (o) => nb.argmax(x, { axis: 1, ...o })],
  ["argmin", (o) => nb.argmin(x, { axis: 1, ...o })],
  ["var", (o) => nb.variance(x, { axis: 1, ...o })],
  ["std", (o) => nb.std(x, { axis: 1, ...o })],
  ["ptp", (o) => nb.ptp(x, { axis: 1, ...o })],
  ["nansum", (o) => nb.nansum(x, { axis: 1, ...o })],
  ["nanmean", (o) => nb.nanmean(x, { axis: 1, ...o })],
  ["nanvar", (o) => nb.nanvar(x, { axis: 1, ...o })],
  ["nanstd", (o) => nb.nanstd(x, { axis: 1, ...o })],
  ["nanmax", (o) => nb.nanmax(x, { axis: 1, ...o })],
  ["nanmin", (o) => nb.nanmin(x, { axis: 1, ...o })],
  ["median", (o) => nb.median(x, { axis: 1, ...o })],
  ["quantile", (o) => nb.quantile(x, 0.3, { axis: 1, ...o })],
  ["percentile", (o) => nb.percentile(x, 30, { axis: 1, ...o })],
  ["trace", (o) => nb.trace(nb.array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]), { axis1: 1, axis2: 2, ...o })],
  ["cumsum", (o) => nb.cumsum(nb.array([1, 2]), o)],
  ["cumprod", (o) => nb.cumprod(nb.array([1, 2]), o)],
  ["cumulativeSum", (o) => nb.cumulativeSum(nb.array([1, 2]), o)],
  ["cumulativeProd", (o) => nb.cumulativeProd(nb.array([1, 2]), o)],
];

describe("out", () => {
  test.each(CASES)("%s writes into out and returns it", (_name, call) => {
    const expected = call({ out: undefined as unknown as nb.NDArray });
    const out = nb.zeros(expected.shape);
    const got = call({ out });
    expect(got).toBe(out);
    expect(out.tolist()).toEqual(nb.array(expected, { dtype: "float64" }).tolist());
  });

  test.each(CASES)("%s refuses a wrong shape, a read-only out and a narrowing cast, writing nothing", (name, call) => {
    const expected = call({ out: undefined as unknown as nb.NDArray });
    const wrong = nb.full([...expected.shape, 2], 7);
    expect(() => call({ out: wrong })).toThrow(nb.ShapeError);
    expect(() => call({ out: wrong })).toThrow(new RegExp(`^${name}: out has shape .* but the result has shape`));
    expect(wrong.tolist()).toEqual(nb.full([...expected.shape, 2], 7).tolist());
    const readonly = nb.broadcastTo(nb.array(7), expected.shape);
    if (expected.size > 1) expect(() => call({ out: readonly })).toThrow(nb.ReadOnlyError);
    if (expected.dtype === "float64") {
      const ints = nb.full(expected.shape, 7, { dtype: "int32" });
      expect(() => call({ out: ints })).toThrow(nb.DTypeError);
      expect(ints.tolist()).toEqual(nb.full(expected.shape, 7, { dtype: "int32" }).tolist());
    }
  });

  test("out may be the input itself (the result is computed first)", () => {
    const a = nb.array([3, 1, 2]);
    expect(nb.cumsum(a, { out: a }).tolist()).toEqual([3, 4, 6]);
  });
});
