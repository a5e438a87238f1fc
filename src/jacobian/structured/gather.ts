/**
 * Moving elements without arithmetic: a gather `y[i] = x[idx[i]]` (a transpose is a permutation,
 * `stack` and `concat` place each operand, an index picks elements) and its transpose, the
 * scatter-add `x[idx[i]] += y[i]` (a repeated index sums, as the transpose of a selection must).
 * O(number of elements moved), never a matrix.
 *
 * @module
 */
import type { Shape } from "../../validate.js";
import { sizeOf, type CSR, type LinearMap } from "./linear-map.js";
import { scaledSparse } from "./sparse.js";

/**
 * `"gather"`: from `n` input elements, output i is input `idx[i]` (kind `"permutation"` when
 * `idx` is one, else `"selection"`); `"scatter"`: the transpose, from `idx.length` input elements
 * into `n` outputs (`"injection"`, or `"permutation"`). `label` is the formula's text (`Pᵀ`…).
 */
export class IndexMap implements LinearMap {
  readonly kind: "permutation" | "selection" | "injection";
  constructor(
    readonly direction: "gather" | "scatter",
    readonly idx: Int32Array,
    readonly n: number,
    readonly permutation: boolean,
    readonly label: string,
    readonly inShape: Shape,
    readonly outShape: Shape,
  ) {
    this.kind = permutation ? "permutation" : direction === "gather" ? "selection" : "injection";
  }
  #gather(v: Float64Array): Float64Array {
    const { idx } = this;
    const out = new Float64Array(idx.length);
    for (let i = 0; i < idx.length; i++) out[i] = v[idx[i] as number] as number;
    return out;
  }
  #scatter(u: Float64Array): Float64Array {
    const { idx } = this;
    const out = new Float64Array(this.n);
    for (let i = 0; i < idx.length; i++) out[idx[i] as number] = (out[idx[i] as number] as number) + (u[i] as number);
    return out;
  }
  apply(v: Float64Array): Float64Array {
    return this.direction === "gather" ? this.#gather(v) : this.#scatter(v);
  }
  applyT(u: Float64Array): Float64Array {
    return this.direction === "gather" ? this.#scatter(u) : this.#gather(u);
  }
  sparse(): CSR {
    const { idx, n } = this;
    const m = idx.length;
    const ones = new Float64Array(m).fill(1);
    if (this.direction === "gather") return { rows: m, cols: n, indptr: Int32Array.from({ length: m + 1 }, (_, i) => i), indices: idx.slice(), values: ones };
    // scatter: row r collects the inputs i with idx[i] = r
    const indptr = new Int32Array(n + 1);
    for (let i = 0; i < m; i++) indptr[(idx[i] as number) + 1] = (indptr[(idx[i] as number) + 1] as number) + 1;
    for (let r = 0; r < n; r++) indptr[r + 1] = (indptr[r + 1] as number) + (indptr[r] as number);
    const fill = indptr.slice(0, n);
    const indices = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const r = idx[i] as number;
      indices[fill[r] as number] = i;
      fill[r] = (fill[r] as number) + 1;
    }
    return { rows: n, cols: m, indptr, indices, values: ones };
  }
  dense(): Float64Array {
    const rows = sizeOf(this.outShape);
    const cols = sizeOf(this.inShape);
    const M = new Float64Array(rows * cols);
    this.idx.forEach((j, i) => {
      const at = this.direction === "gather" ? i * cols + j : j * cols + i;
      M[at] = (M[at] as number) + 1;
    });
    return M;
  }
  withShapes(inShape: Shape, outShape: Shape): LinearMap {
    return new IndexMap(this.direction, this.idx, this.n, this.permutation, this.label, inShape, outShape);
  }
  transpose(): LinearMap {
    const label = this.label.endsWith("ᵀ") ? this.label.slice(0, -1) : `${this.label}ᵀ`;
    return new IndexMap(this.direction === "gather" ? "scatter" : "gather", this.idx, this.n, this.permutation, label, this.outShape, this.inShape);
  }
  scale(c: number, _given: boolean | undefined, inShape: Shape, outShape: Shape): LinearMap {
    return scaledSparse(this, c, inShape, outShape);
  }
  /** A gather after a gather is a gather: `y[i] = x[b[a[i]]]`. */
  after(b: LinearMap): LinearMap | null {
    if (this.direction !== "gather" || !(b instanceof IndexMap) || b.direction !== "gather") return null;
    const idx = new Int32Array(this.idx.length);
    for (let i = 0; i < idx.length; i++) idx[i] = b.idx[this.idx[i] as number] as number;
    const both = this.permutation && b.permutation;
    return new IndexMap("gather", idx, b.n, both, both ? "P" : "S", b.inShape, this.outShape);
  }
  /** A permutation by its label (`P(1, 0)`); a selection by the indices it picks, `S[2, 5]` (`ᵀ`: scattered). */
  text(): string {
    if (this.permutation) return this.label;
    const list = this.idx.length <= 8 ? this.idx.join(", ") : `${this.idx.slice(0, 3).join(", ")}, …, ${this.idx[this.idx.length - 1]}`;
    return `S[${list}]${this.direction === "scatter" ? "ᵀ" : ""}`;
  }
  latex(): string {
    return this.text().replace(/ᵀ$/, "^\\top").replace("…", "\\ldots");
  }
}
