/**
 * numpy's broadcasting rule on shapes alone: align trailing axes; on each axis the sizes must be
 * equal or 1, and the result takes the size that is not 1.
 *
 * @module
 */
import { BroadcastError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import { checkShape, type Shape } from "../validate.js";

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
  let ndim = 0;
  for (const s of shapes) ndim = Math.max(ndim, s.length);
  const result = new Array<number>(ndim).fill(1);
  const owner = new Array<number>(ndim).fill(-1);
  for (let k = 0; k < shapes.length; k++) {
    const s = shapes[k] as Shape;
    for (let j = 1; j <= s.length; j++) {
      const d = s[s.length - j] as number;
      const at = ndim - j;
      if (d === 1) continue;
      const r = result[at] as number;
      if (owner[at] === -1 || r === d) {
        result[at] = d;
        if (owner[at] === -1) owner[at] = k;
      } else {
        return { conflict: { axis: -j, operands: [owner[at] as number, k], sizes: [r, d] } };
      }
    }
  }
  return { shape: result };
}

/** The message for a conflict: names every shape and the axis at fault. */
export function broadcastMessage(fn: string, shapes: readonly Shape[], c: BroadcastConflict): string {
  const list = shapes.map(formatShape);
  const named = list.length <= 2 ? list.join(" and ") : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
  return `${fn}: cannot broadcast shapes ${named}: axis ${c.axis} has ${c.sizes[0]} vs ${c.sizes[1]}`;
}

/**
 * The broadcast shape of two shapes, or `undefined` when they conflict; `a` or `b` itself when it
 * is the result (equal shapes, or the other `()`), else one new array.
 */
function broadcastTwo(a: Shape, b: Shape): Shape | undefined {
  const la = a.length;
  const lb = b.length;
  if (lb === 0) return a;
  if (la === 0) return b;
  let same = la === lb;
  for (let j = 1; same && j <= la; j++) same = a[la - j] === b[lb - j];
  if (same) return a;
  const n = Math.max(la, lb);
  const result = new Array<number>(n);
  for (let j = 1; j <= n; j++) {
    const da = j <= la ? (a[la - j] as number) : 1;
    const db = j <= lb ? (b[lb - j] as number) : 1;
    if (da !== db && da !== 1 && db !== 1) return undefined;
    result[n - j] = da === 1 ? db : da;
  }
  return result;
}

/** {@link broadcastShapes} under the name of the calling function. @internal */
export function broadcastShapesFor(fn: string, shapes: readonly Shape[]): Shape {
  if (shapes.length === 2) {
    const s = broadcastTwo(shapes[0] as Shape, shapes[1] as Shape);
    if (s !== undefined) return s;
  }
  const r = resolveBroadcast(shapes);
  if ("conflict" in r) throw new BroadcastError(broadcastMessage(fn, shapes, r.conflict));
  return r.shape;
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
  return broadcastShapesFor("broadcastShapes", checked);
}
