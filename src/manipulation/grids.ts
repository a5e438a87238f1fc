/**
 * Coordinate grids: `meshgrid` and `indices`.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { checkOptions } from "../creation/options.js";
import { checkDType, type DType } from "../dtype.js";
import { DTypeError } from "../errors.js";
import { describeType } from "../format/format-shape.js";
import { freshArray, NDArray } from "../ndarray.js";
import { checkShape, shapeSize } from "../validate.js";
import { copyAs, copyInto, view } from "./common.js";
import { ravel } from "./views.js";

/** Options of {@link meshgrid}. */
export interface MeshgridOptions {
  /** `"xy"` (default, Cartesian: the first two output axes swapped) or `"ij"` (matrix indexing). */
  indexing?: "xy" | "ij";
  /** Return arrays with length-1 axes instead of full grids (default false). */
  sparse?: boolean;
  /** Return copies (default true); `false` returns read-only broadcast views of the inputs. */
  copy?: boolean;
}

/**
 * Coordinate matrices from coordinate vectors: for inputs of lengths `n0, n1, …` each result has
 * shape `(n1, n0, …)` (`"xy"`, the default) or `(n0, n1, …)` (`"ij"`), and varies along its
 * input's axis. Inputs are flattened; the options object comes last.
 *
 * @example
 * import { array, meshgrid } from "ndarray-broadcast";
 * const grid = meshgrid(array([1, 2, 3]), array([10, 20]));
 * console.log(grid.map((g) => g.tolist()));
 * // => [ [ [ 1, 2, 3 ], [ 1, 2, 3 ] ], [ [ 10, 10, 10 ], [ 20, 20, 20 ] ] ]
 * console.log(meshgrid([1, 2, 3], [10, 20], { indexing: "ij", sparse: true }).map((g) => g.shape));
 * // => [ [ 3, 1 ], [ 1, 2 ] ]
 */
export function meshgrid(...args: (NDArray | ArrayLike | MeshgridOptions)[]): NDArray[] {
  const fn = "meshgrid";
  const last = args[args.length - 1];
  const hasOptions = typeof last === "object" && last !== null && !Array.isArray(last) && !(last instanceof NDArray) && !ArrayBuffer.isView(last);
  const opts = checkOptions<MeshgridOptions>(fn, hasOptions ? last : undefined, ["indexing", "sparse", "copy"]);
  const xs = (hasOptions ? args.slice(0, -1) : args).map((a) => ravel(asArray(fn, a)));
  const indexing = opts.indexing ?? "xy";
  if (indexing !== "xy" && indexing !== "ij") throw new DTypeError(`${fn}: indexing must be "xy" or "ij", got ${describeType(indexing)}`);
  const sparse = opts.sparse ?? false;
  const copy = opts.copy ?? true;
  if (typeof sparse !== "boolean" || typeof copy !== "boolean") throw new DTypeError(`${fn}: sparse and copy must be booleans`);
  const n = xs.length;
  const full = xs.map((x) => x.shape[0] as number);
  if (indexing === "xy" && n > 1) [full[0], full[1]] = [full[1] as number, full[0] as number];
  checkShape(fn, sparse ? [] : full, { allocate: copy });
  return xs.map((x, i) => {
    // the axis this input varies along
    const axis = indexing === "xy" && n > 1 && i < 2 ? 1 - i : i;
    const shape = sparse ? full.map((m, k) => (k === axis ? m : 1)) : full;
    const strides = shape.map((_, k) => (k === axis ? (x.strides[0] as number) : 0));
    // a full grid's view aliases its elements along the other axes: read-only, as broadcastTo's
    const aliased = shape.some((m, k) => m > 1 && strides[k] === 0);
    const v = new NDArray(view(x, shape, strides).toNdarray(), x.dtype, x.readonly || aliased);
    return copy ? copyAs(v) : v;
  });
}

/** Options of {@link indices}. */
export interface IndicesOptions {
  /** The element type (default int32: numpy's int64 is not available, and int32 holds every index). */
  dtype?: DType;
  /** Return one array per axis with length-1 axes elsewhere, instead of one stacked array. */
  sparse?: boolean;
}

/**
 * The index grid of a shape: an array of shape `(ndim, ...dimensions)` whose `k`-th sub-array
 * holds each element's index along axis `k` (with `sparse`, a JS array of `ndim` arrays with
 * length-1 axes elsewhere).
 *
 * @example
 * import { indices } from "ndarray-broadcast";
 * console.log(indices([2, 3]).tolist());
 * // => [ [ [ 0, 0, 0 ], [ 1, 1, 1 ] ], [ [ 0, 1, 2 ], [ 0, 1, 2 ] ] ]
 */
export function indices(dimensions: readonly number[], options: IndicesOptions & { sparse: true }): NDArray[];
export function indices(dimensions: readonly number[], options?: IndicesOptions & { sparse?: false }): NDArray;
export function indices(dimensions: readonly number[], options?: IndicesOptions): NDArray | NDArray[] {
  const fn = "indices";
  const opts = checkOptions<IndicesOptions>(fn, options, ["dtype", "sparse"]);
  const dims = checkShape(fn, dimensions);
  const dtype = opts.dtype === undefined ? "int32" : checkDType(fn, opts.dtype);
  const parts = dims.map((n, k) => {
    const shape = dims.map((m, j) => (j === k ? m : 1));
    const a = freshArray(dtype, shape);
    for (let i = 0; i < n; i++) a.data[i] = i;
    return a;
  });
  if (opts.sparse === true) return parts;
  const out = freshArray(dtype, checkShape(fn, [dims.length, ...dims]));
  if (shapeSize(dims) === 0) return out;
  parts.forEach((p, k) => {
    // part k seen with the full shape: stride 0 on every axis but k
    copyInto(view(out, dims, out.strides.slice(1), k * shapeSize(dims)), view(p, dims, dims.map((_, j) => (j === k ? 1 : 0))));
  });
  return out;
}
