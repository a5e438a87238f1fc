/**
 * The Jacobians of a matrix product `A X` and `X B` with respect to the matrix `X`: `A ⊗ I_p` and
 * `I_m ⊗ Bᵀ`. Kept in factored form, they cost what the product costs: a VJP is `Aᵀ U` or `U Bᵀ`,
 * never a matrix of size (m·p) × (k·p).
 *
 * @module
 */
import { multiplyFlat, productFlat } from "../../ops/flat.js";
import type { Shape } from "../../validate.js";
import { sub, transposed, type LinearMap } from "./linear-map.js";
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
    return productFlat(A, k, 1, v, p, 1, m, k, p);
  }
  applyT(u: Float64Array): Float64Array {
    const { A, m, k, p } = this;
    return productFlat(A, 1, k, u, p, 1, k, m, p);
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
  /** `(A ⊗ I)ᵀ = Aᵀ ⊗ I`. */
  transpose(): LinearMap {
    return new LeftMultiplyMap(transposed(this.A, this.m, this.k), this.k, this.m, this.p, this.outShape, this.inShape);
  }
  scale(c: number, _given: boolean | undefined, inShape: Shape, outShape: Shape): LinearMap {
    if (c === 1) return this.withShapes(inShape, outShape);
    return new LeftMultiplyMap(multiplyFlat(this.A, c, this.A.length), this.m, this.k, this.p, inShape, outShape);
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
    return productFlat(v, k, 1, B, p, 1, m, k, p);
  }
  applyT(u: Float64Array): Float64Array {
    // U Bᵀ; for a vector x (p = 1) the outer product u xᵀ, the gradient of a matrix–vector product
    const { B, m, k, p } = this;
    return productFlat(u, p, 1, B, 1, p, m, p, k);
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
  /** `(I ⊗ Bᵀ)ᵀ = I ⊗ B`: `U ↦ U Bᵀ`, a right product by the p × k matrix `Bᵀ`. */
  transpose(): LinearMap {
    return new RightMultiplyMap(transposed(this.B, this.k, this.p), this.m, this.p, this.k, this.outShape, this.inShape);
  }
  scale(c: number, _given: boolean | undefined, inShape: Shape, outShape: Shape): LinearMap {
    if (c === 1) return this.withShapes(inShape, outShape);
    return new RightMultiplyMap(multiplyFlat(this.B, c, this.B.length), this.m, this.k, this.p, inShape, outShape);
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
