/**
 * `tril` and `triu`: the lower and upper triangles of the last two axes; `tri`, the lower
 * triangular matrix of ones.
 *
 * @module
 */
import { asArray, zeros, type ArrayLike, type EyeOptions } from "../create.js";
import { checkOptions, matrixArgs } from "../creation/options.js";
import { DTypeError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { viewOf, type NDArray } from "../ndarray.js";
import { broadcastTo } from "../shape/broadcast-to.js";
import { copyAs, pickAxis, sliceAxis } from "./common.js";
import { fillView } from "../scijs.js";

function triangle(fn: string, a: NDArray | ArrayLike, kArg: unknown, lower: boolean): NDArray {
  const x0 = asArray(fn, a);
  const k = typeof kArg === "object" && kArg !== null ? (checkOptions<{ k: number }>(fn, kArg, ["k"]).k ?? 0) : (kArg ?? 0);
  if (typeof k !== "number" || !Number.isInteger(k)) throw new DTypeError(`${fn}: k must be an integer, got ${describeType(k)}`);
  if (x0.ndim === 0) throw new ShapeError(`${fn}: needs an array of at least 1 dimension, got shape ${formatShape(x0.shape)}`);
  // numpy: a 1-D input is the last row of a square matrix whose rows are all that vector
  const x = x0.ndim === 1 ? broadcastTo(x0, [x0.shape[0] as number, x0.shape[0] as number]) : x0;
  const out = copyAs(x);
  const rows = out.shape[out.ndim - 2] as number;
  const cols = out.shape[out.ndim - 1] as number;
  if (out.size === 0) return out;
  for (let i = 0; i < rows; i++) {
    // tril keeps j <= i + k, triu keeps j >= i + k
    const [lo, hi] = lower ? [Math.max(0, i + k + 1), cols] : [0, Math.min(cols, Math.max(0, i + k))];
    if (lo >= hi) continue;
    const row = sliceAxis(pickAxis(out, out.ndim - 2, i), out.ndim - 2, lo, hi);
    fillView(viewOf(row), 0);
  }
  return out;
}

/**
 * The lower triangle of the last two axes: elements above diagonal `k` set to 0 (`k` > 0 keeps
 * more diagonals, < 0 fewer). A 1-D input is treated as the rows of a square matrix, as numpy.
 *
 * @example
 * import { ones, tril } from "ndarray-broadcast";
 * console.log(tril(ones([3, 3])).tolist(), tril(ones([2, 3]), 1).tolist());
 * // => [ [ 1, 0, 0 ], [ 1, 1, 0 ], [ 1, 1, 1 ] ] [ [ 1, 1, 0 ], [ 1, 1, 1 ] ]
 */
export function tril(a: NDArray | ArrayLike, k?: number | { k?: number }): NDArray {
  return triangle("tril", a, k, true);
}

/**
 * The upper triangle of the last two axes: elements below diagonal `k` set to 0.
 *
 * @example
 * import { ones, triu } from "ndarray-broadcast";
 * console.log(triu(ones([3, 3])).tolist(), triu(ones([3, 2]), { k: -1 }).tolist());
 * // => [ [ 1, 1, 1 ], [ 0, 1, 1 ], [ 0, 0, 1 ] ] [ [ 1, 1 ], [ 1, 1 ], [ 0, 1 ] ]
 */
export function triu(a: NDArray | ArrayLike, k?: number | { k?: number }): NDArray {
  return triangle("triu", a, k, false);
}

/** Options of {@link tri}: those of `eye`, `k` and `dtype`. */
export type TriOptions = EyeOptions;

/**
 * The `n × m` matrix (`m` defaults to `n`) with ones at and below diagonal `k` and zeros above
 * (numpy's `tri`). `k` may be the third argument or an option.
 *
 * @example
 * import { tri } from "ndarray-broadcast";
 * console.log(tri(3, 4, 1, { dtype: "int8" }).tolist());
 * // => [ [ 1, 1, 0, 0 ], [ 1, 1, 1, 0 ], [ 1, 1, 1, 1 ] ]
 */
export function tri(n: number, options?: TriOptions): NDArray;
export function tri(n: number, m: number | null | undefined, options?: TriOptions): NDArray;
export function tri(n: number, m: number | null | undefined, k: number, options?: TriOptions): NDArray;
export function tri(...args: unknown[]): NDArray {
  const { rows, cols, k, dtype } = matrixArgs("tri", args);
  const out = zeros([rows, cols], { dtype });
  for (let i = 0; i < rows; i++) for (let j = 0; j <= Math.min(cols - 1, i + k); j++) out.data[i * cols + j] = 1;
  return out;
}
