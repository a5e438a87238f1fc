/**
 * `interp`: one-dimensional piecewise-linear interpolation, numpy's `interp` step for step.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { DTypeError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { flatValues as flat } from "../ops/lanes.js";
import { readOptions } from "../ops/options.js";
import { argsort } from "../sorting/sort.js";

/** Options of {@link interp}. */
export interface InterpOptions {
  /** The value below `xp[0]` (default `fp[0]`). */
  left?: number | null;
  /** The value above `xp[-1]` (default `fp[-1]`). */
  right?: number | null;
  /**
   * The period of periodic `xp` (angles, say): `x` and `xp` are taken modulo it and `xp` need not
   * be sorted; `left` and `right` are then ignored.
   */
  period?: number | null;
}

/** numpy's `mod` of floats: the remainder with the divisor's sign. */
function npMod(a: number, b: number): number {
  const m = a % b;
  if (m === 0) return b < 0 ? -0 : 0;
  return b < 0 !== m < 0 ? m + b : m;
}

/** numpy's periodic set-up: `xp` modulo the period, sorted, padded with one point on each side. */
function periodic(fn: string, dx: Float64Array, dy: Float64Array, period: number): [Float64Array, Float64Array] {
  if (period === 0 || !Number.isFinite(period)) throw new DTypeError(`${fn}: period must be a non-zero finite number, got ${period}`);
  const p = Math.abs(period);
  const xm = dx.map((v) => npMod(v, p));
  const order = argsort(freshArray("float64", [xm.length], xm)).data;
  const n = xm.length;
  const xs = new Float64Array(n + 2);
  const ys = new Float64Array(n + 2);
  for (let k = 0; k < n; k++) {
    xs[k + 1] = xm[order[k] as number] as number;
    ys[k + 1] = dy[order[k] as number] as number;
  }
  xs[0] = (xs[n] as number) - p;
  ys[0] = ys[n] as number;
  xs[n + 1] = (xs[1] as number) + p;
  ys[n + 1] = ys[1] as number;
  return [xs, ys];
}


/**
 * The piecewise-linear interpolant through the points `(xp, fp)` (`xp` increasing) at `x`:
 * float64, with `x`'s shape. Below `xp[0]` it is `left` (default `fp[0]`), above `xp[-1]` it is
 * `right` (default `fp[-1]`); NaN stays NaN. Each value is numpy's
 * `slope · (x − xp[j]) + fp[j]`, retried from the right end when that is NaN.
 *
 * @example
 * import { interp } from "ndarray-broadcast";
 * console.log(interp([0, 1.5, 2.72, 3.14, 5], [1, 2, 3], [3, 2, 0]).toString());
 * // => array([3.  , 2.5 , 0.56, 0.  , 0.  ])
 */
export function interp(x: NDArray | ArrayLike, xp: NDArray | ArrayLike, fp: NDArray | ArrayLike, options?: InterpOptions): NDArray {
  const fn = "interp";
  const opts = readOptions(fn, options, ["left", "right", "period"]);
  const xa = asArray(fn, x);
  const xpa = asArray(fn, xp);
  const fpa = asArray(fn, fp);
  if (xpa.ndim !== 1 || fpa.ndim !== 1) {
    throw new ShapeError(`${fn}: xp and fp must be 1-D, got shapes ${formatShape(xpa.shape)} and ${formatShape(fpa.shape)}`);
  }
  if (xpa.size !== fpa.size) throw new ShapeError(`${fn}: fp and xp are not of the same length: ${formatShape(fpa.shape)} and ${formatShape(xpa.shape)}`);
  if (xpa.size === 0) throw new ShapeError(`${fn}: array of sample points is empty`);
  let dx = flat(xpa);
  let dy = flat(fpa);
  let xs = flat(xa);
  const period = opts.period;
  const isPeriodic = period !== undefined && period !== null;
  if (isPeriodic) {
    if (typeof period !== "number") throw new DTypeError(`${fn}: period must be a number, got ${describeType(period)}`);
    [dx, dy] = periodic(fn, dx, dy, period);
    xs = xs.map((v) => npMod(v, Math.abs(period)));
  }
  const n = dx.length;
  const lval = !isPeriodic && typeof opts.left === "number" ? opts.left : (dy[0] as number);
  const rval = !isPeriodic && typeof opts.right === "number" ? opts.right : (dy[n - 1] as number);
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i] as number;
    if (v !== v) {
      out[i] = v;
      continue;
    }
    let j: number;
    if (v > (dx[n - 1] as number)) j = n;
    else if (v < (dx[0] as number)) j = -1;
    else {
      // the last j with dx[j] <= v
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((dx[mid] as number) <= v) lo = mid;
        else hi = mid - 1;
      }
      j = lo;
    }
    if (j === -1) out[i] = lval;
    else if (j === n) out[i] = rval;
    else if (j === n - 1 || dx[j] === v) out[i] = dy[j] as number;
    else {
      const x0 = dx[j] as number;
      const x1 = dx[j + 1] as number;
      const y0 = dy[j] as number;
      const y1 = dy[j + 1] as number;
      const slope = (y1 - y0) / (x1 - x0);
      let r = slope * (v - x0) + y0;
      if (r !== r) {
        r = slope * (v - x1) + y1;
        if (r !== r && y0 === y1) r = y0;
      }
      out[i] = r;
    }
  }
  return freshArray("float64", xa.shape, out);
}
