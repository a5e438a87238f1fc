/**
 * The unary elementwise functions, and `map` for any scalar function. Float-valued functions
 * (`exp`, `log`, `sqrt`, `tanh`, `sigmoid`, `sin`, `cos`) give float32 for 8- and 16-bit integers
 * and float64 for 32-bit ones; `negative`, `abs`, `square` and `relu` keep the dtype.
 *
 * @module
 */
import { checkDType, DTYPES, type DType } from "../dtype.js";
import { DTypeError } from "../errors.js";
import { describeType, formatValue } from "../format/format-shape.js";
import { assign, checkAttached, checkElement, freshArray, viewOf, type NDArray } from "../ndarray.js";
import { checkOut, operandView, readOut, unary, type OperandLike, type OutOptions } from "./elementwise.js";
import { mapKernel } from "./kernels.js";
import { operandShape, readOperand } from "./operand.js";

/**
 * `-a`.
 *
 * @example
 * import { negative, array } from "ndarray-broadcast";
 * console.log(negative(array([0, 1.5])).toString());
 * // => array([-0. , -1.5])
 */
export function negative(a: OperandLike, options?: OutOptions): NDArray {
  return unary("negative", a, options);
}

/**
 * `|a|`.
 *
 * @example
 * import { abs, array } from "ndarray-broadcast";
 * console.log(abs(array([-2, 3], { dtype: "int8" })).toString());
 * // => array([2, 3], dtype=int8)
 */
export function abs(a: OperandLike, options?: OutOptions): NDArray {
  return unary("abs", a, options);
}

/**
 * `eᵃ`.
 *
 * @example
 * import { exp, array } from "ndarray-broadcast";
 * console.log(exp(array([0, 1])).toString());
 * // => array([1.        , 2.71828183])
 */
export function exp(a: OperandLike, options?: OutOptions): NDArray {
  return unary("exp", a, options);
}

/**
 * The natural logarithm; `log(0)` is `-inf` and `log(-1)` is NaN, as numpy.
 *
 * @example
 * import { log, array } from "ndarray-broadcast";
 * console.log(log(array([1, 0, -1])).toString());
 * // => array([  0., -inf,  nan])
 */
export function log(a: OperandLike, options?: OutOptions): NDArray {
  return unary("log", a, options);
}

/**
 * The square root (correctly rounded, as numpy).
 *
 * @example
 * import { sqrt, array } from "ndarray-broadcast";
 * console.log(sqrt(array([4, 2])).toString());
 * // => array([2.        , 1.41421356])
 */
export function sqrt(a: OperandLike, options?: OutOptions): NDArray {
  return unary("sqrt", a, options);
}

/**
 * `a²`.
 *
 * @example
 * import { square, array } from "ndarray-broadcast";
 * console.log(square(array([-3, 0.5])).toString());
 * // => array([9.  , 0.25])
 */
export function square(a: OperandLike, options?: OutOptions): NDArray {
  return unary("square", a, options);
}

/**
 * The hyperbolic tangent.
 *
 * @example
 * import { tanh, array } from "ndarray-broadcast";
 * console.log(tanh(array([0, 1])).toString());
 * // => array([0.        , 0.76159416])
 */
export function tanh(a: OperandLike, options?: OutOptions): NDArray {
  return unary("tanh", a, options);
}

/**
 * The logistic function `1 / (1 + e⁻ᵃ)`.
 *
 * @example
 * import { sigmoid, array } from "ndarray-broadcast";
 * console.log(sigmoid(array([0, -Infinity])).toString());
 * // => array([0.5, 0. ])
 */
export function sigmoid(a: OperandLike, options?: OutOptions): NDArray {
  return unary("sigmoid", a, options);
}

/**
 * `max(a, 0)` elementwise, as `maximum(a, 0)`: NaN stays NaN and `relu(-0)` is `0`.
 *
 * @example
 * import { relu, array } from "ndarray-broadcast";
 * console.log(relu(array([-1, 0, 2])).toString());
 * // => array([0., 0., 2.])
 */
export function relu(a: OperandLike, options?: OutOptions): NDArray {
  return unary("relu", a, options);
}

/**
 * The sine (radians).
 *
 * @example
 * import { sin, array } from "ndarray-broadcast";
 * console.log(sin(array([0, Math.PI / 2])).toString());
 * // => array([0., 1.])
 */
export function sin(a: OperandLike, options?: OutOptions): NDArray {
  return unary("sin", a, options);
}

/**
 * The cosine (radians).
 *
 * @example
 * import { cos, array } from "ndarray-broadcast";
 * console.log(cos(array([0])).toString());
 * // => array([1.])
 */
export function cos(a: OperandLike, options?: OutOptions): NDArray {
  return unary("cos", a, options);
}

/** Options of {@link map}. */
export interface MapOptions extends OutOptions {
  /** The result's dtype: by default `a`'s when it is a float dtype, else float64. */
  dtype?: DType;
}

/**
 * `fn` applied to every element. `fn` must return a number; into an integer dtype each result is
 * converted as `set`, `full` and `array` convert (a fraction truncated; NaN, ±Infinity and numbers
 * outside the dtype's range refused with a `DTypeError`). If `fn` throws or returns something
 * else, nothing has been written to `out`.
 *
 * @example
 * import { map, array } from "ndarray-broadcast";
 * console.log(map(array([1, 2, 3]), (x) => x * 10 + 1).toString());
 * // => array([11., 21., 31.])
 * console.log(map(array([1.5, -2.5]), (x) => x * 2, { dtype: "int8" }).toString());
 * // => array([ 3, -5], dtype=int8)
 */
export function map(a: OperandLike, fn: (x: number) => number, options?: MapOptions): NDArray {
  const name = "map";
  const x = readOperand(name, a, 1);
  if (typeof fn !== "function") throw new DTypeError(`${name}: argument 2 must be a function, got ${describeType(fn)}`);
  const out = readOut(name, options, MAP_OPTIONS);
  const given: unknown = options?.dtype;
  const inDType: DType = x.kind === "array" ? x.array.dtype : "float64";
  const dtype = given !== undefined ? checkDType(name, given) : DTYPES[inDType].kind === "f" ? inDType : "float64";
  const shape = out ? checkOut(name, out, [operandShape(x)], dtype) : operandShape(x);
  const result = freshArray(dtype, shape);
  const integer = DTYPES[dtype].kind !== "f";
  const checked = (v: number): number => {
    const y: unknown = fn(v);
    if (typeof y !== "number") {
      throw new DTypeError(`${name}: the function returned ${describeType(y)} for the element ${formatValue(v)}; it must return a number`);
    }
    return integer ? checkElement(name, dtype, y) : y;
  };
  mapKernel(viewOf(result), operandView(x, inDType, shape), checked);
  // the function may have shrunk or detached a buffer while it ran
  if (x.kind === "array") checkAttached(name, x.array);
  if (out === undefined) return result;
  checkAttached(name, out);
  if (out.size > 0) assign(viewOf(out), viewOf(result));
  return out;
}

const MAP_OPTIONS = ["out", "dtype"] as const;
