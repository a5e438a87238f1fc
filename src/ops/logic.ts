/**
 * Logic and predicates: `bool` results, broadcasting, `{ out }`. Logical functions take any
 * dtype and read each element as its truth value (non-zero, NaN included, is true), as numpy.
 *
 * @module
 */
import { binaryFunction, unaryFunction, type BinaryFunction, type UnaryFunction } from "./elementwise.js";

/**
 * `a AND b` elementwise, on truth values.
 *
 * @example
 * import { array, logicalAnd } from "ndarray-broadcast";
 * console.log(logicalAnd(array([true, false, true]), array([true, true, false])).toString());
 * // => array([ True, False, False])
 * console.log(logicalAnd(array([0, 0.5, NaN]), 1).toString());
 * // => array([False,  True,  True])
 */
export const logicalAnd: BinaryFunction = binaryFunction("logicalAnd");

/**
 * `a OR b` elementwise, on truth values.
 *
 * @example
 * import { array, logicalOr } from "ndarray-broadcast";
 * console.log(logicalOr(array([true, false]), false).toString());
 * // => array([ True, False])
 */
export const logicalOr: BinaryFunction = binaryFunction("logicalOr");

/**
 * `a XOR b` elementwise, on truth values; broadcasting.
 *
 * @example
 * import { array, logicalXor } from "ndarray-broadcast";
 * console.log(logicalXor(array([0, 1, 2]), array([[0], [3]])).toString());
 * // => array([[False,  True,  True],
 * //           [ True, False, False]])
 */
export const logicalXor: BinaryFunction = binaryFunction("logicalXor");

/**
 * `NOT a` elementwise, on truth values.
 *
 * @example
 * import { array, logicalNot } from "ndarray-broadcast";
 * console.log(logicalNot(array([0, 2.5, NaN])).toString());
 * // => array([ True, False, False])
 */
export const logicalNot: UnaryFunction = unaryFunction("logicalNot");

/**
 * Whether each element is NaN (always false for integers and bool).
 *
 * @example
 * import { array, isnan } from "ndarray-broadcast";
 * console.log(isnan(array([1, NaN, Infinity])).toString());
 * // => array([False,  True, False])
 */
export const isnan: UnaryFunction = unaryFunction("isnan");

/**
 * Whether each element is +∞ or −∞.
 *
 * @example
 * import { array, isinf } from "ndarray-broadcast";
 * console.log(isinf(array([1, NaN, Infinity, -Infinity])).toString());
 * // => array([False, False,  True,  True])
 */
export const isinf: UnaryFunction = unaryFunction("isinf");

/**
 * Whether each element is neither NaN nor infinite.
 *
 * @example
 * import { array, isfinite } from "ndarray-broadcast";
 * console.log(isfinite(array([1, NaN, Infinity, -0])).toString());
 * // => array([ True, False, False,  True])
 */
export const isfinite: UnaryFunction = unaryFunction("isfinite");

/**
 * Whether the sign bit is set: true for negative numbers and -0 (and a NaN with its sign bit
 * set). Integers compute in a float dtype, as numpy.
 *
 * @example
 * import { array, signbit } from "ndarray-broadcast";
 * console.log(signbit(array([-1, 0, -0, NaN])).toString());
 * // => array([ True, False,  True, False])
 */
export const signbit: UnaryFunction = unaryFunction("signbit");
