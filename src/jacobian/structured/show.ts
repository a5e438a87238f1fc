/**
 * Writing structured maps: numbers and arrays as numpy prints them, and LaTeX.
 *
 * @module
 */
import { array } from "../../create.js";
import type { Shape } from "../../validate.js";

/**
 * The entries of a derivative as shown to users, with -0 written as 0: a product such as
 * `Diag(1[z > 0]) W` gives `0 · (−1) = −0` where the derivative is simply 0. Returns a copy.
 */
export function withPositiveZeros(values: Float64Array): Float64Array {
  return positiveZerosInPlace(values.slice());
}

/** {@link withPositiveZeros} on an array the caller owns, without a copy. */
export function positiveZerosInPlace(values: Float64Array): Float64Array {
  for (let i = 0; i < values.length; i++) if (values[i] === 0) values[i] = 0;
  return values;
}

/** A flat vector shown as numpy's repr of an array of `shape`. */
export function showArray(values: Float64Array, shape: Shape): string {
  return array(withPositiveZeros(values)).reshape([...shape]).toString();
}

/** A flat vector as a LaTeX `bmatrix` (a column) or a matrix of `rows × cols`. */
export function latexMatrix(values: Float64Array, rows: number, cols: number): string {
  return array(withPositiveZeros(values)).reshape(rows, cols).toLatex();
}

/** A scalar for a formula: `2`, `-0.5`. */
export function showNumber(x: number): string {
  return array(x).toLatex();
}
