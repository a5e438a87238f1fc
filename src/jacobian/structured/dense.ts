/**
 * Dense matrices: the structure left when nothing cheaper was found.
 *
 * @module
 */
import { multiplyFlat } from "../../ops/flat.js";
import type { Shape } from "../../validate.js";
import { denseApply, denseApplyT, sizeOf, transposed, type LinearMap } from "./linear-map.js";
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
  transpose(): LinearMap {
    return new DenseMap(transposed(this.M, this.m, this.n), this.outShape, this.inShape);
  }
  scale(c: number, _given: boolean | undefined, inShape: Shape, outShape: Shape): LinearMap {
    if (c === 1) return this.withShapes(inShape, outShape);
    return new DenseMap(multiplyFlat(this.M, c, this.M.length), inShape, outShape);
  }
  text(): string {
    return showArray(this.M, [...this.outShape, ...this.inShape]);
  }
  latex(): string {
    return latexMatrix(this.M, this.m, this.n);
  }
}
