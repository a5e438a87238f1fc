/**
 * Axis arguments: a number, a negative number counting from the end, or a list of them.
 *
 * @module
 */
import { AxisError } from "../errors.js";
import { describeType, formatShape, formatValue } from "../format/format-shape.js";
import { copyList } from "../validate.js";

/** Normalizes one axis for an array of `ndim` dimensions (throws `AxisError` naming `fn`). */
export function normalizeAxis(fn: string, axis: unknown, ndim: number): number {
  if (typeof axis !== "number" || !Number.isInteger(axis)) {
    throw new AxisError(`${fn}: an axis must be an integer, got ${typeof axis === "number" ? axis : describeType(axis)}`);
  }
  if (axis < -ndim || axis >= ndim) {
    throw new AxisError(`${fn}: axis ${axis} is out of bounds for array of dimension ${ndim}`);
  }
  return axis < 0 ? axis + ndim : axis;
}

/**
 * Normalizes `axis` (undefined/null = all axes, a number, or a list) to sorted, distinct,
 * non-negative axes; a repeated axis throws `AxisError`.
 */
export function normalizeAxes(fn: string, axis: unknown, ndim: number): number[] {
  if (axis === undefined || axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = Array.isArray(axis) ? copyList(fn, axis, "axis") : [axis];
  const seen = new Set<number>();
  for (const a of list) {
    const k = normalizeAxis(fn, a, ndim);
    if (seen.has(k)) throw new AxisError(`${fn}: duplicate axis ${formatValue(a)} in ${formatShape(list)}`);
    seen.add(k);
  }
  return [...seen].sort((x, y) => x - y);
}
