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
  | "permutation"
  | "left-multiply"
  | "right-multiply"
  | "block-diagonal"
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

/**
 * Which operands of a product or sum the caller hands over: it will never read them again. A
 * handed-over diagonal that owns its storage (see the ownership rule on `DiagonalMap`) gives that
 * storage to the result; an operand that is not handed over is only read.
 */
export interface Handover {
  a?: boolean;
  b?: boolean;
}

/**
 * A linear map from arrays of `inShape` to arrays of `outShape`.
 *
 * A structure is one class that states what it costs: how it applies, transposes and scales,
 * and — in `after`, `before` and `plus` — the products and sums with other structures that stay
 * cheaper than the generic sparse or dense forms (structured/algebra.ts tries them in that order,
 * then falls back). A new structure states its pairs with the structures that exist; the older
 * ones need not know it.
 */
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
  /** The `outSize × inSize` matrix, row-major (may be the map's own storage: read it only). */
  dense(): Float64Array;
  /** The same matrix as compressed sparse rows, for structures that are sparse. */
  sparse?(): CSR;
  /** The same matrix seen with other shapes of the same sizes (a reshape before or after). */
  withShapes(inShape: Shape, outShape: Shape): LinearMap;
  /** `Jᵀ`, in its structure (from `outShape` to `inShape`). */
  transpose(): LinearMap;
  /**
   * `c · J` seen with the given shapes, in its structure; `given`: the caller hands this map over
   * (a diagonal that owns its storage may then scale it in place).
   */
  scale(c: number, given: boolean | undefined, inShape: Shape, outShape: Shape): LinearMap;
  /** `this ∘ b` when this structure has a form cheaper than the generic product, else null. */
  after?(b: LinearMap, give: Handover): LinearMap | null;
  /** `a ∘ this` when this structure has a form cheaper than the generic product, else null. */
  before?(a: LinearMap, give: Handover): LinearMap | null;
  /** `this + b` (equal shapes; `give.a` is this map) when cheaper than the generic sum, else null. */
  plus?(b: LinearMap, give: Handover): LinearMap | null;
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

/** The transpose of a row-major `m × n` matrix, as a new `n × m` one. */
export function transposed(M: Float64Array, m: number, n: number): Float64Array {
  const T = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) T[j * m + i] = M[i * n + j] as number;
  return T;
}

/** The transpose of a sparse matrix, in compressed rows again. */
export function csrTranspose(a: CSR): CSR {
  const { rows, cols, indptr, indices, values } = a;
  const nnz = values.length;
  const tptr = new Int32Array(cols + 1);
  for (let k = 0; k < nnz; k++) tptr[(indices[k] as number) + 1] = (tptr[(indices[k] as number) + 1] as number) + 1;
  for (let c = 0; c < cols; c++) tptr[c + 1] = (tptr[c + 1] as number) + (tptr[c] as number);
  const fill = tptr.slice(0, cols);
  const tind = new Int32Array(nnz);
  const tval = new Float64Array(nnz);
  for (let r = 0; r < rows; r++) {
    for (let k = indptr[r] as number; k < (indptr[r + 1] as number); k++) {
      const c = indices[k] as number;
      const at = fill[c] as number;
      tind[at] = r;
      tval[at] = values[k] as number;
      fill[c] = at + 1;
    }
  }
  return { rows: cols, cols: rows, indptr: tptr, indices: tind, values: tval };
}

/**
 * For each element of `shape` in C order, `Σ index[d] · strides[d]`: the flat position a strided
 * walk reads. With C strides permuted it is a transpose's gather; with 0 on some axes, the group
 * (or the broadcast source) of each element.
 */
export function stridedPositions(shape: Shape, strides: readonly number[]): Int32Array {
  const n = sizeOf(shape);
  const out = new Int32Array(n);
  const at = new Array<number>(shape.length).fill(0);
  let p = 0;
  for (let k = 0; k < n; k++) {
    out[k] = p;
    for (let d = shape.length - 1; d >= 0; d--) {
      p += strides[d] as number;
      if (++(at[d] as number) < (shape[d] as number)) break;
      p -= (strides[d] as number) * (shape[d] as number);
      at[d] = 0;
    }
  }
  return out;
}

/** C-order strides of `shape`, with 0 on the axes where `zero(axis)` holds. */
export function cStrides(shape: Shape, zero: (axis: number) => boolean = () => false): number[] {
  const strides = new Array<number>(shape.length);
  for (let i = shape.length - 1, s = 1; i >= 0; i--) {
    strides[i] = zero(i) ? 0 : s;
    if (!zero(i)) s *= shape[i] as number;
  }
  return strides;
}
