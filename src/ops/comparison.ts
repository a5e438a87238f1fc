/**
 * The comparisons: `bool` results, broadcasting, `{ out }`. As numpy: NaN compares unequal to
 * everything, itself included (`notEqual(NaN, NaN)` is true, every other comparison false); `-0`
 * equals `0`; a JS number is a weak scalar, and an integer outside an integer array's range is
 * compared exactly (`less(uint8Array, 300)` is all true), as numpy 2 does.
 *
 * @module
 */
import { binaryFunction, type BinaryFunction } from "./elementwise.js";

/**
 * `a == b` elementwise (numpy's `equal`).
 *
 * @example
 * import { array, equal } from "ndarray-broadcast";
 * console.log(equal(array([1, NaN, 0]), array([1, NaN, -0])).toString());
 * // => array([ True, False,  True])
 */
export const equal: BinaryFunction = binaryFunction("equal");

/**
 * `a != b` elementwise (numpy's `not_equal`); NaN is unequal to itself.
 *
 * @example
 * import { array, notEqual } from "ndarray-broadcast";
 * console.log(notEqual(array([1, NaN]), array([2, NaN])).toString());
 * // => array([ True,  True])
 */
export const notEqual: BinaryFunction = binaryFunction("notEqual");

/**
 * `a < b` elementwise, broadcasting.
 *
 * @example
 * import { array, less } from "ndarray-broadcast";
 * console.log(less(array([1, 2, 3]), array([[2], [3]])).toString());
 * // => array([[ True, False, False],
 * //           [ True,  True, False]])
 */
export const less: BinaryFunction = binaryFunction("less");

/**
 * `a <= b` elementwise.
 *
 * @example
 * import { array, lessEqual } from "ndarray-broadcast";
 * console.log(lessEqual(array([1, 2, NaN]), 2).toString());
 * // => array([ True,  True, False])
 */
export const lessEqual: BinaryFunction = binaryFunction("lessEqual");

/**
 * `a > b` elementwise. A JS number outside an integer array's range compares exactly.
 *
 * @example
 * import { array, greater } from "ndarray-broadcast";
 * console.log(greater(array([1, 255], { dtype: "uint8" }), -1).toString());
 * // => array([ True,  True])
 * console.log(greater(array(0.7), 0.5).toString());
 * // => array(True)
 */
export const greater: BinaryFunction = binaryFunction("greater");

/**
 * `a >= b` elementwise.
 *
 * @example
 * import { array, greaterEqual } from "ndarray-broadcast";
 * console.log(greaterEqual(array([1, 2], { dtype: "int8" }), array([2, 2], { dtype: "uint8" })).toString());
 * // => array([False,  True])
 */
export const greaterEqual: BinaryFunction = binaryFunction("greaterEqual");
