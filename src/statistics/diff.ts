/**
 * `diff`: the n-th discrete difference along an axis, in the dtype numpy computes it in.
 *
 * @module
 */
import { asArray, full, type ArrayLike } from "../create.js";
import { allocate, promoteTypes, type DType } from "../dtype.js";
import { DTypeError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import type { NDArray } from "../ndarray.js";
import { fromLanes, lanesOf } from "../ops/lanes.js";
import { positionalOr, readOptions } from "../ops/options.js";
import { normalizeAxis } from "../shape/axes.js";
import { broadcastTo } from "../shape/broadcast-to.js";
import { roundTo } from "./round.js";

/** Options of {@link diff}. */
export interface DiffOptions {
  /** How many times to difference (default 1; 0 returns the input). */
  n?: number;
  /** The axis to difference along (default -1). */
  axis?: number;
  /** Values put before the array along `axis` first (a number broadcasts to one slice). */
  prepend?: NDArray | ArrayLike;
  /** Values put after the array along `axis` first. */
  append?: NDArray | ArrayLike;
}

/** `value` as a block to join along `axis`: a number becomes one slice of `like`'s shape. */
function joinable(fn: string, value: unknown, like: NDArray, axis: number): NDArray {
  if (typeof value === "number") {
    // numpy makes an array of it (int64 or float64, not a weak scalar): float64 here
    const shape = like.shape.slice();
    shape[axis] = 1;
    return full(shape, value);
  }
  const v = asArray(fn, value);
  if (v.ndim === 0) {
    const shape = like.shape.slice();
    shape[axis] = 1;
    return broadcastTo(v, shape);
  }
  if (v.ndim !== like.ndim || v.shape.some((d, i) => i !== axis && d !== like.shape[i])) {
    throw new ShapeError(`${fn}: cannot join shape ${formatShape(v.shape)} to shape ${formatShape(like.shape)} along axis ${axis}; all axes but that one must match`);
  }
  return v;
}

/**
 * The `n`-th difference `out[i] = a[i+1] − a[i]` along `axis` (default the last), repeated `n`
 * times, after joining `prepend` and `append`. Computed in the input's dtype (integers wrap as
 * numpy's; bool gives `a[i+1] != a[i]`). `diff(a, 2)` is `diff(a, { n: 2 })`.
 *
 * @example
 * import { array, diff } from "ndarray-broadcast";
 * const x = array([1, 2, 4, 7, 0]);
 * console.log(diff(x).toString(), diff(x, 2).toString());
 * // => array([ 1.,  2.,  3., -7.]) array([  1.,   1., -10.])
 * console.log(diff(array([[1, 3], [4, 9]]), { axis: 0, prepend: 0 }).toString());
 * // => array([[1., 3.],
 * //           [3., 6.]])
 */
export function diff(a: NDArray | ArrayLike, n?: number | DiffOptions, options?: DiffOptions): NDArray {
  const fn = "diff";
  const [positional, rest] = positionalOr(n, options);
  const opts = readOptions(fn, rest, ["n", "axis", "prepend", "append"]);
  const times = positional !== undefined ? positional : (opts.n ?? 1);
  if (typeof times !== "number" || !Number.isInteger(times)) throw new DTypeError(`${fn}: n must be an integer, got ${describeType(times)}`);
  if (times < 0) throw new ShapeError(`${fn}: order must be non-negative but got ${times}`);
  const x = asArray(fn, a);
  if (x.ndim === 0) throw new ShapeError(`${fn}: diff requires input that is at least one dimensional`);
  const axis = normalizeAxis(fn, opts.axis ?? -1, x.ndim);
  if (times === 0) return x;
  const parts: NDArray[] = [];
  if (opts.prepend !== undefined) parts.push(joinable(fn, opts.prepend, x, axis));
  parts.push(x);
  if (opts.append !== undefined) parts.push(joinable(fn, opts.append, x, axis));
  const dtype: DType = parts.reduce<DType>((d, p) => promoteTypes(d, p.dtype), x.dtype);
  // the joined lanes: each part's lanes along the axis, one after another
  const lanes = parts.map((p) => lanesOf(p, axis));
  const outer = (lanes[0] as { outer: number }).outer;
  let len = lanes.reduce((s, l) => s + l.n, 0);
  let data = new Float64Array(outer * len);
  for (let o = 0; o < outer; o++) {
    let at = o * len;
    for (const l of lanes) {
      data.set(l.data.subarray(o * l.n, (o + 1) * l.n), at);
      at += l.n;
    }
  }
  const shape = x.shape.slice();
  shape[axis] = len;
  const { sub, cast } = roundTo(dtype);
  for (let i = 0; i < data.length; i++) data[i] = cast(data[i] as number);
  for (let t = 0; t < times && len > 0; t++) {
    const next = new Float64Array(outer * (len - 1));
    for (let o = 0; o < outer; o++) {
      for (let k = 0; k < len - 1; k++) next[o * (len - 1) + k] = sub(data[o * len + k + 1] as number, data[o * len + k] as number);
    }
    data = next;
    len--;
  }
  const out = allocate(dtype, data.length);
  out.set(data);
  return fromLanes(out, dtype, shape, axis, len);
}
