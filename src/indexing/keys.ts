/**
 * The key reader: what each key of `a[k0, k1, …]` is — an integer, a slice, `"..."`, a new axis,
 * an integer array or a boolean mask — checked and converted once, before anything is indexed.
 *
 * @module
 */
import { DTYPES, type TypedArray } from "../dtype.js";
import { IndexError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { checkAttached, isCContiguous, NDArray, viewOf } from "../ndarray.js";
import { shapeSize, type Shape } from "../validate.js";
import { parseSlice, Slice } from "./slice.js";

/**
 * One key of an index: an integer (negative counts from the end), a slice (`"1:-1"`, `":"`,
 * `slice(1, null, 2)`), `"..."`, `null`/`newaxis`, an integer array (NDArray or nested JS arrays
 * of integers, any shape), or a boolean mask (nested JS booleans, a JS boolean for a 0-d mask, or
 * a `bool` NDArray).
 */
export type Key = number | string | Slice | null | boolean | NDArray | readonly unknown[] | ArrayBufferView;

/** Flat values in C order with their shape. */
export interface FlatArray {
  readonly shape: Shape;
  readonly values: ArrayLike<number>;
}

/** A key, read. `position` is its place in the list of keys, for messages. */
export type ReadKey =
  | { readonly kind: "int"; readonly value: number; readonly position: number }
  | { readonly kind: "slice"; readonly slice: Slice; readonly position: number }
  | { readonly kind: "ellipsis"; readonly position: number }
  | { readonly kind: "newaxis"; readonly position: number }
  | { readonly kind: "array"; readonly array: FlatArray; readonly position: number }
  | { readonly kind: "mask"; readonly array: FlatArray; readonly position: number };

/** Whether `a` is a boolean NDArray (the `bool` dtype), which indexes as a mask. */
export function isBoolArray(a: NDArray): boolean {
  return a.dtype === "bool";
}

/** The elements of `a` in C order: its own typed array when it is C-contiguous (no copy). */
export function flatValues(a: NDArray): TypedArray {
  const n = a.size;
  if (isCContiguous(viewOf(a))) return a.data.subarray(a.offset, a.offset + n) as TypedArray;
  return (a.copy().data as TypedArray).subarray(0, n) as TypedArray;
}

const INDEX_TYPES =
  "only integers, slices (\"1:-1\", \":\" or slice()), \"...\", null/newaxis, and integer or boolean arrays are valid keys";

/** Reads one key; `fn` and `position` name it in errors. */
export function readKey(fn: string, key: unknown, position: number): ReadKey {
  if (typeof key === "number") {
    if (!Number.isInteger(key)) {
      throw new IndexError(`${fn}: keys[${position}] is ${key}, which is not an integer; ${INDEX_TYPES}`);
    }
    return { kind: "int", value: key === 0 ? 0 : key, position };
  }
  if (key === null) return { kind: "newaxis", position };
  if (typeof key === "string") {
    if (key === "...") return { kind: "ellipsis", position };
    return { kind: "slice", slice: parseSlice(fn, key, position), position };
  }
  if (key instanceof Slice) return { kind: "slice", slice: key, position };
  if (typeof key === "boolean") return { kind: "mask", array: { shape: [], values: Uint8Array.of(key ? 1 : 0) }, position };
  if (key instanceof NDArray) {
    checkAttached(fn, key);
    // a bool array holds 0 and 1 only (its dtype's invariant), which the mask walks rely on
    if (isBoolArray(key)) return { kind: "mask", array: { shape: key.shape, values: flatValues(key) }, position };
    if (DTYPES[key.dtype].kind === "f") {
      throw new IndexError(
        `${fn}: keys[${position}] is a ${key.dtype} array of shape ${formatShape(key.shape)}; arrays used as indices must be of integer (or boolean) type`,
      );
    }
    return { kind: "array", array: { shape: key.shape, values: flatValues(key) }, position };
  }
  if (Array.isArray(key)) return readNested(fn, key, position);
  if (ArrayBuffer.isView(key) && !(key instanceof DataView)) {
    if (key instanceof BigInt64Array || key instanceof BigUint64Array) {
      throw new IndexError(
        `${fn}: keys[${position}] is a ${key.constructor.name}, whose BigInt elements cannot index; pass an Int32Array, a nested array of numbers or an integer NDArray`,
      );
    }
    const values = key as unknown as TypedArray;
    if (values instanceof Float64Array || values instanceof Float32Array) {
      for (const v of values) if (!Number.isInteger(v)) throw new IndexError(`${fn}: keys[${position}] holds ${v}, which is not an integer; ${INDEX_TYPES}`);
    }
    return { kind: "array", array: { shape: [values.length], values }, position };
  }
  throw new IndexError(`${fn}: keys[${position}] is ${describeType(key)}; ${INDEX_TYPES}`);
}

/** A nested JS array key: integers (an index array) or booleans (a mask), rectangular. */
function readNested(fn: string, key: readonly unknown[], position: number): ReadKey {
  const shape: number[] = [];
  let x: unknown = key;
  while (Array.isArray(x)) {
    shape.push(x.length);
    if (x.length === 0) break;
    x = x[0];
  }
  const bool = typeof x === "boolean";
  const size = shapeSize(shape);
  const last = shape.length - 1;
  const width = shape[last] as number;
  const bad = (node: unknown): never => {
    const what = typeof node === "number" ? String(node) : describeType(node);
    throw new IndexError(
      `${fn}: keys[${position}] holds ${what} among ${bool ? "booleans" : "integers"}; an index array holds integers only, a mask booleans only`,
    );
  };
  // the innermost lists, checked to be rectangular; then one tight loop per kind over them
  const rows: (readonly unknown[])[] = [];
  const collect = (node: unknown, depth: number): void => {
    if (!Array.isArray(node) || node.length !== shape[depth]) {
      throw new IndexError(`${fn}: keys[${position}] is a ragged nested array (expected shape ${formatShape(shape)}); an index array must be rectangular`);
    }
    if (depth === last) rows.push(node);
    else for (let i = 0; i < node.length; i++) collect(node[i], depth + 1);
  };
  if (size > 0 || shape.length > 1) collect(key, 0);
  let values: Uint8Array | Float64Array;
  if (bool) {
    const out = new Uint8Array(size);
    let k = 0;
    for (const row of rows) {
      for (let i = 0; i < width; i++) {
        const v = row[i];
        if (v === true) out[k++] = 1;
        else if (v === false) k++;
        else bad(v);
      }
    }
    values = out;
  } else {
    const out = new Float64Array(size);
    let k = 0;
    for (const row of rows) {
      for (let i = 0; i < width; i++) {
        const v = row[i];
        if (typeof v !== "number" || !Number.isInteger(v)) bad(v);
        out[k++] = (v as number) + 0;
      }
    }
    values = out;
  }
  return { kind: bool ? "mask" : "array", array: { shape, values }, position };
}
