/**
 * Flat indices and multi-indices: `unravelIndex`, `ravelMultiIndex`. Index results are int32
 * (numpy's intp is int64, which has no typed array of numbers here; an array holds fewer than
 * 2³¹ elements, so every index fits).
 *
 * @module
 */
import { DTypeError, IndexError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { broadcastShapesFor } from "../shape/broadcast-shapes.js";
import { checkShape, shapeSize, type Shape } from "../validate.js";
import { blockOffsets } from "./plan.js";
import { flatValues } from "./keys.js";
import { integerArray, readOptions, type IndexMode } from "./take.js";

/** Options of {@link unravelIndex}. */
export interface UnravelOptions {
  /** `"C"` (default: the last axis varies fastest) or `"F"` (the first). */
  order?: "C" | "F";
}

function readOrder(fn: string, order: unknown): "C" | "F" {
  if (order === undefined || order === "C" || order === "F") return order ?? "C";
  throw new DTypeError(`${fn}: order must be "C" or "F", got ${typeof order === "string" ? JSON.stringify(order) : describeType(order)}`);
}

/** The strides, in elements, of `shape` in `order`. */
function orderStrides(shape: Shape, order: "C" | "F"): number[] {
  const st = new Array<number>(shape.length);
  let s = 1;
  for (let k = 0; k < shape.length; k++) {
    const d = order === "C" ? shape.length - 1 - k : k;
    st[d] = s;
    s *= shape[d] as number;
  }
  return st;
}

/**
 * numpy's `unravel_index(indices, shape)`: the multi-index of each flat index into an array of
 * `shape`, as a JS array of int32 arrays (one per axis, each of `indices`' shape; 0-d for one
 * number). An index outside `[0, size)` is an `IndexError`.
 *
 * @example
 * import { unravelIndex } from "ndarray-broadcast";
 * const rowsAndColumns = unravelIndex([5, 7], [3, 4]);
 * console.log(rowsAndColumns.map(String).join(" "));
 * // => array([1, 1], dtype=int32) array([1, 3], dtype=int32)
 */
export function unravelIndex(indices: unknown, shape: number | readonly number[], options?: UnravelOptions): NDArray[] {
  const fn = "unravelIndex";
  const dims = checkShape(fn, shape);
  const order = readOrder(fn, readOptions<UnravelOptions>(fn, options, ["order"]).order);
  const idx = integerArray(fn, "indices", indices);
  const size = shapeSize(dims);
  const values = flatValues(idx);
  // as numpy: every index is checked before the rank of indices for a 0-d shape
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < 0 || v >= size) throw new IndexError(`${fn}: index ${v} is out of bounds for array with size ${size} (shape ${formatShape(dims)})`);
  }
  if (dims.length === 0 && idx.ndim > 0) {
    throw new ShapeError(`${fn}: multiple indices are not supported for a 0-d shape (); indices has shape ${formatShape(idx.shape)}`);
  }
  const strides = orderStrides(dims, order);
  const outs = dims.map(() => new Int32Array(values.length));
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    for (let d = 0; d < dims.length; d++) (outs[d] as Int32Array)[i] = Math.floor(v / (strides[d] as number)) % (dims[d] as number);
  }
  return outs.map((o) => freshArray("int32", idx.shape, o));
}

/** Options of {@link ravelMultiIndex}. */
export interface RavelOptions {
  /** Out-of-range coordinates: `"raise"` (default), `"wrap"` or `"clip"`; or one mode per axis. */
  mode?: IndexMode | readonly IndexMode[];
  /** `"C"` (default) or `"F"`. */
  order?: "C" | "F";
}

/**
 * numpy's `ravel_multi_index(multiIndex, dims)`: the flat index of each multi-index — one
 * integer array per axis of `dims`, broadcast together — as an int32 array.
 *
 * @example
 * import { ravelMultiIndex } from "ndarray-broadcast";
 * console.log(ravelMultiIndex([[1, 2], [0, 3]], [3, 4]).toString());
 * // => array([ 4, 11], dtype=int32)
 * console.log(ravelMultiIndex([[3, -1], [0, 5]], [3, 4], { mode: ["wrap", "clip"] }).toString());
 * // => array([ 0, 11], dtype=int32)
 */
export function ravelMultiIndex(multiIndex: readonly unknown[], dims: number | readonly number[], options?: RavelOptions): NDArray {
  const fn = "ravelMultiIndex";
  const shape = checkShape(fn, dims);
  const opts = readOptions<RavelOptions>(fn, options, ["mode", "order"]);
  const order = readOrder(fn, opts.order);
  if (!Array.isArray(multiIndex)) throw new DTypeError(`${fn}: multiIndex must be a JS array of integer arrays (one per axis), got ${describeType(multiIndex)}`);
  if (multiIndex.length !== shape.length) {
    throw new ShapeError(`${fn}: parameter multiIndex must be a sequence of length ${shape.length} (one per axis of ${formatShape(shape)}), got ${multiIndex.length}`);
  }
  const modes = Array.isArray(opts.mode) ? (opts.mode as unknown[]) : shape.map(() => opts.mode ?? "raise");
  if (modes.length !== shape.length) throw new ShapeError(`${fn}: mode must be one mode or one per axis (${shape.length}), got ${modes.length}`);
  for (const m of modes) if (m !== "raise" && m !== "wrap" && m !== "clip") throw new DTypeError(`${fn}: mode must be "raise", "wrap" or "clip", got ${describeType(m)}`);
  const coords = multiIndex.map((c, d) => integerArray(fn, `multiIndex[${d}]`, c));
  const out = broadcastShapesFor(fn, coords.map((c) => c.shape));
  const strides = orderStrides(shape, order);
  const result = new Int32Array(shapeSize(out));
  if (result.length > 0 && shape.includes(0)) {
    throw new ShapeError(`${fn}: cannot ravel a multi-index into a shape with zero entries ${formatShape(shape)} (numpy: "cannot unravel if shape has zero entries")`);
  }
  coords.forEach((c, d) => {
    const n = shape[d] as number;
    const mode = modes[d] as IndexMode;
    const lead = out.length - c.ndim;
    const where = blockOffsets(out, out.map((len, e) => (e < lead || c.shape[e - lead] === 1 ? 0 : contiguousStride(c.shape, e - lead))));
    const values = flatValues(c);
    for (let i = 0; i < result.length; i++) {
      let v = values[where[i] as number] as number;
      if (v < 0 || v >= n) {
        if (mode === "raise") throw new IndexError(`${fn}: invalid entry in coordinates array: ${v} is out of bounds for axis ${d} with size ${n}`);
        v = mode === "wrap" ? ((v % n) + n) % n : v < 0 ? 0 : n - 1;
      }
      result[i] = (result[i] as number) + v * (strides[d] as number);
    }
  });
  return freshArray("int32", out, result);
}

function contiguousStride(shape: Shape, axis: number): number {
  let s = 1;
  for (let e = shape.length - 1; e > axis; e--) s *= shape[e] as number;
  return s;
}
