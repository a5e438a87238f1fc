/**
 * Creating arrays: `array`, `zeros`, `ones`, `full`, `eye` (the ranges are in creation/ranges.ts).
 *
 * @module
 */
import { allocate, checkDType, DEFAULT_DTYPE, DTYPES, dtypeOfTypedArray, type DType, type TypedArray } from "./dtype.js";
import { DTypeError, ShapeError } from "./errors.js";
import { describeType, formatShape } from "./format/format-shape.js";
import { assign, checkAttached, checkElement, freshArray, NDArray, type NestedList } from "./ndarray.js";
import { checkShape, MAX_SIZE, shapeSize, type Shape } from "./validate.js";
import { liftNested } from "./creation/nested.js";
import { matrixArgs } from "./creation/options.js";

// The ranges live in creation/ranges.ts; re-exported here, where the creation functions always were.
export { arange, linspace, type LinspaceOptions } from "./creation/ranges.js";

/** Options of the creation functions. */
export interface DTypeOptions {
  /** The element type; float64 when omitted. */
  dtype?: DType;
}

/** Anything {@link array} accepts: a number, nested arrays of numbers, a typed array, or an NDArray. */
export type ArrayLike = number | NestedList | readonly ArrayLike[] | TypedArray | NDArray;

function dtypeOption(fn: string, options: DTypeOptions | undefined, fallback: DType = DEFAULT_DTYPE): DType {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new DTypeError(`${fn}: options must be an object like { dtype: "float32" }, got ${describeType(options)}`);
  }
  return options?.dtype === undefined ? fallback : checkDType(fn, options.dtype);
}

function build(dtype: DType, shape: Shape, data?: TypedArray): NDArray {
  return freshArray(dtype, shape, data);
}

/**
 * A new array from nested arrays of numbers, a typed array (its dtype is kept unless `dtype` is
 * given), a number (a 0-d array), another NDArray, or a list of NDArrays (stacked, as numpy does;
 * the dtype is their promotion, with float64 when plain numbers are mixed in); other iterables
 * (a Set, a generator) are read as lists. The data is always copied. Nested arrays default to
 * float64, numpy's default float (JS has one number type).
 *
 * @example
 * import { array } from "ndarray-broadcast";
 * console.log(array([[1, 2, 3], [4, 5, 6]], { dtype: "int32" }).toString());
 * // => array([[1, 2, 3],
 * //           [4, 5, 6]], dtype=int32)
 * const v = array([1, 2], { dtype: "int8" });
 * console.log(array([v, v]).toString());
 * // => array([[1, 2],
 * //           [1, 2]], dtype=int8)
 */
export function array(data: ArrayLike, options?: DTypeOptions): NDArray {
  return toArray("array", data, options);
}

/** `x` itself when it is an NDArray, else `array(x)` under the name `fn` for error messages. @internal */
export function asArray(fn: string, x: unknown): NDArray {
  return x instanceof NDArray ? checkAttached(fn, x) : toArray(fn, x);
}

/** {@link array} under another function's name, for error messages. @internal */
export function toArray(fn: string, data: unknown, options?: DTypeOptions): NDArray {
  // lists holding NDArrays, typed arrays or iterables (issue 15): read as plain nested lists
  const nested = liftNested(data);
  if (nested !== undefined) return toArray(fn, nested.lists, options ?? (nested.dtype === undefined ? undefined : { dtype: nested.dtype }));
  if (data instanceof NDArray) {
    checkAttached(fn, data);
    const dtype = dtypeOption(fn, options, data.dtype);
    const out = build(dtype, data.shape);
    if (data.size > 0 && (DTYPES[dtype].kind === "f" || dtype === data.dtype)) {
      // into a float (or the same) dtype every value converts as the typed array converts it
      assign(out.toNdarray(), data.toNdarray());
    } else if (data.size > 0) {
      const src = data.toNdarray();
      const dst = out.toNdarray();
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
  if (ArrayBuffer.isView(data)) {
    const from = dtypeOfTypedArray(data);
    if (from === undefined) {
      throw new DTypeError(`${fn}: ${describeType(data)} is not supported; use one of the typed arrays of the dtypes`);
    }
    const dtype = dtypeOption(fn, options, from);
    const src = data as TypedArray;
    const out = allocate(dtype, src.length);
    for (let i = 0; i < src.length; i++) out[i] = castValue(fn, dtype, src[i] as number);
    return build(dtype, [src.length], out);
  }
  const dtype = dtypeOption(fn, options);
  const shape = nestedShape(fn, data);
  const out = allocate(dtype, shapeSize(shape));
  let k = 0;
  const fill = (x: unknown, depth: number, path: number[]): void => {
    if (depth === shape.length) {
      if (typeof x !== "number") {
        throw new DTypeError(`${fn}: the entry at ${formatPath(path)} is ${describeType(x)}, not a number`);
      }
      out[k++] = castValue(fn, dtype, x);
      return;
    }
    const list = x as unknown[];
    for (let i = 0; i < list.length; i++) fill(list[i], depth + 1, [...path, i]);
  };
  fill(data, 0, []);
  return build(dtype, shape, out);
}

function formatPath(path: readonly number[]): string {
  return `[${path.join(", ")}]`;
}

/** Converts a number for an array of `dtype`, refusing what numpy refuses (NaN into an integer, …). */
function castValue(fn: string, dtype: DType, x: number): number {
  return dtype === "float64" || dtype === "float32" ? x : checkElement(fn, dtype, x);
}

/** The shape of a nested list, checked to be rectangular and without holes. */
function nestedShape(fn: string, data: unknown): Shape {
  const shape: number[] = [];
  let x: unknown = data;
  while (Array.isArray(x)) {
    shape.push(x.length);
    if (x.length === 0) break;
    x = x[0];
  }
  const check = (node: unknown, depth: number, path: number[]): void => {
    if (depth === shape.length) {
      if (Array.isArray(node)) {
        throw new ShapeError(
          `${fn}: ragged nested sequence: the entry at ${formatPath(path)} is a list, where ${formatPath(path.slice(0, -1))} holds numbers`,
        );
      }
      return;
    }
    if (!Array.isArray(node)) {
      throw new ShapeError(
        `${fn}: ragged nested sequence: expected a list of length ${shape[depth]} at ${formatPath(path)}, got ${describeType(node)}`,
      );
    }
    if (node.length !== shape[depth]) {
      throw new ShapeError(
        `${fn}: ragged nested sequence: the list at ${formatPath(path)} has length ${node.length}, expected ${shape[depth]} (shape ${formatShape(shape.slice(0, depth + 1))} so far)`,
      );
    }
    for (let i = 0; i < node.length; i++) {
      if (!(i in node)) throw new ShapeError(`${fn}: the list at ${formatPath(path)} has a hole at index ${i}`);
      check(node[i], depth + 1, [...path, i]);
    }
  };
  check(data, 0, []);
  if (shapeSize(shape) > MAX_SIZE) throw new ShapeError(`${fn}: too many elements`);
  return shape;
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
 * An array of `shape` filled with `value`.
 *
 * @example
 * import { full } from "ndarray-broadcast";
 * console.log(full([2], 7.5).toString());
 * // => array([7.5, 7.5])
 */
export function full(shape: number | readonly number[], value: number, options?: DTypeOptions): NDArray {
  return fill("full", shape, value, options);
}

function fill(fn: string, shape: unknown, value: unknown, options: DTypeOptions | undefined): NDArray {
  const s = checkShape(fn, shape);
  const dtype = dtypeOption(fn, options);
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
