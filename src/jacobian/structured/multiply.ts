/**
 * The Jacobians of a matrix product `A X` and `X B` with respect to the matrix `X`: `A ⊗ I_p` and
 * `I_m ⊗ Bᵀ`. Kept in factored form, they cost what the product costs: a VJP is `Aᵀ U` or `U Bᵀ`,
 * never a matrix of size (m·p) × (k·p).
 *
 * @module
 */
import { outerFlat } from "../../ops/flat.js";
import type { Shape } from "../../validate.js";
import { sub, type LinearMap } from "./linear-map.js";
import { latexMatrix, showArray } from "./show.js";

/** `X ↦ A X` for `A` (m × k) and `X` (k × p). */
export class LeftMultiplyMap implements LinearMap {
  readonly kind = "left-multiply";
  constructor(
    readonly A: Float64Array,
    readonly m: number,
    readonly k: number,
    readonly p: number,
    readonly inShape: Shape,
    readonly outShape: Shape,
  ) {}
  apply(v: Float64Array): Float64Array {
    const { A, m, k, p } = this;
    const out = new Float64Array(m * p);
    for (let i = 0; i < m; i++) {
      for (let t = 0; t < k; t++) {
        const a = A[i * k + t] as number;
        if (a === 0) continue;
        for (let j = 0; j < p; j++) out[i * p + j] = (out[i * p + j] as number) + a * (v[t * p + j] as number);
      }
    }
    return out;
  }
  applyT(u: Float64Array): Float64Array {
    const { A, m, k, p } = this;
    const out = new Float64Array(k * p);
    for (let i = 0; i < m; i++) {
      for (let t = 0; t < k; t++) {
        const a = A[i * k + t] as number;
        if (a === 0) continue;
        for (let j = 0; j < p; j++) out[t * p + j] = (out[t * p + j] as number) + a * (u[i * p + j] as number);
      }
    }
    return out;
  }
  dense(): Float64Array {
    const { A, m, k, p } = this;
    const M = new Float64Array(m * p * k * p);
    for (let i = 0; i < m; i++) for (let t = 0; t < k; t++) for (let j = 0; j < p; j++) M[(i * p + j) * (k * p) + t * p + j] = A[i * k + t] as number;
    return M;
  }
  withShapes(inShape: Shape, outShape: Shape): LinearMap {
    return new LeftMultiplyMap(this.A, this.m, this.k, this.p, inShape, outShape);
  }
  text(): string {
    return `A ⊗ I${sub(this.p)} with A = ${showArray(this.A, [this.m, this.k])}`;
  }
  latex(): string {
    return `${latexMatrix(this.A, this.m, this.k)} \\otimes I_{${this.p}}`;
  }
}

/** `X ↦ X B` for `X` (m × k) and `B` (k × p). */
export class RightMultiplyMap implements LinearMap {
  readonly kind = "right-multiply";
  constructor(
    readonly B: Float64Array,
    readonly m: number,
    readonly k: number,
    readonly p: number,
    readonly inShape: Shape,
    readonly outShape: Shape,
  ) {}
  apply(v: Float64Array): Float64Array {
    const { B, m, k, p } = this;
    const out = new Float64Array(m * p);
    for (let i = 0; i < m; i++) {
      for (let t = 0; t < k; t++) {
        const x = v[i * k + t] as number;
        if (x === 0) continue;
        for (let j = 0; j < p; j++) out[i * p + j] = (out[i * p + j] as number) + x * (B[t * p + j] as number);
      }
    }
    return out;
  }
  applyT(u: Float64Array): Float64Array {
    // U Bᵀ, row by row: out[i, :] = Σ_j U[i, j] B[:, j] — for a vector x (p = 1) the outer
    // product u xᵀ, the gradient of a matrix-vector product (J2 in bench/).
    const { B, m, k, p } = this;
    if (p === 1) return outerFlat(u, B, m, k);
    const out = new Float64Array(m * k);
    for (let i = 0; i < m; i++) {
      const row = i * k;
      for (let j = 0; j < p; j++) {
        const uij = u[i * p + j] as number;
        if (uij === 0) continue;
        for (let t = 0; t < k; t++) out[row + t] = (out[row + t] as number) + uij * (B[t * p + j] as number);
      }
    }
    return out;
  }
  dense(): Float64Array {
    const { B, m, k, p } = this;
    const M = new Float64Array(m * p * m * k);
    for (let i = 0; i < m; i++) for (let j = 0; j < p; j++) for (let t = 0; t < k; t++) M[(i * p + j) * (m * k) + i * k + t] = B[t * p + j] as number;
    return M;
  }
  withShapes(inShape: Shape, outShape: Shape): LinearMap {
    return new RightMultiplyMap(this.B, this.m, this.k, this.p, inShape, outShape);
  }
  text(): string {
    return `I${sub(this.m)} ⊗ Bᵀ with B = ${showArray(this.B, [this.k, this.p])}`;
  }
  latex(): string {
    const Bt = new Float64Array(this.k * this.p);
    for (let t = 0; t < this.k; t++) for (let j = 0; j < this.p; j++) Bt[j * this.k + t] = this.B[t * this.p + j] as number;
    return `I_{${this.m}} \\otimes ${latexMatrix(Bt, this.p, this.k)}`;
  }
}
