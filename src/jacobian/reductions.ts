/**
 * `max` and `min` along axes, and the stable compositions they make possible: `logsumexp`,
 * `softmax`, `logSoftmax`. The Jacobian of a max is a selection of the winning element of each
 * group — ties share it equally, as in JAX — so it costs what the input costs.
 *
 * @module
 */
import { broadcastTo as coreBroadcastTo } from "../shape/broadcast-to.js";
import { normalizeAxes } from "../shape/axes.js";
import { max as coreMax, min as coreMin } from "../ops/reduce.js";
import { map as coreMap } from "../ops/unary.js";
import { checkOptions, type Shape } from "../validate.js";
import type { NDArray } from "../ndarray.js";
import { flatArray, readArray, type Input } from "./operands.js";
import { add, broadcastTo, divide, exp, log, reshape, subtract, sum, type Output, type StrictReduceOptions } from "./ops.js";
import { IndexMap } from "./structured/gather.js";
import { cStrides, stridedPositions, type LinearMap } from "./structured/linear-map.js";
import { SparseMap } from "./structured/sparse.js";
import { Traced, record } from "./trace.js";

/** For each element of `shape` (C order), the index of its group after reducing `axes`. */
const groupOf = (shape: Shape, axes: readonly number[]): Int32Array =>
  stridedPositions(shape, cStrides(shape, (i) => axes.includes(i)));

/**
 * The Jacobian of a max or min: row g has `1/k` at each of the k elements of group g equal to its
 * result (JAX's rule for ties); a NaN result spreads NaN over its group, as in JAX. Without ties it
 * is a selection.
 */
function chooserMap(x: Float64Array, y: Float64Array, group: Int32Array, inShape: Shape, outShape: Shape): LinearMap {
  const groups = y.length;
  const count = new Int32Array(groups);
  const size = new Int32Array(groups);
  for (let i = 0; i < x.length; i++) {
    const g = group[i] as number;
    size[g] = (size[g] as number) + 1;
    if (x[i] === y[g]) count[g] = (count[g] as number) + 1;
  }
  if (count.every((c) => c === 1)) {
    const idx = new Int32Array(groups);
    for (let i = 0; i < x.length; i++) if (x[i] === y[group[i] as number]) idx[group[i] as number] = i;
    return new IndexMap("gather", idx, x.length, false, "S", inShape, outShape);
  }
  const rows = Int32Array.from({ length: groups }, (_, g) => ((count[g] as number) > 0 ? (count[g] as number) : (size[g] as number)));
  const indptr = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g++) indptr[g + 1] = (indptr[g] as number) + (rows[g] as number);
  const fill = indptr.slice(0, groups);
  const indices = new Int32Array(indptr[groups] as number);
  const values = new Float64Array(indices.length);
  for (let i = 0; i < x.length; i++) {
    const g = group[i] as number;
    const tie = (count[g] as number) > 0;
    if (tie && x[i] !== y[g]) continue;
    const at = fill[g] as number;
    indices[at] = i;
    values[at] = tie ? 1 / (count[g] as number) : NaN;
    fill[g] = at + 1;
  }
  return new SparseMap({ rows: groups, cols: x.length, indptr, indices, values }, inShape, outShape);
}

function chooser(fn: "max" | "min", a: Input, options: StrictReduceOptions | undefined): Output {
  checkOptions(fn, options, ["axis", "keepdims"]);
  const x = readArray(fn, a, 1);
  const value = (fn === "max" ? coreMax : coreMin)(x.value, { axis: options?.axis, keepdims: options?.keepdims });
  return record(fn, value, x.kind === "traced" ? [x.traced] : [], () => {
    const axes = normalizeAxes(fn, options?.axis, x.value.ndim);
    return [chooserMap(flatArray(x.value), flatArray(value), groupOf(x.value.shape, axes), x.value.shape, value.shape)];
  });
}

/**
 * The largest element along `axis` (all axes when omitted). The Jacobian selects the winner of
 * each group; a tie shares the derivative equally among the tied elements (JAX).
 *
 * @example
 * import { jacobian, max } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian((x) => max(x), array([1, 3, 2])).toDense().toString());
 * // => array([0., 1., 0.])
 * console.log(jacobian((x) => max(x), array([3, 1, 3])).toDense().toString());
 * // => array([0.5, 0. , 0.5])
 */
export const max = (x: Input, options?: StrictReduceOptions): Output => chooser("max", x, options);

/**
 * The smallest element along `axis`, with the same Jacobian rule as {@link max}.
 *
 * @example
 * import { jacobian, min } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const J = jacobian((X) => min(X, { axis: 1 }), array([[1, 3], [4, 2]]));
 * console.log(J.kind, J.applyTranspose(array([1, 1])).toString());
 * // => selection array([[1., 0.],
 * //           [0., 1.]])
 */
export const min = (x: Input, options?: StrictReduceOptions): Output => chooser("min", x, options);

/** Options of {@link softmax} and {@link logSoftmax}. */
export interface SoftmaxOptions {
  /** The axis or axes normalized over (default -1, as JAX). */
  axis?: number | readonly number[];
}

/**
 * The shift `m = max(x)` over the axes, kept as a constant (JAX stops its gradient: the exact
 * derivative does not depend on it) and made 0 where it is not finite; with keepdims.
 */
function shift(x: NDArray, axis: number | readonly number[] | null | undefined): NDArray {
  const m = coreMax(x, { axis: axis === null ? undefined : (axis as number | number[] | undefined), keepdims: true });
  return coreMap(m, (v) => (Number.isFinite(v) ? v : 0));
}

const valueOf = (x: Input): NDArray => (x instanceof Traced ? x.value : readArray("logsumexp", x, 1).value);

/**
 * `log Σ exp(x)` over `axis` (all axes when omitted), computed stably as
 * `m + log Σ exp(x − m)` with `m` the maximum. Its Jacobian is `softmax(x)ᵀ` along the axis.
 *
 * @example
 * import { grad, logsumexp } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(logsumexp(array([1000, 1000])).toString());
 * // => array(1000.69314718)
 * console.log(grad((x) => logsumexp(x), array([0, Math.log(3)])).toString());
 * // => array([0.25, 0.75])
 */
export function logsumexp(x: Input, options?: StrictReduceOptions): Output {
  checkOptions("logsumexp", options, ["axis", "keepdims"]);
  const m = shift(valueOf(x), options?.axis);
  const shape = valueOf(x).shape;
  const s = sum(exp(subtract(x, coreBroadcastTo(m, shape))), { axis: options?.axis, keepdims: true });
  const out = add(log(s), m);
  if (options?.keepdims) return out;
  const axes = normalizeAxes("logsumexp", options?.axis, shape.length);
  return reshape(out, shape.filter((_, i) => !axes.includes(i)));
}

/**
 * `exp(x) / Σ exp(x)` along `axis` (default -1), computed stably. Along a vector its Jacobian
 * is `Diag(s) − s sᵀ` (docs/matrix-calculus.md).
 *
 * @example
 * import { jacobian, softmax } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(softmax(array([0, Math.log(3)])).toString());
 * // => array([0.25, 0.75])
 * console.log(jacobian((x) => softmax(x), array([0, Math.log(3)])).toDense().toString());
 * // => array([[ 0.1875, -0.1875],
 * //           [-0.1875,  0.1875]])
 */
export function softmax(x: Input, options?: SoftmaxOptions): Output {
  checkOptions("softmax", options, ["axis"]);
  const axis = options?.axis ?? -1;
  const shape = valueOf(x).shape;
  const e = exp(subtract(x, coreBroadcastTo(shift(valueOf(x), axis), shape)));
  return divide(e, broadcastTo(sum(e, { axis, keepdims: true }), shape));
}

/**
 * `x − logsumexp(x)` along `axis` (default -1), computed stably; its Jacobian is `I − 1 sᵀ`.
 *
 * @example
 * import { logSoftmax } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(logSoftmax(array([0, Math.log(3)])).toString());
 * // => array([-1.38629436, -0.28768207])
 */
export function logSoftmax(x: Input, options?: SoftmaxOptions): Output {
  checkOptions("logSoftmax", options, ["axis"]);
  const axis = options?.axis ?? -1;
  const shape = valueOf(x).shape;
  const shifted = subtract(x, coreBroadcastTo(shift(valueOf(x), axis), shape));
  return subtract(shifted, broadcastTo(log(sum(exp(shifted), { axis, keepdims: true })), shape));
}
