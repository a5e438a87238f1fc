/**
 * The strict operations that move elements without arithmetic — transposes, `stack` and
 * `concat` on any axis. Each Jacobian is an index map (structured/gather.ts): a permutation for a
 * transpose, an injection of each operand for `stack` and `concat`; never a matrix.
 *
 * @module
 */
import { allocate, promoteTypes } from "../dtype.js";
import { AxisError, ShapeError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { normalizeAxis } from "../shape/axes.js";
import { checkOptions, shapeSize, type Shape } from "../validate.js";
import { flatArray, readArray, type Input } from "./operands.js";
import type { Output } from "./ops.js";
import { IndexMap } from "./structured/gather.js";
import { cStrides, stridedPositions, type LinearMap } from "./structured/linear-map.js";
import { BlockMap } from "./structured/selection.js";
import { record } from "./trace.js";

/** For each element of `x.transpose(axes)` (C order), its flat index in `x` (of `shape`). */
function permutedIndex(shape: Shape, axes: readonly number[]): Int32Array {
  const strides = cStrides(shape);
  return stridedPositions(
    axes.map((a) => shape[a] as number),
    axes.map((a) => strides[a] as number),
  );
}

/**
 * The axes permuted (numpy's `transpose(x, axes)`, the standard's `permute_dims`; reversed when
 * omitted). The value is a view; the Jacobian is a permutation, `P`, whose transpose is the
 * inverse permutation.
 *
 * @example
 * import { jacobian, permuteDims } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const J = jacobian((X) => permuteDims(X, [1, 0]), array([[1, 2, 3], [4, 5, 6]]));
 * console.log(J.kind, J.shape, J.apply(array([[1, 2, 3], [4, 5, 6]])).toString());
 * // => permutation [ 3, 2, 2, 3 ] array([[1., 4.],
 * //           [2., 5.],
 * //           [3., 6.]])
 */
export function permuteDims(a: Input, axes?: readonly number[]): Output {
  const fn = "permuteDims";
  const x = readArray(fn, a, 1);
  const n = x.value.ndim;
  const order = axes === undefined ? Array.from({ length: n }, (_, i) => n - 1 - i) : [...axes];
  if (!Array.isArray(order) || order.length !== n) {
    throw new AxisError(`${fn}: axes ${Array.isArray(axes) ? formatShape(axes) : String(axes)} don't match an array of dimension ${n}`);
  }
  const norm = order.map((ax) => normalizeAxis(fn, ax, n));
  if (new Set(norm).size !== n) throw new AxisError(`${fn}: repeated axis in ${formatShape(order)}`);
  const value = x.value.transpose(...norm);
  return record(fn, value, x.kind === "traced" ? [x.traced] : [], () => {
    const identity = norm.every((ax, i) => ax === i);
    const label = identity ? "I" : `P(${norm.join(", ")})`;
    return [new IndexMap("gather", permutedIndex(x.value.shape, norm), x.value.size, true, label, x.value.shape, value.shape)];
  });
}

/** numpy's name for {@link permuteDims}. */
export const transpose = permuteDims;

/**
 * Two axes exchanged (a permutation).
 *
 * @example
 * import { jacobian, swapaxes } from "ndarray-broadcast/jacobian";
 * import { zeros } from "ndarray-broadcast";
 * console.log(jacobian((x) => swapaxes(x, 0, 2), zeros([2, 1, 3])).shape);
 * // => [ 3, 1, 2, 2, 1, 3 ]
 */
export function swapaxes(a: Input, axis1: number, axis2: number): Output {
  const x = readArray("swapaxes", a, 1);
  const n = x.value.ndim;
  const [i, j] = [normalizeAxis("swapaxes", axis1, n), normalizeAxis("swapaxes", axis2, n)];
  const order = Array.from({ length: n }, (_, k) => (k === i ? j : k === j ? i : k));
  return permuteDims(a, order);
}

/**
 * The last two axes exchanged (the standard's `matrix_transpose`, numpy's `a.mT`), for arrays of
 * rank 2 or more.
 *
 * @example
 * import { matrixTranspose } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(matrixTranspose(array([[1, 2]])).toString());
 * // => array([[1.],
 * //           [2.]])
 */
export function matrixTranspose(a: Input): Output {
  const x = readArray("matrixTranspose", a, 1);
  const n = x.value.ndim;
  if (n < 2) throw new ShapeError(`matrixTranspose: needs an array of rank 2 or more, got shape ${formatShape(x.value.shape)}`);
  return swapaxes(a, n - 2, n - 1);
}

/** Options of {@link stack} and {@link concat}. */
export interface AxisOption {
  /** The axis (negative counts from the end); `stack` 0 and `concat` 0 by default. */
  axis?: number;
}

/**
 * Where each operand of a join lands in the result: operand k's element i goes to
 * `places[k][i]`; `outer` elements before the axis, `inner` after it, `lengths[k]` along it.
 */
function joinPlaces(lengths: readonly number[], outer: number, inner: number): Int32Array[] {
  const total = lengths.reduce((s, l) => s + l, 0);
  let offset = 0;
  return lengths.map((len) => {
    const idx = new Int32Array(outer * len * inner);
    let i = 0;
    for (let o = 0; o < outer; o++) for (let l = 0; l < len; l++) for (let r = 0; r < inner; r++) idx[i++] = (o * total + offset + l) * inner + r;
    offset += len;
    return idx;
  });
}

/** The value of a join, and each traced operand's injection. */
function join(fn: string, items: readonly Input[], outShape: Shape, places: Int32Array[], blocks: (k: number) => LinearMap | null): Output {
  const ops = items.map((it, i) => readArray(fn, it, i + 1));
  const dtype = ops.map((o) => o.value.dtype).reduce(promoteTypes);
  const data = allocate(dtype, shapeSize(outShape));
  ops.forEach((op, k) => {
    const src = flatArray(op.value);
    const to = places[k] as Int32Array;
    for (let i = 0; i < to.length; i++) data[to[i] as number] = src[i] as number;
  });
  const value = freshArray(dtype, outShape, data);
  const traced = ops.flatMap((op, k) => (op.kind === "traced" ? [{ op, k }] : []));
  return record(fn, value, traced.map(({ op }) => op.traced), () =>
    traced.map(({ op, k }) => blocks(k) ?? new IndexMap("scatter", places[k] as Int32Array, value.size, false, `E${k}`, op.value.shape, outShape)),
  );
}

function itemsOf(fn: string, items: readonly Input[]): NDArray[] {
  if (!Array.isArray(items) || items.length === 0) throw new ShapeError(`${fn}: needs a non-empty list of arrays`);
  return items.map((it, i) => readArray(fn, it, i + 1).value);
}

/**
 * Arrays of equal shapes stacked along a new axis (0 by default); each one's Jacobian is an
 * injection into its place — a block `eₖ ⊗ I` on axis 0.
 *
 * @example
 * import { jacobian, stack, index, multiply, add } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * // f(x) = [x₀x₁, x₀ + x₁]
 * const J = jacobian((x) => stack([multiply(index(x, 0), index(x, 1)), add(index(x, 0), index(x, 1))]), array([2, 3]));
 * console.log(J.toDense().toString());
 * // => array([[3., 2.],
 * //           [1., 1.]])
 * console.log(stack([array([1, 2]), array([3, 4])], { axis: 1 }).toString());
 * // => array([[1., 3.],
 * //           [2., 4.]])
 */
export function stack(items: readonly Input[], options?: AxisOption): Output {
  const fn = "stack";
  checkOptions(fn, options, ["axis"]);
  const values = itemsOf(fn, items);
  const shape = (values[0] as NDArray).shape;
  values.forEach((v, i) => {
    if (v.ndim !== shape.length || v.shape.some((d, k) => d !== shape[k])) {
      throw new ShapeError(`${fn}: item ${i + 1} has shape ${formatShape(v.shape)}, item 1 ${formatShape(shape)}; stack needs equal shapes`);
    }
  });
  const axis = normalizeAxis(fn, options?.axis ?? 0, shape.length + 1);
  const outShape = [...shape.slice(0, axis), values.length, ...shape.slice(axis)];
  const outer = shapeSize(shape.slice(0, axis));
  const inner = shapeSize(shape.slice(axis));
  const places = joinPlaces(values.map(() => 1), outer, inner);
  const block = shapeSize(shape);
  return join(fn, items, outShape, places, (k) => (axis === 0 ? new BlockMap("inject", k * block, block, values.length * block, [k], shape, outShape) : null));
}

/**
 * Arrays joined along an existing axis (0 by default; numpy's `concatenate`); their shapes must
 * agree on every other axis. Each one's Jacobian is an injection into its place.
 *
 * @example
 * import { jacobian, concat } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const J = jacobian((x) => concat([x, array([9])]), array([1, 2]));
 * console.log(J.kind, J.toDense().toString());
 * // => injection array([[1., 0.],
 * //           [0., 1.],
 * //           [0., 0.]])
 */
export function concat(items: readonly Input[], options?: AxisOption): Output {
  const fn = "concat";
  checkOptions(fn, options, ["axis"]);
  const values = itemsOf(fn, items);
  const first = values[0] as NDArray;
  if (first.ndim === 0) throw new ShapeError(`${fn}: zero-dimensional arrays cannot be concatenated (item 1 has shape ())`);
  const axis = normalizeAxis(fn, options?.axis ?? 0, first.ndim);
  values.forEach((v, i) => {
    if (v.ndim !== first.ndim || v.shape.some((d, k) => k !== axis && d !== first.shape[k])) {
      throw new ShapeError(
        `${fn}: item ${i + 1} has shape ${formatShape(v.shape)}, item 1 ${formatShape(first.shape)}; all axes but axis ${axis} must match`,
      );
    }
  });
  const lengths = values.map((v) => v.shape[axis] as number);
  const outShape = first.shape.map((d, k) => (k === axis ? lengths.reduce((s, l) => s + l, 0) : d));
  const places = joinPlaces(lengths, shapeSize(first.shape.slice(0, axis)), shapeSize(first.shape.slice(axis + 1)));
  return join(fn, items, outShape, places, () => null);
}

/** numpy's name for {@link concat}. */
export const concatenate = concat;
