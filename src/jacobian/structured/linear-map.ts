/**
 * Structured linear maps: what a Jacobian is, kept in the form it was found in (an identity, a
 * diagonal, a ones-padding, …) so that it costs what its structure costs. Vectors are flat
 * `Float64Array`s in C order; a map's matrix is `outSize × inSize` in numerator layout.
 *
 * @module
 */
import { productFlat } from "../../ops/flat.js";
import type { Shape } from "../../validate.js";

/** The structures a Jacobian can have. */
export type Kind =
  | "zero"
  | "identity"
  | "scaled-identity"
  | "diagonal"
  | "ones-padding"
  | "reduction"
  | "selection"
  | "injection"
  | "left-multiply"
  | "right-multiply"
  | "sparse"
  | "dense";

/** Compressed sparse rows: row r holds `values[k]` at column `indices[k]` for k in `[indptr[r], indptr[r+1])`. */
export interface CSR {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

/** A linear map from arrays of `inShape` to arrays of `outShape`. */
export interface LinearMap {
  readonly kind: Kind;
  readonly inShape: Shape;
  readonly outShape: Shape;
  /**
   * `J v` (a JVP), as a new array that the caller owns: never `v` itself nor storage of the map,
   * so that the interpreters (api.ts) may accumulate sums into it in place.
   */
  apply(v: Float64Array): Float64Array;
  /** `Jᵀ u` (a VJP), a new array that the caller owns (as `apply`). */
  applyT(u: Float64Array): Float64Array;
  /** The `outSize × inSize` matrix, row-major. */
  dense(): Float64Array;
  /** The same matrix as compressed sparse rows, for structures that are sparse. */
  sparse?(): CSR;
  /** The same matrix seen with other shapes of the same sizes (a reshape before or after). */
  withShapes(inShape: Shape, outShape: Shape): LinearMap;
  /** A one-line formula, such as `Diag(d)` or `1₂ ⊗ I₃`. */
  text(): string;
  /** The formula in LaTeX. */
  latex(): string;
}

export const sizeOf = (shape: Shape): number => shape.reduce((p, d) => p * d, 1);

const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
/** `n` in Unicode subscript digits: 12 → ₁₂. */
export const sub = (n: number): string => String(n).replace(/[0-9]/g, (d) => SUBSCRIPTS[Number(d)] as string);

/** Dense `M v` for an `m × n` row-major matrix. */
export function denseApply(m: number, n: number, M: Float64Array, v: Float64Array): Float64Array {
  return productFlat(M, n, 1, v, 1, 1, m, n, 1);
}

/** Dense `Mᵀ u` for an `m × n` row-major matrix, as the row `uᵀ M` (M read row by row). */
export function denseApplyT(m: number, n: number, M: Float64Array, u: Float64Array): Float64Array {
  return productFlat(u, m, 1, M, n, 1, 1, m, n);
}
