/**
 * Writing structured maps: numbers and arrays as numpy prints them, and LaTeX.
 *
 * @module
 */
import { array } from "../../create.js";
import type { Shape } from "../../validate.js";

/** A flat vector shown as numpy's repr of an array of `shape`. */
export function showArray(values: Float64Array, shape: Shape): string {
  return array(values).reshape([...shape]).toString();
}

/** A flat vector as a LaTeX `bmatrix` (a column) or a matrix of `rows × cols`. */
export function latexMatrix(values: Float64Array, rows: number, cols: number): string {
  return array(values).reshape(rows, cols).toLatex();
}

/** A scalar for a formula: `2`, `-0.5`. */
export function showNumber(x: number): string {
  return array(x).toLatex();
}
