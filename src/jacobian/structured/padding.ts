/**
 * Broadcasting and its adjoint as linear maps: the ones-padding `1ₘ ⊗ I_n` of `broadcastTo`, and
 * the reduction `1ₘᵀ ⊗ I_n` of `sum` (scaled by 1/m for `mean`). Each is a Kronecker product of
 * one factor per axis: `1ₙ` (or `1ₙᵀ`) on a stretched axis, `Iₙ` on a kept one.
 *
 * @module
 */
import { multiplyFlat } from "../../ops/flat.js";
import type { Shape } from "../../validate.js";
import { cStrides, sizeOf, stridedPositions, sub, type CSR, type LinearMap } from "./linear-map.js";
import { showNumber } from "./show.js";

/**
 * Between `big` and `small` (the same rank, `small` with 1 on every stretched axis):
 * `"pad"` repeats `small` into `big` (inShape ~ small, outShape ~ big), `"reduce"` sums `big` into
 * `small` (inShape ~ big, outShape ~ small); both times `factor`.
 */
export class OnesMap implements LinearMap {
  readonly kind: "ones-padding" | "reduction";
  /** For each element of `big` (C order), the index of its element of `small`. */
  #source: Int32Array | null = null;

  constructor(
    readonly direction: "pad" | "reduce",
    readonly big: Shape,
    readonly small: Shape,
    readonly factor: number,
    readonly inShape: Shape,
    readonly outShape: Shape,
  ) {
    this.kind = direction === "pad" ? "ones-padding" : "reduction";
  }

  get source(): Int32Array {
    // small's C strides, 0 on its stretched (length-1) axes, walked over big
    this.#source ??= stridedPositions(this.big, cStrides(this.small, (i) => this.small[i] === 1));
    return this.#source;
  }
  #pad(v: Float64Array): Float64Array {
    // everything from one element (a sum to a scalar): no index map
    if (sizeOf(this.small) === 1) return new Float64Array(sizeOf(this.big)).fill((v[0] as number) * this.factor);
    const src = this.source;
    const out = new Float64Array(src.length);
    for (let k = 0; k < src.length; k++) out[k] = (v[src[k] as number] as number) * this.factor;
    return out;
  }

  #reduce(u: Float64Array): Float64Array {
    if (sizeOf(this.small) === 1) {
      let acc = 0;
      for (let k = 0; k < u.length; k++) acc += u[k] as number;
      return Float64Array.of(acc * this.factor);
    }
    const src = this.source;
    const out = new Float64Array(sizeOf(this.small));
    for (let k = 0; k < src.length; k++) out[src[k] as number] = (out[src[k] as number] as number) + (u[k] as number);
    if (this.factor !== 1) multiplyFlat(out, this.factor, out.length, out);
    return out;
  }

  apply(v: Float64Array): Float64Array {
    return this.direction === "pad" ? this.#pad(v) : this.#reduce(v);
  }
  applyT(u: Float64Array): Float64Array {
    return this.direction === "pad" ? this.#reduce(u) : this.#pad(u);
  }
  sparse(): CSR {
    const src = this.source;
    const nBig = src.length;
    const nSmall = sizeOf(this.small);
    if (this.direction === "pad") {
      const indptr = Int32Array.from({ length: nBig + 1 }, (_, i) => i);
      return { rows: nBig, cols: nSmall, indptr, indices: src.slice(), values: new Float64Array(nBig).fill(this.factor) };
    }
    // reduce: row r of the small side collects the big elements whose source is r
    const counts = new Int32Array(nSmall + 1);
    for (let k = 0; k < nBig; k++) counts[(src[k] as number) + 1] = (counts[(src[k] as number) + 1] as number) + 1;
    for (let r = 0; r < nSmall; r++) counts[r + 1] = (counts[r + 1] as number) + (counts[r] as number);
    const fill = counts.slice(0, nSmall);
    const indices = new Int32Array(nBig);
    for (let k = 0; k < nBig; k++) {
      const r = src[k] as number;
      indices[fill[r] as number] = k;
      fill[r] = (fill[r] as number) + 1;
    }
    return { rows: nSmall, cols: nBig, indptr: counts, indices, values: new Float64Array(nBig).fill(this.factor) };
  }
  dense(): Float64Array {
    const src = this.source;
    const nSmall = sizeOf(this.small);
    const nBig = src.length;
    const M = new Float64Array(nSmall * nBig);
    for (let k = 0; k < nBig; k++) {
      if (this.direction === "pad") M[k * nSmall + (src[k] as number)] = this.factor;
      else M[(src[k] as number) * nBig + k] = this.factor;
    }
    return M;
  }
  withShapes(inShape: Shape, outShape: Shape): LinearMap {
    return new OnesMap(this.direction, this.big, this.small, this.factor, inShape, outShape);
  }
  transpose(): LinearMap {
    return new OnesMap(this.direction === "pad" ? "reduce" : "pad", this.big, this.small, this.factor, this.outShape, this.inShape);
  }
  scale(c: number, _given: boolean | undefined, inShape: Shape, outShape: Shape): LinearMap {
    if (c === 1) return this.withShapes(inShape, outShape);
    return new OnesMap(this.direction, this.big, this.small, this.factor * c, inShape, outShape);
  }
  #factors(latex: boolean): string[] {
    // One factor per axis; a kept axis of length 1 contributes I₁ and is left out.
    return this.big.flatMap((n, i) => (n === 1 ? [] : [i])).map((i) => {
      const n = this.big[i] as number;
      const stretched = this.small[i] === 1 && n !== 1;
      if (latex) return stretched ? `\\mathbf{1}_{${n}}${this.direction === "reduce" ? "^\\top" : ""}` : `I_{${n}}`;
      return stretched ? `1${sub(n)}${this.direction === "reduce" ? "ᵀ" : ""}` : `I${sub(n)}`;
    });
  }
  text(): string {
    const f = this.#factors(false).join(" ⊗ ") || "1";
    return this.factor === 1 ? f : `${showNumber(this.factor)}·(${f})`;
  }
  latex(): string {
    const f = this.#factors(true).join(" \\otimes ") || "1";
    return this.factor === 1 ? f : `${showNumber(this.factor)} \\left(${f}\\right)`;
  }
}
