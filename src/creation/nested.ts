/**
 * What `array` reads besides nested lists of numbers: lists that hold NDArrays, typed arrays or
 * other iterables, at any depth (numpy stacks them), and iterables themselves.
 *
 * @module
 */
import { DEFAULT_DTYPE, dtypeOfTypedArray, promoteTypes, type DType, type TypedArray } from "../dtype.js";
import { NDArray } from "../ndarray.js";
import { MAX_NDIM, MAX_SIZE } from "../validate.js";

/**
 * `data` as plain nested lists with the dtype numpy would give it (see {@link nestedArrays}), or
 * `undefined` when it needs no lifting (plain lists, typed arrays, NDArrays, numbers).
 * @internal
 */
export function liftNested(data: unknown): { lists: unknown[]; dtype: DType | undefined } | undefined {
  if (Array.isArray(data)) return nestedArrays(data);
  if (!isIterable(data)) return undefined;
  const list = Array.from(data); // read once: a generator cannot be read again
  return nestedArrays(list) ?? { lists: list, dtype: undefined };
}

/** Iterables other than strings and the types `array` reads directly (a Set, a generator, …). */
function isIterable(x: unknown): x is Iterable<unknown> {
  return typeof x === "object" && x !== null && !ArrayBuffer.isView(x) && !(x instanceof NDArray) && Symbol.iterator in x;
}

/** Thrown inside {@link nestedArrays} to stop a walk that goes deeper than an array can. */
const TOO_DEEP = Symbol("too deep");

/**
 * A nested list holding NDArrays, typed arrays or other iterables (at any depth) as plain nested
 * lists, and the dtype numpy's `array` gives it: the promotion of the arrays' dtypes, with
 * float64 for plain JS numbers (numpy's `array([int32_array, [1, 2]])` is int64: Python ints are
 * not weak here). `undefined` when the list holds none of them.
 */
export function nestedArrays(data: readonly unknown[]): { lists: unknown[]; dtype: DType | undefined } | undefined {
  let dtype: DType | undefined;
  let numbers = false;
  let changed = false;
  // Deeper than numpy's 64 dimensions, or a list that contains itself: the walk stops at once
  // (going on would branch at every level of [a, a]) and leaves the list to the shape reader,
  // which refuses it by name.
  const walk = (x: unknown, depth: number): unknown => {
    if (depth > MAX_NDIM) throw TOO_DEEP;
    if (x instanceof NDArray) {
      changed = true;
      dtype = dtype === undefined ? x.dtype : promoteTypes(dtype, x.dtype);
      return x.tolist();
    }
    if (ArrayBuffer.isView(x) && dtypeOfTypedArray(x) !== undefined) {
      changed = true;
      const d = dtypeOfTypedArray(x) as DType;
      dtype = dtype === undefined ? d : promoteTypes(dtype, d);
      return Array.from(x as TypedArray);
    }
    // a list longer than an array can hold is left for the shape reader to refuse by name
    if (Array.isArray(x)) return x.length <= MAX_SIZE ? x.map((y) => walk(y, depth + 1)) : x;
    if (isIterable(x) && typeof x !== "string") {
      changed = true;
      return Array.from(x).map((y) => walk(y, depth + 1));
    }
    if (typeof x === "number") numbers = true;
    return x;
  };
  if (!(data.length <= MAX_SIZE)) return undefined;
  let lists: unknown[];
  try {
    lists = data.map((y) => walk(y, 1));
  } catch (e) {
    if (e === TOO_DEEP) return undefined;
    throw e;
  }
  if (!changed) return undefined;
  return { lists, dtype: dtype === undefined ? undefined : numbers ? promoteTypes(dtype, DEFAULT_DTYPE) : dtype };
}

