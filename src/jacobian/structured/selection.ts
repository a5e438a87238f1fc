/**
 * Picking a block and putting it back: `x[i]` (a selection, `eᵢᵀ ⊗ I`) and the placement of a
 * block into a stack (an injection, `eᵢ ⊗ I`). In C order a block of leading indices is one
 * contiguous run of elements, so both are O(block size).
 *
 * @module
 */
import type { Shape } from "../../validate.js";
import { sub, type CSR, type LinearMap } from "./linear-map.js";
import { scaledSparse } from "./sparse.js";

/**
 * `"select"`: the `block` elements of a `total`-element input starting at `offset`;
 * `"inject"`: a `block`-element input placed at `offset` in a zero `total`-element output.
 */
export class BlockMap implements LinearMap {
  readonly kind: "selection" | "injection";
  constructor(
    readonly direction: "select" | "inject",
    readonly offset: number,
    readonly block: number,
    readonly total: number,
    /** The index written in formulas (e.g. `[1]` or `[0, 2]`). */
    readonly label: readonly number[],
    readonly inShape: Shape,
    readonly outShape: Shape,
  ) {
    this.kind = direction === "select" ? "selection" : "injection";
  }
  #take(x: Float64Array): Float64Array {
    return x.slice(this.offset, this.offset + this.block);
  }
  #put(x: Float64Array): Float64Array {
    const out = new Float64Array(this.total);
    out.set(x.subarray(0, this.block), this.offset);
    return out;
  }
  apply(v: Float64Array): Float64Array {
    return this.direction === "select" ? this.#take(v) : this.#put(v);
  }
  applyT(u: Float64Array): Float64Array {
    return this.direction === "select" ? this.#put(u) : this.#take(u);
  }
  sparse(): CSR {
    const { offset, block, total } = this;
    if (this.direction === "select") {
      const indptr = Int32Array.from({ length: block + 1 }, (_, i) => i);
      const indices = Int32Array.from({ length: block }, (_, i) => offset + i);
      return { rows: block, cols: total, indptr, indices, values: new Float64Array(block).fill(1) };
    }
    const indptr = new Int32Array(total + 1);
    for (let r = 0; r < total; r++) indptr[r + 1] = (indptr[r] as number) + (r >= offset && r < offset + block ? 1 : 0);
    const indices = Int32Array.from({ length: block }, (_, i) => i);
    return { rows: total, cols: block, indptr, indices, values: new Float64Array(block).fill(1) };
  }
  dense(): Float64Array {
    const M = new Float64Array(this.block * this.total);
    for (let i = 0; i < this.block; i++) {
      if (this.direction === "select") M[i * this.total + this.offset + i] = 1;
      else M[(this.offset + i) * this.block + i] = 1;
    }
    return M;
  }
  withShapes(inShape: Shape, outShape: Shape): LinearMap {
    return new BlockMap(this.direction, this.offset, this.block, this.total, this.label, inShape, outShape);
  }
  transpose(): LinearMap {
    return new BlockMap(this.direction === "select" ? "inject" : "select", this.offset, this.block, this.total, this.label, this.outShape, this.inShape);
  }
  scale(c: number, _given: boolean | undefined, inShape: Shape, outShape: Shape): LinearMap {
    return scaledSparse(this, c, inShape, outShape);
  }
  #e(latex: boolean): string {
    const i = this.label.join(",");
    return latex ? `e_{${i}}${this.direction === "select" ? "^\\top" : ""}` : `e${sub(Number(this.label.join("")))}${this.direction === "select" ? "ᵀ" : ""}`;
  }
  text(): string {
    const e = this.label.length === 1 ? this.#e(false) : `e[${this.label.join(", ")}]${this.direction === "select" ? "ᵀ" : ""}`;
    return this.block === 1 ? e : `${e} ⊗ I${sub(this.block)}`;
  }
  latex(): string {
    return this.block === 1 ? this.#e(true) : `${this.#e(true)} \\otimes I_{${this.block}}`;
  }
}
