/**
 * Functions that return views of their input, as numpy's do: `expandDims`, `squeeze`, `flip`,
 * `moveaxis`, `swapaxes`, `permuteDims`/`transpose`, `matrixTranspose`, `reshape` (a view when
 * numpy gives one), `ravel`, `unstack`, `atleast1d/2d/3d`. A view of a read-only array is
 * read-only. `flatten` is here too: always a copy.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { checkOptions } from "../creation/options.js";
import { AxisError, DTypeError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { isCContiguous, type NDArray, viewOf } from "../ndarray.js";
import { contiguousStrides } from "../scijs.js";
import { normalizeAxes, normalizeAxis } from "../shape/axes.js";
import { nocopyReshapeStrides } from "../strides.js";
import { checkShape } from "../validate.js";
import { axisArgument, copyAs, pickAxis, view } from "./common.js";

/** The axes of `axis` (a number or a list) for an array of `ndim` axes, in the order given; repeats refused. */
function axisList(fn: string, axis: unknown, ndim: number): number[] {
  const list = Array.isArray(axis) ? (axis as unknown[]) : [axis];
  const out = list.map((a) => normalizeAxis(fn, a, ndim));
  const seen = new Set<number>();
  out.forEach((k, i) => {
    if (seen.has(k)) throw new AxisError(`${fn}: repeated axis ${String(list[i])} in ${formatShape(list)}`);
    seen.add(k);
  });
  return out;
}

/**
 * Inserts axes of length 1 at `axis` (a number or a list of them, positions in the result); a
 * view.
 *
 * @example
 * import { expandDims, zeros } from "ndarray-broadcast";
 * const a = zeros([2, 3]);
 * console.log(expandDims(a, 0).shape, expandDims(a, [0, -1]).shape, expandDims(a, { axis: 1 }).shape);
 * // => [ 1, 2, 3 ] [ 1, 2, 3, 1 ] [ 2, 1, 3 ]
 */
export function expandDims(a: NDArray | ArrayLike, axis: number | readonly number[] | { axis: number | readonly number[] }): NDArray {
  const fn = "expandDims";
  const x = asArray(fn, a);
  const ax = axisArgument<{ axis: unknown }>(fn, axis).axis;
  if (ax === undefined || ax === null) throw new AxisError(`${fn}: axis is required (a number or a list of numbers)`);
  const n = x.ndim + (Array.isArray(ax) ? ax.length : 1);
  const added = new Set(axisList(fn, ax, n));
  const shape: number[] = [];
  const strides: number[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (added.has(i)) {
      shape.push(1);
      strides.push(0);
    } else {
      shape.push(x.shape[k] as number);
      strides.push(x.strides[k] as number);
      k++;
    }
  }
  return view(x, shape, strides);
}

/**
 * Removes axes of length 1: all of them, or those of `axis` (each must have length 1); a view.
 *
 * @example
 * import { squeeze, zeros } from "ndarray-broadcast";
 * const a = zeros([1, 3, 1]);
 * console.log(squeeze(a).shape, squeeze(a, 0).shape, squeeze(a, { axis: [0, 2] }).shape);
 * // => [ 3 ] [ 3, 1 ] [ 3 ]
 */
export function squeeze(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | { axis?: number | readonly number[] | null }): NDArray {
  const fn = "squeeze";
  const x = asArray(fn, a);
  const ax = axisArgument<{ axis: unknown }>(fn, axis).axis;
  // numpy accepts axis 0 or -1 (a single number) for a 0-d array, where nothing is squeezed
  if (x.ndim === 0 && (ax === 0 || ax === -1)) return view(x, [], []);
  const drop =
    ax === undefined || ax === null ? x.shape.map((_, i) => i).filter((i) => x.shape[i] === 1) : normalizeAxes(fn, ax, x.ndim);
  for (const i of drop) {
    if (x.shape[i] !== 1) {
      throw new ShapeError(`${fn}: cannot squeeze axis ${i} of shape ${formatShape(x.shape)}: it has length ${x.shape[i]}, not 1`);
    }
  }
  const keep = x.shape.map((_, i) => i).filter((i) => !drop.includes(i));
  return view(
    x,
    keep.map((i) => x.shape[i] as number),
    keep.map((i) => x.strides[i] as number),
  );
}

/**
 * The elements in reverse order along `axis` (every axis when omitted or null); a view with
 * negative strides.
 *
 * @example
 * import { array, flip } from "ndarray-broadcast";
 * const a = array([[1, 2], [3, 4]]);
 * console.log(flip(a).tolist(), flip(a, 1).tolist(), flip(a, { axis: 0 }).strides);
 * // => [ [ 4, 3 ], [ 2, 1 ] ] [ [ 2, 1 ], [ 4, 3 ] ] [ -2, 1 ]
 */
export function flip(a: NDArray | ArrayLike, axis?: number | readonly number[] | null | { axis?: number | readonly number[] | null }): NDArray {
  const fn = "flip";
  const x = asArray(fn, a);
  const axes = normalizeAxes(fn, axisArgument<{ axis: unknown }>(fn, axis).axis, x.ndim);
  let offset = x.offset;
  const strides = x.strides.slice();
  for (const i of axes) {
    const n = x.shape[i] as number;
    if (n > 0) offset += (n - 1) * (strides[i] as number);
    strides[i] = -(strides[i] as number);
  }
  return view(x, x.shape, strides, offset);
}

/** The axes of `x` permuted by `perm` (already normalized); a view. */
function permuted(x: NDArray, perm: readonly number[]): NDArray {
  return view(
    x,
    perm.map((k) => x.shape[k] as number),
    perm.map((k) => x.strides[k] as number),
  );
}

/** Checks a permutation of `ndim` axes given by the user. */
function checkPermutation(fn: string, axes: unknown, ndim: number): number[] {
  if (!Array.isArray(axes)) throw new AxisError(`${fn}: axes must be a list of integers, got ${describeType(axes)}`);
  if (axes.length !== ndim) {
    throw new AxisError(`${fn}: axes ${formatShape(axes)} don't match an array of dimension ${ndim}`);
  }
  return axisList(fn, axes, ndim);
}

/**
 * The array with its axes permuted: axis `i` of the result is axis `axes[i]` of `a`; a view.
 *
 * @example
 * import { permuteDims, zeros } from "ndarray-broadcast";
 * console.log(permuteDims(zeros([2, 3, 4]), [2, 0, 1]).shape);
 * // => [ 4, 2, 3 ]
 */
export function permuteDims(a: NDArray | ArrayLike, axes: readonly number[]): NDArray {
  const x = asArray("permuteDims", a);
  return permuted(x, checkPermutation("permuteDims", axes, x.ndim));
}

/**
 * numpy's `transpose`: the axes reversed, or permuted by `axes`; a view.
 *
 * @example
 * import { transpose, zeros } from "ndarray-broadcast";
 * console.log(transpose(zeros([2, 3, 4])).shape, transpose(zeros([2, 3, 4]), [1, 0, 2]).shape);
 * // => [ 4, 3, 2 ] [ 3, 2, 4 ]
 */
export function transpose(a: NDArray | ArrayLike, axes?: readonly number[] | null): NDArray {
  const x = asArray("transpose", a);
  if (axes === undefined || axes === null) return permuted(x, x.shape.map((_, i) => x.ndim - 1 - i));
  return permuted(x, checkPermutation("transpose", axes, x.ndim));
}

/**
 * Swaps the last two axes (the transpose of each matrix in a stack); a view. `a.mT` is the same.
 *
 * @example
 * import { matrixTranspose, zeros } from "ndarray-broadcast";
 * console.log(matrixTranspose(zeros([5, 2, 3])).shape, zeros([2, 3]).mT.shape);
 * // => [ 5, 3, 2 ] [ 3, 2 ]
 */
export function matrixTranspose(a: NDArray | ArrayLike): NDArray {
  const fn = "matrixTranspose";
  const x = asArray(fn, a);
  if (x.ndim < 2) {
    throw new ShapeError(`${fn}: needs an array of at least 2 dimensions, got shape ${formatShape(x.shape)}; a vector has no matrix transpose`);
  }
  const perm = x.shape.map((_, i) => i);
  perm[x.ndim - 2] = x.ndim - 1;
  perm[x.ndim - 1] = x.ndim - 2;
  return permuted(x, perm);
}

/**
 * Interchanges two axes; a view.
 *
 * @example
 * import { swapaxes, zeros } from "ndarray-broadcast";
 * console.log(swapaxes(zeros([2, 3, 4]), 0, -1).shape);
 * // => [ 4, 3, 2 ]
 */
export function swapaxes(a: NDArray | ArrayLike, axis1: number, axis2: number): NDArray {
  const fn = "swapaxes";
  const x = asArray(fn, a);
  const i = normalizeAxis(fn, axis1, x.ndim);
  const j = normalizeAxis(fn, axis2, x.ndim);
  const perm = x.shape.map((_, k) => k);
  perm[i] = j;
  perm[j] = i;
  return permuted(x, perm);
}

/**
 * Moves axes `source` to positions `destination` (numbers or equal-length lists), the others
 * keeping their order; a view.
 *
 * @example
 * import { moveaxis, zeros } from "ndarray-broadcast";
 * const a = zeros([3, 4, 5]);
 * console.log(moveaxis(a, 0, -1).shape, moveaxis(a, [0, 1], [-1, -2]).shape);
 * // => [ 4, 5, 3 ] [ 5, 4, 3 ]
 */
export function moveaxis(a: NDArray | ArrayLike, source: number | readonly number[], destination: number | readonly number[]): NDArray {
  const fn = "moveaxis";
  const x = asArray(fn, a);
  const src = axisList(fn, source, x.ndim);
  const dst = axisList(fn, destination, x.ndim);
  if (src.length !== dst.length) {
    throw new AxisError(`${fn}: source ${JSON.stringify(source)} and destination ${JSON.stringify(destination)} must have the same number of elements`);
  }
  const order = x.shape.map((_, i) => i).filter((i) => !src.includes(i));
  dst
    .map((d, k) => [d, src[k] as number] as const)
    .sort((p, q) => p[0] - q[0])
    .forEach(([d, s]) => order.splice(d, 0, s));
  return permuted(x, order);
}

/** Options of {@link reshape}. */
export interface ReshapeOptions {
  /** `true`: always copy; `false`: never (a `ShapeError` when only a copy can reshape); omitted or `null`: a view when possible. */
  copy?: boolean | null;
}

/**
 * The same elements in another shape (one entry may be -1, inferred). A view whenever numpy
 * gives one; `copy: true` always copies, `copy: false` refuses to copy.
 *
 * @example
 * import { arange, reshape } from "ndarray-broadcast";
 * const a = arange(6);
 * console.log(reshape(a, [2, -1]).tolist(), reshape(a, [3, 2]).data === a.data);
 * // => [ [ 0, 1, 2 ], [ 3, 4, 5 ] ] true
 */
export function reshape(a: NDArray | ArrayLike, shape: number | readonly number[], options?: ReshapeOptions): NDArray {
  const fn = "reshape";
  const x = asArray(fn, a);
  const opts = checkOptions<ReshapeOptions>(fn, options, ["copy"]);
  const copy = opts.copy ?? null;
  if (copy !== null && typeof copy !== "boolean") throw new DTypeError(`${fn}: copy must be true, false or null, got ${describeType(copy)}`);
  const given = typeof shape === "number" ? [shape] : shape;
  if (!Array.isArray(given)) throw new ShapeError(`${fn}: a shape must be an integer or an array of integers, got ${describeType(shape)}`);
  checkShape(fn, given.map((d) => (d === -1 ? 1 : d)), { allocate: false });
  if (copy === true) return copyAs(x).reshape(given);
  const target = x.reshape(given);
  if (copy === false && target.data !== x.data && x.size > 0) {
    throw new ShapeError(`${fn}: cannot reshape this ${formatShape(x.shape)} array with strides ${formatShape(x.strides)} into ${formatShape(target.shape)} without copying (copy: false)`);
  }
  return target;
}

/**
 * The elements as a 1-D array in C order: a view when `a` is C-contiguous, else a copy (numpy's
 * `ravel`).
 *
 * @example
 * import { arange, ravel } from "ndarray-broadcast";
 * const a = arange(6).reshape(2, 3);
 * console.log(ravel(a).tolist(), ravel(a).data === a.data, ravel(a.T).tolist());
 * // => [ 0, 1, 2, 3, 4, 5 ] true [ 0, 3, 1, 4, 2, 5 ]
 */
export function ravel(a: NDArray | ArrayLike): NDArray {
  const x = asArray("ravel", a);
  if (isCContiguous(viewOf(x))) return view(x, [x.size], [1]);
  return copyAs(x).reshape([x.size]);
}

/**
 * A 1-D copy of the elements in C order (numpy's `ndarray.flatten`; always a copy).
 *
 * @example
 * import { arange, flatten } from "ndarray-broadcast";
 * console.log(flatten(arange(4).reshape(2, 2)).tolist());
 * // => [ 0, 1, 2, 3 ]
 */
export function flatten(a: NDArray | ArrayLike): NDArray {
  const x = asArray("flatten", a);
  return copyAs(x).reshape([x.size]);
}

/**
 * The sub-arrays along `axis` (default 0) as a JS array of views (the Array API's `unstack`).
 *
 * @example
 * import { arange, unstack } from "ndarray-broadcast";
 * const a = arange(4).reshape(2, 2);
 * console.log(unstack(a).map((r) => r.tolist()), unstack(a, { axis: 1 }).map((c) => c.tolist()));
 * // => [ [ 0, 1 ], [ 2, 3 ] ] [ [ 0, 2 ], [ 1, 3 ] ]
 */
export function unstack(a: NDArray | ArrayLike, options?: { axis?: number }): NDArray[] {
  const fn = "unstack";
  const x = asArray(fn, a);
  const opts = checkOptions<{ axis: number }>(fn, options, ["axis"]);
  if (x.ndim === 0) throw new AxisError(`${fn}: a 0-d array has no axis to unstack`);
  const axis = normalizeAxis(fn, opts.axis ?? 0, x.ndim);
  return Array.from({ length: x.shape[axis] as number }, (_, i) => pickAxis(x, axis, i));
}

/** `x` seen with `shape` (same size, C order, only axes of length 1 added): a view. */
function withOnes(x: NDArray, shape: readonly number[]): NDArray {
  return view(x, shape, nocopyReshapeStrides(x.shape, x.strides, shape) ?? contiguousStrides(shape));
}

function atleast(fn: string, arrays: readonly (NDArray | ArrayLike)[], lift: (x: NDArray) => NDArray): NDArray | NDArray[] {
  const out = arrays.map((a) => {
    const x = asArray(fn, a);
    return lift(x);
  });
  return out.length === 1 ? (out[0] as NDArray) : out;
}

/**
 * Each input with at least one axis (a 0-d array becomes shape `(1,)`); views. One input gives
 * one array, several a JS array of them.
 *
 * @example
 * import { array, atleast1d } from "ndarray-broadcast";
 * console.log(atleast1d(array(3)).shape, atleast1d(1, [2, 3]).map((x) => x.shape));
 * // => [ 1 ] [ [ 1 ], [ 2 ] ]
 */
export function atleast1d(a: NDArray | ArrayLike): NDArray;
export function atleast1d(...arrays: (NDArray | ArrayLike)[]): NDArray[];
export function atleast1d(...arrays: (NDArray | ArrayLike)[]): NDArray | NDArray[] {
  return atleast("atleast1d", arrays, (x) => (x.ndim >= 1 ? view(x, x.shape, x.strides) : withOnes(x, [1])));
}

/**
 * Each input with at least two axes: `()` → `(1, 1)`, `(n,)` → `(1, n)`; views.
 *
 * @example
 * import { atleast2d } from "ndarray-broadcast";
 * console.log(atleast2d([1, 2, 3]).shape);
 * // => [ 1, 3 ]
 */
export function atleast2d(a: NDArray | ArrayLike): NDArray;
export function atleast2d(...arrays: (NDArray | ArrayLike)[]): NDArray[];
export function atleast2d(...arrays: (NDArray | ArrayLike)[]): NDArray | NDArray[] {
  return atleast("atleast2d", arrays, (x) => (x.ndim >= 2 ? view(x, x.shape, x.strides) : withOnes(x, x.ndim === 1 ? [1, x.shape[0] as number] : [1, 1])));
}

/**
 * Each input with at least three axes: `()` → `(1, 1, 1)`, `(n,)` → `(1, n, 1)`, `(m, n)` →
 * `(m, n, 1)`; views.
 *
 * @example
 * import { atleast3d } from "ndarray-broadcast";
 * console.log(atleast3d([1, 2, 3]).shape, atleast3d([[1, 2]]).shape);
 * // => [ 1, 3, 1 ] [ 1, 2, 1 ]
 */
export function atleast3d(a: NDArray | ArrayLike): NDArray;
export function atleast3d(...arrays: (NDArray | ArrayLike)[]): NDArray[];
export function atleast3d(...arrays: (NDArray | ArrayLike)[]): NDArray | NDArray[] {
  return atleast("atleast3d", arrays, (x) => {
    if (x.ndim >= 3) return view(x, x.shape, x.strides);
    const shape = x.ndim === 0 ? [1, 1, 1] : x.ndim === 1 ? [1, x.shape[0] as number, 1] : [x.shape[0] as number, x.shape[1] as number, 1];
    return withOnes(x, shape);
  });
}

/**
 * The columns in reverse order (axis 1 flipped; numpy's `fliplr`); a view. Needs at least 2 axes.
 *
 * @example
 * import { arange, fliplr } from "ndarray-broadcast";
 * console.log(fliplr(arange(4).reshape(2, 2)).tolist());
 * // => [ [ 1, 0 ], [ 3, 2 ] ]
 */
export function fliplr(m: NDArray | ArrayLike): NDArray {
  const x = asArray("fliplr", m);
  if (x.ndim < 2) throw new ShapeError(`fliplr: the input must have at least 2 dimensions, got shape ${formatShape(x.shape)}`);
  return flip(x, 1);
}

/**
 * The rows in reverse order (axis 0 flipped; numpy's `flipud`); a view. Needs at least 1 axis.
 *
 * @example
 * import { arange, flipud } from "ndarray-broadcast";
 * console.log(flipud(arange(4).reshape(2, 2)).tolist());
 * // => [ [ 2, 3 ], [ 0, 1 ] ]
 */
export function flipud(m: NDArray | ArrayLike): NDArray {
  const x = asArray("flipud", m);
  if (x.ndim < 1) throw new ShapeError(`flipud: the input must have at least 1 dimension, got shape ${formatShape(x.shape)}`);
  return flip(x, 0);
}

/**
 * Rotates by 90° `k` times in the plane of `axes` (default `[0, 1]`), from the first axis
 * towards the second, as numpy's `rot90`; a view.
 *
 * @example
 * import { arange, rot90 } from "ndarray-broadcast";
 * const m = arange(4).reshape(2, 2);
 * console.log(rot90(m).tolist(), rot90(m, 2).tolist(), rot90(m, 1, [1, 0]).tolist());
 * // => [ [ 1, 3 ], [ 0, 2 ] ] [ [ 3, 2 ], [ 1, 0 ] ] [ [ 2, 0 ], [ 3, 1 ] ]
 */
export function rot90(m: NDArray | ArrayLike, k = 1, axes: readonly [number, number] = [0, 1]): NDArray {
  const fn = "rot90";
  const x = asArray(fn, m);
  if (typeof k !== "number" || !Number.isInteger(k)) throw new DTypeError(`${fn}: k must be an integer, got ${describeType(k)}`);
  if (!Array.isArray(axes) || axes.length !== 2) throw new AxisError(`${fn}: axes must be a pair of axes, got ${describeType(axes)}`);
  const [a0, a1] = axes as [number, number];
  if (a0 === a1 || Math.abs(a0 - a1) === x.ndim) throw new AxisError(`${fn}: the axes must be different, got [${a0}, ${a1}] for an array of dimension ${x.ndim}`);
  const i = normalizeAxis(fn, a0, x.ndim);
  const j = normalizeAxis(fn, a1, x.ndim);
  const turns = ((k % 4) + 4) % 4;
  if (turns === 0) return view(x, x.shape, x.strides);
  if (turns === 2) return flip(flip(x, i), j);
  const perm = x.shape.map((_, q) => q);
  perm[i] = j;
  perm[j] = i;
  return turns === 1 ? permuted(flip(x, j), perm) : flip(permuted(x, perm), j);
}
