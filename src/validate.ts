/**
 * Input checks shared by every floor of the library. Each returns a clean value or throws an
 * error from the hierarchy naming the calling function; messages are built only when throwing.
 *
 * @module
 */
import { DTypeError, ShapeError } from "./errors.js";
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
  for (let i = 0; i < shape.length; i++) n *= shape[i] as number;
  return n;
}

/** Whether two shapes are equal entry by entry. */
export function shapesEqual(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The most axes one array may have: numpy's limit (`NPY_MAXDIMS`). */
export const MAX_NDIM = 64;

/**
 * Checks a shape given by a user: a non-negative integer or an array of them, at most
 * {@link MAX_NDIM} long. The caller's array is read once, entry by entry, into a fresh array, and
 * only that copy is checked and returned (a Proxy or getter cannot change what was checked).
 * With `allocate` (the default) the size must also fit in one array ({@link MAX_SIZE}), so that
 * a refusal comes before any allocation; shapes that describe no array (`broadcastShapes`) pass
 * `allocate: false` and are held only to 2^53.
 */
export function checkShape(fn: string, shape: unknown, options: { allocate?: boolean } = {}): Shape {
  const dims = typeof shape === "number" ? [shape] : copyList(fn, shape, "shape");
  if (dims.length > MAX_NDIM) {
    throw new ShapeError(`${fn}: the shape has ${dims.length} dimensions; at most ${MAX_NDIM} are supported (numpy's limit)`);
  }
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
  const result = dims as number[];
  checkSize(fn, result, options.allocate ?? true);
  return result;
}

/**
 * Refuses a shape with more elements than one array can hold (`limit`) or than 2^53. Its
 * entries must already be non-negative integers.
 */
export function checkSize(fn: string, shape: Shape, limit = true): void {
  const size = shapeSize(shape);
  if (size <= MAX_SIZE) return;
  if (!Number.isSafeInteger(size)) {
    throw new ShapeError(`${fn}: shape ${formatShape(shape)} has more elements than 2^53`);
  }
  if (limit && size > MAX_SIZE) {
    throw new ShapeError(
      `${fn}: shape ${formatShape(shape)} has ${size} elements, more than the ${MAX_SIZE} one array can hold`,
    );
  }
}

/**
 * A fresh copy of a list given by a caller (a shape, axes, strides): `length` read once, each
 * entry read once; holes and lists longer than 2^16 refused. `what` names it in messages.
 */
export function copyList(fn: string, list: unknown, what: string, expected = "an integer or an array of integers"): unknown[] {
  if (!Array.isArray(list)) {
    throw new ShapeError(`${fn}: a ${what} must be ${expected}, got ${describeType(list)}`);
  }
  const n: unknown = list.length;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
    throw new ShapeError(`${fn}: the ${what} array has an invalid length`);
  }
  if (n > 65536) throw new ShapeError(`${fn}: the ${what} array has ${n} entries; at most ${MAX_NDIM} are supported (numpy's limit)`);
  const copy = new Array<unknown>(n);
  for (let i = 0; i < n; i++) {
    const v: unknown = list[i];
    if (v === undefined && !(i in list)) throw new ShapeError(`${fn}: the ${what} array has a hole at position ${i}`);
    copy[i] = v;
  }
  return copy;
}

/**
 * Refuses an options object with a key that `fn` does not take (numpy's "unexpected keyword
 * argument"), naming the key and, when one is close, the option meant. `options` must be an
 * object (a plain one, a class instance, a Proxy) or undefined; only its enumerable string keys
 * count. Allocates nothing for ordinary calls, so it costs nothing measurable on small ones.
 */
export function checkOptions(fn: string, options: unknown, allowed: readonly string[]): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new DTypeError(`${fn}: options must be an object like { ${allowed.join(", ")} }, got ${describeType(options)}`);
  }
  for (const key in options) {
    let known = false;
    for (let i = 0; i < allowed.length && !known; i++) known = allowed[i] === key;
    if (!known) throw unknownOption(fn, key, allowed);
  }
}

function unknownOption(fn: string, key: string, allowed: readonly string[]): DTypeError {
  const near = allowed.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
  const shown = JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
  const takes = allowed.length === 0 ? `${fn} takes no options` : `${fn} takes { ${allowed.join(", ")} }`;
  return new DTypeError(`${fn}: unknown option ${shown}${near ? ` (did you mean "${near}"?)` : ""}; ${takes}`);
}

/** Levenshtein distance, for "did you mean"; the strings are short option names. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || b.length > 40) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * Whether a view with these `shape` and `stride` (element units) may reach one memory cell through
 * two different indices. numpy's quick test (`mem_overlap.c`): with the axes of more than one
 * element sorted by |stride|, each |stride| must exceed the span that the smaller ones cover,
 * Σ |stride_j| (n_j − 1); then no two indices meet. Where that test fails the view is taken as
 * overlapping, which errs only on the side of caution (shape (3, 3) with strides (4, 3) never
 * meets itself, but fails the test).
 */
export function mayOverlapInternally(shape: Shape, stride: readonly number[]): boolean {
  const axes: [number, number][] = [];
  for (let i = 0; i < shape.length; i++) {
    const n = shape[i] as number;
    if (n === 0) return false;
    if (n > 1) axes.push([Math.abs(stride[i] as number), n]);
  }
  axes.sort((x, y) => x[0] - y[0]);
  let span = 0;
  for (const [s, n] of axes) {
    if (s <= span) return true;
    span += s * (n - 1);
  }
  return false;
}
