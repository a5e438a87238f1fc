/**
 * numpy's broadcasting rule on shapes alone: align trailing axes; on each axis the sizes must be
 * equal or 1, and the result takes the size that is not 1.
 *
 * @module
 */
import { BroadcastError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import { checkShape, checkSize, shapesEqual, type Shape } from "../validate.js";

/** Where broadcasting fails: the axis (counted from the end, negative) and the two sizes at fault. */
export interface BroadcastConflict {
  /** The axis, negative as numpy counts broadcast axes from the end (-1 is the last). */
  axis: number;
  /** Indices of the two operands that disagree, and their sizes on `axis`. */
  operands: [number, number];
  /** The two operands' sizes on `axis`. */
  sizes: [number, number];
}

/**
 * The pure rule: the broadcast shape, or the first conflict (scanning from the last axis).
 * Does not validate the shapes.
 */
export function resolveBroadcast(shapes: readonly Shape[]): { shape: Shape } | { conflict: BroadcastConflict } {
  const r = broadcastOrConflict(shapes);
  return Array.isArray(r) ? { shape: r } : { conflict: r as BroadcastConflict };
}

/** {@link resolveBroadcast} without the wrapping object (the shape, or the conflict). */
function broadcastOrConflict(shapes: readonly Shape[]): Shape | BroadcastConflict {
  let ndim = 0;
  for (const s of shapes) ndim = Math.max(ndim, s.length);
  const result: number[] = [];
  for (let i = 0; i < ndim; i++) result.push(1);
  for (let k = 0; k < shapes.length; k++) {
    const s = shapes[k] as Shape;
    for (let j = 1; j <= s.length; j++) {
      const d = s[s.length - j] as number;
      const at = ndim - j;
      const r = result[at] as number;
      if (d === 1 || d === r) continue;
      if (r === 1) result[at] = d;
      else return { axis: -j, operands: [ownerOf(shapes, j), k], sizes: [r, d] };
    }
  }
  return result;
}

/** The first operand whose size on axis `-j` is not 1: the one that fixed the broadcast size there. */
function ownerOf(shapes: readonly Shape[], j: number): number {
  return shapes.findIndex((s) => s.length >= j && s[s.length - j] !== 1);
}

/** The message for a conflict: names every shape and the axis at fault. */
export function broadcastMessage(fn: string, shapes: readonly Shape[], c: BroadcastConflict): string {
  const list = shapes.map(formatShape);
  const named = list.length <= 2 ? list.join(" and ") : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
  return `${fn}: cannot broadcast shapes ${named}: axis ${c.axis} has ${c.sizes[0]} vs ${c.sizes[1]}`;
}

/** {@link broadcastShapes} under the name of the calling function. @internal */
export function broadcastShapesFor(fn: string, shapes: readonly Shape[], limit = true): Shape {
  // two equal shapes, or one of them (): the other, without allocating
  if (shapes.length === 2) {
    const [a, b] = shapes as [Shape, Shape];
    if (b.length === 0 || shapesEqual(a, b)) return a;
    if (a.length === 0) return b;
  }
  const r = broadcastOrConflict(shapes);
  if (!Array.isArray(r)) throw new BroadcastError(broadcastMessage(fn, shapes, r as BroadcastConflict));
  // a new shape may hold more elements than any operand
  checkSize(fn, r, limit);
  return r;
}

/**
 * {@link broadcastShapesFor} of two shapes, without the array of them: `a` or `b` themselves when
 * one of them is the result (equal shapes, a scalar's `()`, a row against a matrix), else a new
 * shape. The path of every binary elementwise call. @internal
 */
export function broadcastTwo(fn: string, a: Shape, b: Shape): Shape {
  // the longer shape is the result when every axis of the shorter one is 1 or equal to its own
  const long = a.length >= b.length ? a : b;
  const short = long === a ? b : a;
  const lead = long.length - short.length;
  let fits = true;
  for (let j = 0; j < short.length && fits; j++) {
    const d = short[j] as number;
    fits = d === 1 || d === long[lead + j];
  }
  if (fits) return long;
  // a new shape, or a conflict: the general rule with its message and size check
  return broadcastShapesFor(fn, [a, b]);
}

/**
 * The shape that `shapes` broadcast to, by numpy's rule; `()` for no shapes. Throws a
 * `BroadcastError` naming every shape and the axis at fault.
 *
 * @example
 * import { broadcastShapes } from "ndarray-broadcast";
 * console.log(broadcastShapes([2, 1], [3]), broadcastShapes([5, 1, 4], [3, 1]));
 * // => [ 2, 3 ] [ 5, 3, 4 ]
 * try {
 *   broadcastShapes([2, 3], [4]);
 * } catch (e) {
 *   console.log((e as Error).message);
 *   // => broadcastShapes: cannot broadcast shapes (2, 3) and (4,): axis -1 has 3 vs 4
 * }
 */
export function broadcastShapes(...shapes: (number | readonly number[])[]): Shape {
  const checked = shapes.map((s) => checkShape("broadcastShapes", s, { allocate: false }));
  return broadcastShapesFor("broadcastShapes", checked, false);
}
