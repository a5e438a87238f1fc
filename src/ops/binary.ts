/**
 * The broadcasting binary functions. Operands are NDArrays, nested arrays, typed arrays or JS
 * numbers; a JS number is a *weak* scalar (NEP 50) that takes the array's dtype.
 *
 * @module
 */
import type { NDArray } from "../ndarray.js";
import { binary, type OperandLike, type OutOptions } from "./elementwise.js";

/**
 * `a + b`, broadcasting.
 *
 * @example
 * import { add, array } from "ndarray-broadcast";
 * console.log(add(array([[1], [2]]), array([10, 20, 30])).toString());
 * // => array([[11., 21., 31.],
 * //           [12., 22., 32.]])
 * console.log(add(array([1, 2], { dtype: "float32" }), 1.5).toString());
 * // => array([2.5, 3.5], dtype=float32)
 */
export function add(a: OperandLike, b: OperandLike, options?: OutOptions): NDArray {
  return binary("add", a, b, options);
}

/**
 * `a - b`, broadcasting.
 *
 * @example
 * import { subtract, array } from "ndarray-broadcast";
 * console.log(subtract(array([1, 2], { dtype: "uint8" }), array([2, 1], { dtype: "uint8" })).toString());
 * // => array([255,   1], dtype=uint8)
 */
export function subtract(a: OperandLike, b: OperandLike, options?: OutOptions): NDArray {
  return binary("subtract", a, b, options);
}

/**
 * `a * b` elementwise, broadcasting (for equal shapes only, see `hadamard`).
 *
 * @example
 * import { multiply, array } from "ndarray-broadcast";
 * console.log(multiply(array([[1, 2, 3], [4, 5, 6]]), array([[10], [100]])).toString());
 * // => array([[ 10.,  20.,  30.],
 * //           [400., 500., 600.]])
 */
export function multiply(a: OperandLike, b: OperandLike, options?: OutOptions): NDArray {
  return binary("multiply", a, b, options);
}

/**
 * `a / b` (true division), broadcasting. Integer operands give float64, as numpy.
 *
 * @example
 * import { divide, array } from "ndarray-broadcast";
 * console.log(divide(array([1, -1, 0], { dtype: "int32" }), 0).toString());
 * // => array([ inf, -inf,  nan])
 */
export function divide(a: OperandLike, b: OperandLike, options?: OutOptions): NDArray {
  return binary("divide", a, b, options);
}

/**
 * `a ** b`, broadcasting, with C's `pow` special cases (`1 ** NaN` is 1). For integer dtypes it
 * wraps around like numpy and refuses negative exponents.
 *
 * @example
 * import { power, array } from "ndarray-broadcast";
 * console.log(power(array([1, 2, 3]), 2).toString(), power(1, NaN).toString());
 * // => array([1., 4., 9.]) array(1.)
 */
export function power(a: OperandLike, b: OperandLike, options?: OutOptions): NDArray {
  return binary("power", a, b, options);
}

/**
 * The elementwise maximum, broadcasting; NaN in either operand gives NaN (numpy's `maximum`).
 *
 * @example
 * import { maximum, array } from "ndarray-broadcast";
 * console.log(maximum(array([1, NaN, -3]), 0).toString());
 * // => array([ 1., nan,  0.])
 */
export function maximum(a: OperandLike, b: OperandLike, options?: OutOptions): NDArray {
  return binary("maximum", a, b, options);
}

/**
 * The elementwise minimum, broadcasting; NaN in either operand gives NaN (numpy's `minimum`).
 *
 * @example
 * import { minimum, array } from "ndarray-broadcast";
 * console.log(minimum(array([1, 5]), array([[2], [4]])).toString());
 * // => array([[1., 2.],
 * //           [1., 4.]])
 */
export function minimum(a: OperandLike, b: OperandLike, options?: OutOptions): NDArray {
  return binary("minimum", a, b, options);
}
