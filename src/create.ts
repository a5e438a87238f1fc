/**
 * Creating arrays: `array`, `zeros`, `ones`, `full`, `arange`, `linspace`, `eye`.
 *
 * @module
 */
import { allocate, checkDType, DEFAULT_DTYPE, DTYPES, dtypeOfTypedArray, type DType, type TypedArray } from "./dtype.js";
import { DTypeError, ShapeError } from "./errors.js";
import { describeType, formatShape } from "./format/format-shape.js";
import { assign, checkAttached, checkElement, freshArray, NDArray, type NestedList } from "./ndarray.js";
import { checkShape, MAX_SIZE, shapeSize, type Shape } from "./validate.js";

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
 * A new array from nested arrays of numbers or booleans, a typed array (its dtype is kept unless
 * `dtype` is given), a number (a 0-d array) or another NDArray. The data is always copied. Nested
 * arrays of numbers default to float64, numpy's default float (JS has one number type); nested
 * arrays of JS booleans make a `bool` array.
 *
 * @example
 * import { array } from "ndarray-broadcast";
 * console.log(array([[1, 2, 3], [4, 5, 6]], { dtype: "int32" }).toString());
 * // => array([[1, 2, 3],
 * //           [4, 5, 6]], dtype=int32)
 * console.log(array([true, false]).toString(), array([0, 2.5], { dtype: "bool" }).tolist());
 * // => array([ True, False]) [ false, true ]
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
  const shape = nestedShape(fn, data);
  // JS booleans alone make a bool array, as Python's True and False do in numpy
  const dtype = dtypeOption(fn, options, shapeSize(shape) > 0 && allBooleans(data) ? "bool" : DEFAULT_DTYPE);
  const out = allocate(dtype, shapeSize(shape));
  let k = 0;
  const fill = (x: unknown, depth: number, path: number[]): void => {
    if (depth === shape.length) {
      if (typeof x !== "number" && typeof x !== "boolean") {
        throw new DTypeError(`${fn}: the entry at ${formatPath(path)} is ${describeType(x)}, not a number or a boolean`);
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

/**
 * Evenly spaced values in `[start, stop)`: `arange(stop)` or `arange(start, stop, step)`, as
 * numpy: `ceil((stop - start) / step)` values `start + i * step`.
 *
 * @example
 * import { arange } from "ndarray-broadcast";
 * console.log(arange(4).toString(), arange(1, 2, 0.25).toString());
 * // => array([0., 1., 2., 3.]) array([1.  , 1.25, 1.5 , 1.75])
 */
export function arange(start: number, stop?: number, step?: number, options?: DTypeOptions): NDArray {
  const fn = "arange";
  const [lo, hi] = stop === undefined ? [0, start] : [start, stop];
  const st = step ?? 1;
  for (const [name, v] of [["start", lo], ["stop", hi], ["step", st]] as const) {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new DTypeError(`${fn}: ${name} must be a finite number, got ${typeof v === "number" ? v : describeType(v)}`);
    }
  }
  if (st === 0) throw new ShapeError(`${fn}: step must not be 0`);
  const n = Math.max(0, Math.ceil((hi - lo) / st));
  const dtype = dtypeOption(fn, options);
  const shape = checkShape(fn, [n]);
  const data = allocate(dtype, n);
  for (let i = 0; i < n; i++) data[i] = lo + i * st;
  return build(dtype, shape, data);
}

/** Options of {@link linspace}. */
export interface LinspaceOptions extends DTypeOptions {
  /** Whether `stop` is the last value (default true). */
  endpoint?: boolean;
}

/**
 * `num` evenly spaced values from `start` to `stop` (inclusive unless `endpoint: false`), computed
 * as numpy does: `start + i * step`, with the last value exactly `stop`.
 *
 * @example
 * import { linspace } from "ndarray-broadcast";
 * console.log(linspace(0, 1, 5).toString());
 * // => array([0.  , 0.25, 0.5 , 0.75, 1.  ])
 */
export function linspace(start: number, stop: number, num = 50, options?: LinspaceOptions): NDArray {
  const fn = "linspace";
  for (const [name, v] of [["start", start], ["stop", stop]] as const) {
    if (typeof v !== "number" || Number.isNaN(v)) {
      throw new DTypeError(`${fn}: ${name} must be a number, got ${describeType(v)}`);
    }
  }
  const shape = checkShape(fn, [num]);
  const endpoint = options?.endpoint ?? true;
  const dtype = dtypeOption(fn, options);
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const step = delta / div;
  const data = allocate(dtype, num);
  for (let i = 0; i < num; i++) {
    // numpy: with no step (0 or 1 values) i·delta; with a zero step (i/div)·delta; else i·step.
    data[i] = (div <= 0 ? i * delta : step === 0 ? (i / div) * delta : i * step) + start;
  }
  if (endpoint && num > 1) data[num - 1] = stop;
  return build(dtype, shape, data);
}

/**
 * The `n × m` matrix with ones on diagonal `k` (0 the main diagonal, > 0 above, < 0 below).
 *
 * @example
 * import { eye } from "ndarray-broadcast";
 * console.log(eye(2, 3, 1).toString());
 * // => array([[0., 1., 0.],
 * //           [0., 0., 1.]])
 */
export function eye(n: number, m: number = n, k = 0, options?: DTypeOptions): NDArray {
  const shape = checkShape("eye", [n, m]);
  if (!Number.isInteger(k)) throw new ShapeError(`eye: k must be an integer, got ${String(k)}`);
  const dtype = dtypeOption("eye", options);
  const data = allocate(dtype, n * m);
  for (let i = Math.max(0, -k); i < n && i + k < m; i++) data[i * m + i + k] = 1;
  return build(dtype, shape, data);
}
