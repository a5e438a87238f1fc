/**
 * The maps whose matrix is diagonal: zero, identity, a scaled identity, and `Diag(d)` — the
 * Jacobian of every elementwise function (`∂f(x)/∂x = Diag(f'(x))`). Each costs O(n).
 *
 * @module
 */
import { multiplyFlat } from "../../ops/flat.js";
import type { Shape } from "../../validate.js";
import { sizeOf, sub, type CSR, type LinearMap } from "./linear-map.js";
import { latexMatrix, showArray, showNumber } from "./show.js";

function diagonalCSR(n: number, value: (i: number) => number): CSR {
  const indptr = new Int32Array(n + 1);
  const indices = new Int32Array(n);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    indptr[i + 1] = i + 1;
    indices[i] = i;
    values[i] = value(i);
  }
  return { rows: n, cols: n, indptr, indices, values };
}

/** The zero map (a variable the output does not depend on). */
export class ZeroMap implements LinearMap {
  readonly kind = "zero";
  constructor(
    readonly inShape: Shape,
    readonly outShape: Shape,
  ) {}
  apply(): Float64Array {
    return new Float64Array(sizeOf(this.outShape));
  }
  applyT(): Float64Array {
    return new Float64Array(sizeOf(this.inShape));
  }
  dense(): Float64Array {
    return new Float64Array(sizeOf(this.outShape) * sizeOf(this.inShape));
  }
  sparse(): CSR {
    const rows = sizeOf(this.outShape);
    return { rows, cols: sizeOf(this.inShape), indptr: new Int32Array(rows + 1), indices: new Int32Array(0), values: new Float64Array(0) };
  }
  withShapes(inShape: Shape, outShape: Shape): LinearMap {
    return new ZeroMap(inShape, outShape);
  }
  text(): string {
    return "0";
  }
  latex(): string {
    return "0";
  }
}

/** `c · I` on `n` elements (`c = 1`: the identity); in and out shapes may differ by a reshape. */
export class ScaledIdentityMap implements LinearMap {
  readonly kind: "identity" | "scaled-identity";
  constructor(
    readonly scale: number,
    readonly inShape: Shape,
    readonly outShape: Shape = inShape,
  ) {
    this.kind = scale === 1 ? "identity" : "scaled-identity";
  }
  apply(v: Float64Array): Float64Array {
    return this.scale === 1 ? v.slice() : multiplyFlat(v, this.scale, v.length);
  }
  applyT(u: Float64Array): Float64Array {
    return this.apply(u);
  }
  dense(): Float64Array {
    const n = sizeOf(this.inShape);
    const M = new Float64Array(n * n);
    for (let i = 0; i < n; i++) M[i * n + i] = this.scale;
    return M;
  }
  sparse(): CSR {
    return diagonalCSR(sizeOf(this.inShape), () => this.scale);
  }
  /** The diagonal as a vector. */
  diagonal(): Float64Array {
    return new Float64Array(sizeOf(this.inShape)).fill(this.scale);
  }
  withShapes(inShape: Shape, outShape: Shape): LinearMap {
    return new ScaledIdentityMap(this.scale, inShape, outShape);
  }
  text(): string {
    const n = sub(sizeOf(this.inShape));
    return this.scale === 1 ? `I${n}` : `${showNumber(this.scale)}·I${n}`;
  }
  latex(): string {
    const n = sizeOf(this.inShape);
    return this.scale === 1 ? `I_{${n}}` : `${showNumber(this.scale)} I_{${n}}`;
  }
}

/**
 * `Diag(d)`: multiplies elementwise by `d` (which has the input's size). `scratch` says that `d`
 * belongs to this map alone (it was computed for it, and no array or other map shares it), so
 * that the algebra may write a product into it when the map is handed over on its last use.
 */
export class DiagonalMap implements LinearMap {
  readonly kind = "diagonal";
  constructor(
    readonly d: Float64Array,
    readonly inShape: Shape,
    readonly outShape: Shape = inShape,
    readonly scratch = false,
  ) {}
  apply(v: Float64Array): Float64Array {
    return multiplyFlat(this.d, v, v.length);
  }
  applyT(u: Float64Array): Float64Array {
    return this.apply(u);
  }
  dense(): Float64Array {
    const n = this.d.length;
    const M = new Float64Array(n * n);
    for (let i = 0; i < n; i++) M[i * n + i] = this.d[i] as number;
    return M;
  }
  sparse(): CSR {
    return diagonalCSR(this.d.length, (i) => this.d[i] as number);
  }
  diagonal(): Float64Array {
    return this.d;
  }
  withShapes(inShape: Shape, outShape: Shape): LinearMap {
    return new DiagonalMap(this.d, inShape, outShape);
  }
  text(): string {
    return `Diag(${showArray(this.d, this.inShape)})`;
  }
  latex(): string {
    return `\\operatorname{Diag}\\left(${latexMatrix(this.d, this.d.length, 1)}\\right)`;
  }
}

/** Whether a map's matrix is diagonal, and its diagonal (for the cheap rules of composition and sums). */
export function diagonalOf(map: LinearMap): Float64Array | null {
  if (map instanceof DiagonalMap || map instanceof ScaledIdentityMap) return map.diagonal();
  return null;
}
