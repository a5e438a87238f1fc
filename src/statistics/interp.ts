/**
 * `interp`: one-dimensional piecewise-linear interpolation, numpy's `interp` step for step.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { ShapeError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { flatValues as flat } from "../ops/lanes.js";
import { readOptions } from "../ops/options.js";

/** Options of {@link interp}. */
export interface InterpOptions {
  /** The value below `xp[0]` (default `fp[0]`). */
  left?: number | null;
  /** The value above `xp[-1]` (default `fp[-1]`). */
  right?: number | null;
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
  const opts = readOptions(fn, options, ["left", "right"]);
  const xa = asArray(fn, x);
  const xpa = asArray(fn, xp);
  const fpa = asArray(fn, fp);
  if (xpa.ndim !== 1 || fpa.ndim !== 1) {
    throw new ShapeError(`${fn}: xp and fp must be 1-D, got shapes ${formatShape(xpa.shape)} and ${formatShape(fpa.shape)}`);
  }
  if (xpa.size !== fpa.size) throw new ShapeError(`${fn}: fp and xp are not of the same length: ${formatShape(fpa.shape)} and ${formatShape(xpa.shape)}`);
  if (xpa.size === 0) throw new ShapeError(`${fn}: array of sample points is empty`);
  const dx = flat(xpa);
  const dy = flat(fpa);
  const n = dx.length;
  const lval = typeof opts.left === "number" ? opts.left : (dy[0] as number);
  const rval = typeof opts.right === "number" ? opts.right : (dy[n - 1] as number);
  const xs = flat(xa);
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
