/**
 * Dense and sparse matrices: the structures left when nothing cheaper was found.
 *
 * @module
 */
import type { Shape } from "../../validate.js";
import { denseApply, denseApplyT, sizeOf, type CSR, type LinearMap } from "./linear-map.js";
import { latexMatrix, showArray } from "./show.js";

/** A dense `outSize × inSize` matrix (row-major). */
export class DenseMap implements LinearMap {
  readonly kind = "dense";
  readonly m: number;
  readonly n: number;
  constructor(
    readonly M: Float64Array,
    readonly inShape: Shape,
    readonly outShape: Shape,
  ) {
    this.m = sizeOf(outShape);
    this.n = sizeOf(inShape);
  }
  apply(v: Float64Array): Float64Array {
    return denseApply(this.m, this.n, this.M, v);
  }
  applyT(u: Float64Array): Float64Array {
    return denseApplyT(this.m, this.n, this.M, u);
  }
  dense(): Float64Array {
    return this.M;
  }
  withShapes(inShape: Shape, outShape: Shape): LinearMap {
    return new DenseMap(this.M, inShape, outShape);
  }
  text(): string {
    return showArray(this.M, [...this.outShape, ...this.inShape]);
  }
  latex(): string {
    return latexMatrix(this.M, this.m, this.n);
  }
}

/** A sparse matrix in compressed rows, for mixtures of selections, paddings and diagonals. */
export class SparseMap implements LinearMap {
  readonly kind = "sparse";
  constructor(
    readonly csr: CSR,
    readonly inShape: Shape,
    readonly outShape: Shape,
  ) {}
  apply(v: Float64Array): Float64Array {
    const { rows, indptr, indices, values } = this.csr;
    const out = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      let acc = 0;
      for (let k = indptr[r] as number; k < (indptr[r + 1] as number); k++) acc += (values[k] as number) * (v[indices[k] as number] as number);
      out[r] = acc;
    }
    return out;
  }
  applyT(u: Float64Array): Float64Array {
    const { rows, cols, indptr, indices, values } = this.csr;
    const out = new Float64Array(cols);
    for (let r = 0; r < rows; r++) {
      const ur = u[r] as number;
      for (let k = indptr[r] as number; k < (indptr[r + 1] as number); k++) {
        const c = indices[k] as number;
        out[c] = (out[c] as number) + (values[k] as number) * ur;
      }
    }
    return out;
  }
  dense(): Float64Array {
    const { rows, cols, indptr, indices, values } = this.csr;
    const M = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) {
      for (let k = indptr[r] as number; k < (indptr[r + 1] as number); k++) {
        const at = r * cols + (indices[k] as number);
        M[at] = (M[at] as number) + (values[k] as number);
      }
    }
    return M;
  }
  sparse(): CSR {
    return this.csr;
  }
  withShapes(inShape: Shape, outShape: Shape): LinearMap {
    return new SparseMap(this.csr, inShape, outShape);
  }
  text(): string {
    return `sparse, ${this.csr.values.length} of ${this.csr.rows * this.csr.cols} entries stored: ${showArray(this.dense(), [...this.outShape, ...this.inShape])}`;
  }
  latex(): string {
    return latexMatrix(this.dense(), this.csr.rows, this.csr.cols);
  }
}
