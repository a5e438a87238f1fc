/**
 * The maps whose matrix is diagonal: zero, identity, a scaled identity, and `Diag(d)` — the
 * Jacobian of every elementwise function (`∂f(x)/∂x = Diag(f'(x))`). Each costs O(n).
 *
 * @module
 */
import { addFlat, multiplyFlat, scaleColumns, scaleRows } from "../../ops/flat.js";
import type { Shape } from "../../validate.js";
import { DenseMap } from "./dense.js";
import { sizeOf, sub, type CSR, type Handover, type LinearMap } from "./linear-map.js";
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
  transpose(): LinearMap {
    return new ZeroMap(this.outShape, this.inShape);
  }
  scale(_c: number, _given: boolean | undefined, inShape: Shape, outShape: Shape): LinearMap {
    return new ZeroMap(inShape, outShape);
  }
  after(b: LinearMap): LinearMap {
    return new ZeroMap(b.inShape, this.outShape);
  }
  before(a: LinearMap): LinearMap {
    return new ZeroMap(this.inShape, a.outShape);
  }
  /** `0 + b` is `b`: itself when handed over, else a second holder of its storage. */
  plus(b: LinearMap, give: Handover): LinearMap {
    return give.b ? b : b.withShapes(b.inShape, b.outShape);
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
    readonly c: number,
    readonly inShape: Shape,
    readonly outShape: Shape = inShape,
  ) {
    this.kind = c === 1 ? "identity" : "scaled-identity";
  }
  apply(v: Float64Array): Float64Array {
    return this.c === 1 ? v.slice() : multiplyFlat(v, this.c, v.length);
  }
  applyT(u: Float64Array): Float64Array {
    return this.apply(u);
  }
  dense(): Float64Array {
    const n = sizeOf(this.inShape);
    const M = new Float64Array(n * n);
    for (let i = 0; i < n; i++) M[i * n + i] = this.c;
    return M;
  }
  sparse(): CSR {
    return diagonalCSR(sizeOf(this.inShape), () => this.c);
  }
  /** The diagonal as a vector. */
  diagonal(): Float64Array {
    return new Float64Array(sizeOf(this.inShape)).fill(this.c);
  }
  withShapes(inShape: Shape, outShape: Shape): LinearMap {
    return new ScaledIdentityMap(this.c, inShape, outShape);
  }
  transpose(): LinearMap {
    return new ScaledIdentityMap(this.c, this.outShape, this.inShape);
  }
  scale(c: number, _given: boolean | undefined, inShape: Shape, outShape: Shape): LinearMap {
    return scaledIdentity(this.c * c, inShape, outShape);
  }
  /** `c I ∘ b = c b`: the unit of the product (a handed-over diagonal scales in place). */
  after(b: LinearMap, give: Handover): LinearMap {
    return b.scale(this.c, give.b, b.inShape, this.outShape);
  }
  before(a: LinearMap, give: Handover): LinearMap {
    return a.scale(this.c, give.a, this.inShape, a.outShape);
  }
  plus(b: LinearMap): LinearMap | null {
    return b instanceof ScaledIdentityMap ? scaledIdentity(this.c + b.c, this.inShape, this.outShape) : null;
  }
  text(): string {
    const n = sub(sizeOf(this.inShape));
    return this.c === 1 ? `I${n}` : `${showNumber(this.c)}·I${n}`;
  }
  latex(): string {
    const n = sizeOf(this.inShape);
    return this.c === 1 ? `I_{${n}}` : `${showNumber(this.c)} I_{${n}}`;
  }
}

/**
 * `Diag(d)`: multiplies elementwise by `d` (which has the input's size).
 *
 * Ownership of `d` — the one rule that makes in-place reuse safe (docs/architecture.md):
 * - A map **owns** `d` only when `d` was allocated for it (a derivative rule's new array, or the
 *   product or sum of earlier maps) and no other holder can see it. Operand values, forward
 *   results and the caller's arrays are never owned: those maps are made with `owned = false`.
 * - An owned `d` has exactly one owner. {@link DiagonalMap.withShapes} makes a second map over the
 *   same `d`, so it ends ownership for both: a buffer that two maps can read is never written again.
 * - Only the algebra writes into `d`, and only after {@link DiagonalMap.release}, which the caller
 *   may call only on a map it hands over (it will not read the map again). Release moves the
 *   storage out: the map is then dead, and reading it throws instead of returning values that
 *   were overwritten.
 */
export class DiagonalMap implements LinearMap {
  readonly kind = "diagonal";
  #d: Float64Array;
  #owned: boolean;
  #released = false;
  constructor(
    d: Float64Array,
    readonly inShape: Shape,
    readonly outShape: Shape = inShape,
    owned = false,
  ) {
    this.#d = d;
    this.#owned = owned;
  }
  /** The diagonal. Throws once the storage has been released (the map was handed over). */
  get d(): Float64Array {
    if (this.#released) throw new Error("ndarray-broadcast internal error: a diagonal map was read after its storage was handed over");
    return this.#d;
  }
  /** Whether this map is the only holder of `d` (so that `d` may be released for an in-place write). */
  get owned(): boolean {
    return this.#owned && !this.#released;
  }
  /**
   * Moves `d` out for an in-place write, if this map owns it; the map is dead afterwards. Call it
   * only on a map that is being handed over. Returns `undefined` (and leaves the map alive) when
   * `d` is shared.
   */
  release(): Float64Array | undefined {
    if (!this.owned) return undefined;
    this.#released = true;
    this.#owned = false;
    return this.#d;
  }
  apply(v: Float64Array): Float64Array {
    return multiplyFlat(this.d, v, v.length);
  }
  applyT(u: Float64Array): Float64Array {
    return this.apply(u);
  }
  dense(): Float64Array {
    const d = this.d;
    const n = d.length;
    const M = new Float64Array(n * n);
    for (let i = 0; i < n; i++) M[i * n + i] = d[i] as number;
    return M;
  }
  sparse(): CSR {
    const d = this.d;
    return diagonalCSR(d.length, (i) => d[i] as number);
  }
  diagonal(): Float64Array {
    return this.d;
  }
  /** The same diagonal with other shapes: `d` is shared from now on, owned by neither map. */
  withShapes(inShape: Shape, outShape: Shape): LinearMap {
    const d = this.d;
    this.#owned = false;
    return new DiagonalMap(d, inShape, outShape);
  }
  transpose(): LinearMap {
    return this.withShapes(this.outShape, this.inShape);
  }
  /** `c · Diag(d)`; handed over, a diagonal that owns `d` scales it in place (or, for c = 1, moves it). */
  scale(c: number, given: boolean | undefined, inShape: Shape, outShape: Shape): LinearMap {
    if (c === 0) return new ZeroMap(inShape, outShape);
    const d = this.d;
    const own = given ? this.release() : undefined;
    if (c === 1) return own ? new DiagonalMap(own, inShape, outShape, true) : this.withShapes(inShape, outShape);
    return new DiagonalMap(multiplyFlat(d, c, d.length, own), inShape, outShape, true);
  }
  /** `Diag(d) ∘ b`: a diagonal when `b` is one (into storage handed over), scaled rows of a dense `b`. */
  after(b: LinearMap, give: Handover): LinearMap | null {
    const d = this.d;
    const db = diagonalOf(b);
    if (db) {
      const into = (give.a ? this.release() : undefined) ?? (give.b && b instanceof DiagonalMap ? b.release() : undefined);
      return new DiagonalMap(multiplyFlat(d, db, d.length, into), b.inShape, this.outShape, true);
    }
    if (b instanceof DenseMap) return new DenseMap(scaleRows(d, b.M, b.m, b.n), b.inShape, this.outShape);
    return null;
  }
  /** `a ∘ Diag(d)` for a dense `a`: its columns scaled. */
  before(a: LinearMap): LinearMap | null {
    return a instanceof DenseMap ? new DenseMap(scaleColumns(a.M, this.d, a.m, a.n), this.inShape, a.outShape) : null;
  }
  /** `Diag(d) + b` for a diagonal `b` (into storage handed over). */
  plus(b: LinearMap, give: Handover): LinearMap | null {
    const d = this.d;
    const db = diagonalOf(b);
    if (!db) return null;
    const into = (give.a ? this.release() : undefined) ?? (give.b && b instanceof DiagonalMap ? b.release() : undefined);
    return new DiagonalMap(addFlat(d, db, d.length, into), this.inShape, this.outShape, true);
  }
  text(): string {
    return `Diag(${showArray(this.d, this.inShape)})`;
  }
  latex(): string {
    const d = this.d;
    return `\\operatorname{Diag}\\left(${latexMatrix(d, d.length, 1)}\\right)`;
  }
}

/** Whether a map's matrix is diagonal, and its diagonal (for the cheap rules of composition and sums). */
export function diagonalOf(map: LinearMap): Float64Array | null {
  if (map instanceof DiagonalMap || map instanceof ScaledIdentityMap) return map.diagonal();
  return null;
}

/** `c · I`, or the zero map for c = 0 (`x − x` is zero, not `0·I`). */
export function scaledIdentity(c: number, inShape: Shape, outShape: Shape): LinearMap {
  return c === 0 ? new ZeroMap(inShape, outShape) : new ScaledIdentityMap(c, inShape, outShape);
}
