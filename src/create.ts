/**
 * Creating arrays: `array`, `zeros`, `ones`, `full`, `eye` (the ranges are in creation/ranges.ts).
 *
 * @module
 */
import { allocate, checkDType, DEFAULT_DTYPE, DTYPES, dtypeOfTypedArray, typedLength, type DType, type TypedArray } from "./dtype.js";
import { DTypeError, ShapeError } from "./errors.js";
import { describeType, formatShape, formatValue } from "./format/format-shape.js";
import { assign, attachedArray, checkAttached, checkElement, freshArray, isNDArray, looksLikeNDArray, notAnNDArray, viewOf, type NDArray, type NDArrayJSON, type NestedList } from "./ndarray.js";
import { checkOptions, checkShape, checkSize, MAX_NDIM, shapeSize, type Shape } from "./validate.js";
import { liftNested } from "./creation/nested.js";
import { matrixArgs } from "./creation/options.js";
import { readRecord } from "./io/json.js";

// The ranges live in creation/ranges.ts; re-exported here, where the creation functions always were.
export { arange, linspace, type LinspaceOptions } from "./creation/ranges.js";

/** Options of the creation functions. */
export interface DTypeOptions {
  /** The element type; float64 when omitted. */
  dtype?: DType;
}

/** Anything {@link array} accepts: a number, nested arrays of numbers, a typed array, or an NDArray. */
export type ArrayLike = number | NestedList | readonly ArrayLike[] | TypedArray | NDArray;

/** The options each creation function takes (`dtype` alone unless listed). */
const CREATION_OPTIONS: Readonly<Record<string, readonly string[]>> = { linspace: ["dtype", "endpoint"] };
const DTYPE_ONLY = ["dtype"] as const;

function dtypeOption(fn: string, options: DTypeOptions | undefined, fallback: DType = DEFAULT_DTYPE): DType {
  return requestedDtype(fn, options) ?? fallback;
}

/** The `dtype` option, checked, or undefined when not given. */
function requestedDtype(fn: string, options: DTypeOptions | undefined): DType | undefined {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new DTypeError(`${fn}: options must be an object like { dtype: "float32" }, got ${describeType(options)}`);
  }
  checkOptions(fn, options, CREATION_OPTIONS[fn] ?? DTYPE_ONLY);
  const dtype: unknown = options?.dtype;
  return dtype === undefined ? undefined : checkDType(fn, dtype);
}

function build(dtype: DType, shape: Shape, data?: TypedArray): NDArray {
  return freshArray(dtype, shape, data);
}

/**
 * A new array from nested arrays of numbers or booleans, a typed array (its dtype is kept unless
 * `dtype` is given), a number (a 0-d array), another NDArray, or a list of NDArrays (stacked, as
 * numpy does; the dtype is their promotion, with float64 when plain numbers are mixed in); other
 * iterables (a Set, a generator) are read as lists. The data is always copied. Nested arrays of
 * numbers default to float64, numpy's default float (JS has one number type); nested arrays of
 * JS booleans make a `bool` array. An array's JSON record (`a.toJSON()`, or `JSON.parse` of
 * `JSON.stringify(a)`) gives back the same dtype, shape and bits, as {@link fromJSON} does; with
 * `{ dtype }` the values are cast as numpy's `np.array(a, dtype=…)` casts an array (as
 * {@link astype}). A string is refused: read JSON text with `fromJSON`.
 *
 * @example
 * import { array } from "ndarray-broadcast";
 * console.log(array([[1, 2, 3], [4, 5, 6]], { dtype: "int32" }).toString());
 * // => array([[1, 2, 3],
 * //           [4, 5, 6]], dtype=int32)
 * console.log(array([true, false]).toString(), array([0, 2.5], { dtype: "bool" }).tolist());
 * // => array([ True, False]) [ false, true ]
 * const v = array([1, 2], { dtype: "int8" });
 * console.log(array([v, v]).toString());
 * // => array([[1, 2],
 * //           [1, 2]], dtype=int8)
 * const record = JSON.parse(JSON.stringify(array([1.5, NaN, -0], { dtype: "float32" })));
 * console.log(record, array(record).toString());
 * // => { dtype: 'float32', shape: [ 3 ], data: [ 1.5, 'nan', '-0' ] } array([ 1.5,  nan, -0. ], dtype=float32)
 * console.log(array({ dtype: "int32", shape: [2], data: [300, -1] }, { dtype: "uint8" }).toString());
 * // => array([ 44, 255], dtype=uint8)
 */
export function array(data: ArrayLike | NDArrayJSON, options?: DTypeOptions): NDArray {
  return arrayOrRecord("array", data, options);
}

/**
 * {@link array} under the name `fn` (`asarray` too): an array's JSON record read back, a string
 * refused, anything else as {@link toArray}. @internal
 */
export function arrayOrRecord(fn: string, data: unknown, options?: DTypeOptions): NDArray {
  if (typeof data === "string") {
    throw new DTypeError(
      `${fn}: a string is not an array (numpy makes a 0-d string array; this library has no string dtype); to read an array's JSON text, use fromJSON(text) or ${fn}(JSON.parse(text))`,
    );
  }
  if (isPlainObject(data)) return readRecord(fn, data, requestedDtype(fn, options));
  return toArray(fn, data, options);
}

/** An object literal or `JSON.parse`'s object (not an array, a typed array, an iterable or an NDArray look-alike). */
function isPlainObject(x: unknown): x is object {
  if (typeof x !== "object" || x === null || Array.isArray(x) || ArrayBuffer.isView(x) || looksLikeNDArray(x) || isNDArray(x)) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return (proto === Object.prototype || proto === null) && !(Symbol.iterator in x);
}

/**
 * `x` itself when it is an NDArray, else `array(x)` under the name `fn` for error messages;
 * `position` (1-based) names a missing argument. @internal
 */
export function asArray(fn: string, x: unknown, position?: number): NDArray {
  return attachedArray(fn, x) ?? toArray(fn, x, undefined, position);
}

/** {@link array} under another function's name, for error messages. @internal */
export function toArray(fn: string, data: unknown, options?: DTypeOptions, position?: number): NDArray {
  if (looksLikeNDArray(data)) throw notAnNDArray(fn, data, position === undefined ? "the array" : `argument ${position}`);
  // lists holding NDArrays, typed arrays or iterables (issue 15): read as plain nested lists
  const nested = liftNested(data);
  if (nested !== undefined) return toArray(fn, nested.lists, options ?? (nested.dtype === undefined ? undefined : { dtype: nested.dtype }), position);
  if (isNDArray(data)) {
    checkAttached(fn, data);
    const dtype = dtypeOption(fn, options, data.dtype);
    const out = build(dtype, data.shape);
    if (data.size > 0 && (DTYPES[dtype].kind === "f" || dtype === data.dtype)) {
      // into a float (or the same) dtype every value converts as the typed array converts it
      assign(viewOf(out), viewOf(data));
    } else if (data.size > 0) {
      const src = viewOf(data);
      const dst = viewOf(out);
      const idx: number[] = [];
      const visit = (axis: number): void => {
        if (axis === data.ndim) {
          dst.set(...idx, castValue(fn, dtype, src.get(...idx)));
          return;
        }
        for (let i = 0; i < (data.shape[axis] as number); i++) {
          idx[axis] = i;
          visit(axis + 1);
        }
      };
      visit(0);
    }
    return out;
  }
  if (looksLikeNDArray(data)) throw notAnNDArray(fn, data, position === undefined ? "the argument" : `argument ${position}`);
  if (data === undefined && position !== undefined) {
    throw new DTypeError(`${fn}: argument ${position} is missing (undefined); expected an NDArray, a nested array of numbers or a typed array`);
  }
  if (ArrayBuffer.isView(data)) {
    const from = dtypeOfTypedArray(data);
    if (from === undefined) {
      throw new DTypeError(`${fn}: ${describeType(data)} is not supported; use one of the typed arrays of the dtypes`);
    }
    const dtype = dtypeOption(fn, options, from);
    const src = data as TypedArray;
    const n = typedLength(src);
    checkSize(fn, [n]);
    const out = allocate(dtype, n);
    for (let i = 0; i < n; i++) out[i] = castValue(fn, dtype, src[i] as number);
    return build(dtype, [n], out);
  }
  const shape = nestedShape(fn, data);
  // JS booleans alone make a bool array, as Python's True and False do in numpy
  const dtype = dtypeOption(fn, options, shapeSize(shape) > 0 && allBooleans(data) ? "bool" : DEFAULT_DTYPE);
  const out = allocate(dtype, shapeSize(shape));
  readNested(fn, data, shape, { out, dtype });
  return build(dtype, shape, out);
}

/** Whether every leaf of a nested list (or the value itself) is a JS boolean. */
function allBooleans(x: unknown): boolean {
  if (typeof x === "boolean") return true;
  return Array.isArray(x) && x.every(allBooleans);
}

function formatPath(path: readonly number[]): string {
  return `[${path.join(", ")}]`;
}

/** Converts a number (or boolean) for an array of `dtype`, refusing what numpy refuses (NaN into an integer, …). */
function castValue(fn: string, dtype: DType, x: number | boolean): number {
  return (dtype === "float64" || dtype === "float32") && typeof x === "number" ? x : checkElement(fn, dtype, x);
}

/**
 * The shape of a nested list, from its first entries: at most {@link MAX_NDIM} levels (a list
 * that contains itself, or one nested deeper, is refused), at most {@link MAX_SIZE} elements.
 * Then checked in full (rectangular, no holes, numbers at the leaves) by {@link readNested}.
 */
function nestedShape(fn: string, data: unknown): Shape {
  const shape: number[] = [];
  const chain: unknown[] = [];
  let x: unknown = data;
  while (Array.isArray(x)) {
    if (chain.includes(x)) {
      throw new ShapeError(`${fn}: the list at ${formatPath(shape.map(() => 0))} contains itself (a cyclic list has no shape)`);
    }
    if (shape.length === MAX_NDIM) {
      throw new ShapeError(`${fn}: the list is nested more than ${MAX_NDIM} deep; at most ${MAX_NDIM} dimensions are supported (numpy's limit)`);
    }
    chain.push(x);
    const n: unknown = x.length;
    shape.push(n as number);
    if (n === 0) break;
    x = x[0];
  }
  readNested(fn, data, shape);
  checkSize(fn, shape);
  return shape;
}

/**
 * Walks a nested list against `shape`, refusing ragged rows, holes and entries that are not
 * numbers; with `into`, also writes the numbers (cast to its dtype) in C order. Each list's
 * length and each entry are read once per walk, and the writing walk checks again what it reads,
 * so a list that changes between the walks (a Proxy, a getter) is refused, never half-read.
 */
function readNested(fn: string, data: unknown, shape: Shape, into?: { out: TypedArray; dtype: DType }): void {
  const path: number[] = [];
  const at = (depth: number): string => formatPath(path.slice(0, depth));
  let k = 0;
  const visit = (node: unknown, depth: number): void => {
    if (depth === shape.length) {
      if (Array.isArray(node)) {
        throw new ShapeError(`${fn}: ragged nested sequence: the entry at ${at(depth)} is a list, where ${at(depth - 1)} holds numbers`);
      }
      if (typeof node !== "number" && typeof node !== "boolean") {
        throw new DTypeError(`${fn}: the entry at ${at(depth)} is ${describeType(node)}, not a number or a boolean`);
      }
      if (into) into.out[k++] = castValue(fn, into.dtype, node);
      return;
    }
    if (!Array.isArray(node)) {
      throw new ShapeError(`${fn}: ragged nested sequence: expected a list of length ${shape[depth]} at ${at(depth)}, got ${describeType(node)}`);
    }
    const n: unknown = node.length;
    if (n !== shape[depth]) {
      throw new ShapeError(
        `${fn}: ragged nested sequence: the list at ${at(depth)} has length ${formatValue(n)}, expected ${shape[depth]} (shape ${formatShape(shape.slice(0, depth + 1))} so far)`,
      );
    }
    for (let i = 0; i < (n as number); i++) {
      path[depth] = i;
      const v: unknown = node[i];
      if (v === undefined && !(i in node)) throw new ShapeError(`${fn}: the list at ${at(depth)} has a hole at index ${i}`);
      visit(v, depth + 1);
    }
  };
  if (into === undefined) {
    // a leaf of the wrong type is reported by the writing walk, after every list was checked
    const leaves = (node: unknown, depth: number): void => {
      if (depth === shape.length) {
        if (Array.isArray(node)) visit(node, depth);
        return;
      }
      if (!Array.isArray(node) || node.length !== shape[depth]) return visit(node, depth);
      for (let i = 0; i < node.length; i++) {
        path[depth] = i;
        const v: unknown = node[i];
        if (v === undefined && !(i in node)) throw new ShapeError(`${fn}: the list at ${at(depth)} has a hole at index ${i}`);
        leaves(v, depth + 1);
      }
    };
    leaves(data, 0);
    return;
  }
  visit(data, 0);
}

/**
 * An array of `shape` filled with zeros.
 *
 * @example
 * import { zeros } from "ndarray-broadcast";
 * console.log(zeros([2, 3]).toString());
 * // => array([[0., 0., 0.],
 * //           [0., 0., 0.]])
 */
export function zeros(shape: number | readonly number[], options?: DTypeOptions): NDArray {
  const s = checkShape("zeros", shape);
  return build(dtypeOption("zeros", options), s);
}

/**
 * An array of `shape` filled with ones.
 *
 * @example
 * import { ones } from "ndarray-broadcast";
 * console.log(ones(3, { dtype: "int32" }).toString());
 * // => array([1, 1, 1], dtype=int32)
 */
export function ones(shape: number | readonly number[], options?: DTypeOptions): NDArray {
  return fill("ones", shape, 1, options);
}

/**
 * An array of `shape` filled with `value`; a boolean value makes a `bool` array.
 *
 * @example
 * import { full } from "ndarray-broadcast";
 * console.log(full([2], 7.5).toString(), full(2, true).toString());
 * // => array([7.5, 7.5]) array([ True,  True])
 */
export function full(shape: number | readonly number[], value: number | boolean, options?: DTypeOptions): NDArray {
  return fill("full", shape, value, options);
}

function fill(fn: string, shape: unknown, value: unknown, options: DTypeOptions | undefined): NDArray {
  const s = checkShape(fn, shape);
  // a boolean fill value makes a bool array, as numpy's full(shape, True)
  const dtype = dtypeOption(fn, options, typeof value === "boolean" ? "bool" : DEFAULT_DTYPE);
  const v = checkElement(fn, dtype, value);
  const data = allocate(dtype, shapeSize(s));
  data.fill(v);
  return build(dtype, s, data);
}

/** Options of {@link eye}. */
export interface EyeOptions extends DTypeOptions {
  /** The diagonal: 0 the main one, > 0 above, < 0 below (also the third positional argument). */
  k?: number;
}

/**
 * The `n × m` matrix (`m` defaults to `n`) with ones on diagonal `k` (0 the main diagonal, > 0
 * above, < 0 below). `k` is an option, as in the Array API, or numpy's third positional argument.
 *
 * @example
 * import { eye } from "ndarray-broadcast";
 * console.log(eye(2, 3, { k: 1 }).toString(), eye(2, { dtype: "int32" }).toString());
 * // => array([[0., 1., 0.],
 * //           [0., 0., 1.]]) array([[1, 0],
 * //           [0, 1]], dtype=int32)
 */
export function eye(n: number, options?: EyeOptions): NDArray;
export function eye(n: number, m: number | null | undefined, options?: EyeOptions): NDArray;
export function eye(n: number, m: number | null | undefined, k: number, options?: EyeOptions): NDArray;
export function eye(...args: unknown[]): NDArray {
  const { rows, cols, k, dtype } = matrixArgs("eye", args);
  const data = allocate(dtype, rows * cols);
  for (let i = Math.max(0, -k); i < rows && i + k < cols; i++) data[i * cols + i + k] = 1;
  return build(dtype, [rows, cols], data);
}
