/**
 * Input checks shared by every floor of the library. Each returns a clean value or throws an
 * error from the hierarchy naming the calling function; messages are built only when throwing.
 *
 * @module
 */
import { ShapeError } from "./errors.js";
import { describeType, formatShape } from "./format/format-shape.js";

/** The shape of an {@link NDArray}: one non-negative integer per axis. */
export type Shape = readonly number[];

/**
 * The most elements one array may hold: scijs `ndarray` and its compiled kernels keep offsets
 * as 32-bit signed integers (`offset | 0`), so 2^31 − 1 is the largest safe size.
 */
export const MAX_SIZE = 2 ** 31 - 1;

/** The product of the entries of a shape (1 for `()`). */
export function shapeSize(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Whether two shapes are equal entry by entry. */
export function shapesEqual(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Checks a shape given by a user: a non-negative integer or an array of them. With
 * `allocate` (the default) the size must also fit in one typed array, so that a refusal comes
 * before any allocation. Returns a fresh array.
 */
export function checkShape(fn: string, shape: unknown, options: { allocate?: boolean } = {}): Shape {
  const dims: unknown[] = typeof shape === "number" ? [shape] : checkList(fn, shape);
  for (const d of dims) {
    if (typeof d !== "number") {
      throw new ShapeError(`${fn}: shape entries must be integers, got ${describeType(d)} in ${formatShape(dims)}`);
    }
    if (!Number.isInteger(d)) {
      throw new ShapeError(`${fn}: shape entries must be integers, got ${d} in ${formatShape(dims)}`);
    }
    if (d < 0) {
      throw new ShapeError(`${fn}: negative dimensions are not allowed: ${d} in ${formatShape(dims)}`);
    }
  }
  const result: Shape = (dims as number[]).slice();
  const size = shapeSize(result);
  if ((options.allocate ?? true) && size > MAX_SIZE) {
    throw new ShapeError(
      `${fn}: shape ${formatShape(result)} has ${size} elements, more than the ${MAX_SIZE} one array can hold`,
    );
  }
  if (!Number.isSafeInteger(size)) {
    throw new ShapeError(`${fn}: shape ${formatShape(result)} has more elements than 2^53`);
  }
  return result;
}

function checkList(fn: string, shape: unknown): unknown[] {
  if (!Array.isArray(shape)) {
    throw new ShapeError(`${fn}: a shape must be an integer or an array of integers, got ${describeType(shape)}`);
  }
  for (let i = 0; i < shape.length; i++) {
    if (!(i in shape)) throw new ShapeError(`${fn}: the shape array has a hole at position ${i}`);
  }
  return shape;
}
