/**
 * Block-diagonal maps: `count` independent maps side by side, block b taking input elements
 * `[b·bi, (b+1)·bi)` to output elements `[b·bo, (b+1)·bo)` — the Jacobian of a batched matrix
 * product, where each matrix of the batch depends only on its own operands. Applying one costs
 * what its blocks cost, never a matrix of (count·bo) × (count·bi).
 *
 * @module
 */
import { addMaps, compose } from "./algebra.js";
import { DiagonalMap } from "./diagonal.js";
import { sizeOf, sub, type CSR, type LinearMap } from "./linear-map.js";
import { buildCSR, scaledSparse } from "./sparse.js";

/** `blocks[0] ⊕ blocks[1] ⊕ …`: every block maps `bi` elements to `bo` elements. */
export class BlockDiagonalMap implements LinearMap {
  readonly kind = "block-diagonal";
  readonly bi: number;
  readonly bo: number;
  constructor(
    readonly blocks: readonly LinearMap[],
    /** The shapes of one block (all blocks have them). */
    readonly blockIn: readonly number[],
    readonly blockOut: readonly number[],
    readonly inShape: readonly number[],
    readonly outShape: readonly number[],
  ) {
    this.bi = sizeOf(blockIn);
    this.bo = sizeOf(blockOut);
  }
  #each(v: Float64Array, size: number, other: number, run: (m: LinearMap, part: Float64Array) => Float64Array): Float64Array {
    const out = new Float64Array(this.blocks.length * other);
    this.blocks.forEach((m, b) => out.set(run(m, v.subarray(b * size, (b + 1) * size)), b * other));
    return out;
  }
  apply(v: Float64Array): Float64Array {
    return this.#each(v, this.bi, this.bo, (m, part) => m.apply(part));
  }
  applyT(u: Float64Array): Float64Array {
    return this.#each(u, this.bo, this.bi, (m, part) => m.applyT(part));
  }
  dense(): Float64Array {
    const { bi, bo } = this;
    const cols = this.blocks.length * bi;
    const M = new Float64Array(this.blocks.length * bo * cols);
    this.blocks.forEach((m, b) => {
      const D = m.dense();
      for (let r = 0; r < bo; r++) M.set(D.subarray(r * bi, (r + 1) * bi), (b * bo + r) * cols + b * bi);
    });
    return M;
  }
  sparse(): CSR {
    const { bi, bo } = this;
    const dense = this.blocks.map((m) => m.dense());
    return buildCSR(this.blocks.length * bo, this.blocks.length * bi, (r, put) => {
      const b = Math.floor(r / bo);
      const D = dense[b] as Float64Array;
      const row = (r % bo) * bi;
      for (let c = 0; c < bi; c++) if (D[row + c] !== 0) put(b * bi + c, D[row + c] as number);
    });
  }
  withShapes(inShape: readonly number[], outShape: readonly number[]): LinearMap {
    return new BlockDiagonalMap(this.blocks, this.blockIn, this.blockOut, inShape, outShape);
  }
  /** `(⊕ Bᵢ)ᵀ = ⊕ Bᵢᵀ`. */
  transpose(): LinearMap {
    return new BlockDiagonalMap(
      this.blocks.map((m) => m.transpose()),
      this.blockOut,
      this.blockIn,
      this.outShape,
      this.inShape,
    );
  }
  scale(c: number, _given: boolean | undefined, inShape: readonly number[], outShape: readonly number[]): LinearMap {
    if (this.blocks.length === 0) return scaledSparse(this, c, inShape, outShape);
    const blocks = this.blocks.map((m) => m.scale(c, false, m.inShape, m.outShape));
    return new BlockDiagonalMap(blocks, this.blockIn, this.blockOut, inShape, outShape);
  }
  /** The blocks of a diagonal seen with this map's block partition (its storage shared from now on). */
  #diagonalBlocks(d: DiagonalMap, size: number, shape: readonly number[]): LinearMap[] {
    const diag = (d.withShapes(d.inShape, d.outShape) as DiagonalMap).d;
    return this.blocks.map((_, b) => new DiagonalMap(diag.subarray(b * size, (b + 1) * size), shape, shape, false));
  }
  /** Block by block when `b` has the same partition (another block-diagonal map, or a diagonal). */
  after(b: LinearMap): LinearMap | null {
    if (b instanceof BlockDiagonalMap && b.blocks.length === this.blocks.length && b.bo === this.bi && this.blocks.length > 0) {
      const blocks = this.blocks.map((m, i) => compose(m, (b.blocks[i] as LinearMap).withShapes(b.blockIn, this.blockIn)));
      return new BlockDiagonalMap(blocks, b.blockIn, this.blockOut, b.inShape, this.outShape);
    }
    if (b instanceof DiagonalMap && this.blocks.length > 0) {
      const parts = this.#diagonalBlocks(b, this.bi, this.blockIn);
      const blocks = this.blocks.map((m, i) => compose(m, parts[i] as LinearMap));
      return new BlockDiagonalMap(blocks, this.blockIn, this.blockOut, b.inShape, this.outShape);
    }
    return null;
  }
  before(a: LinearMap): LinearMap | null {
    if (a instanceof DiagonalMap && this.blocks.length > 0) {
      const parts = this.#diagonalBlocks(a, this.bo, this.blockOut);
      const blocks = this.blocks.map((m, i) => compose(parts[i] as LinearMap, m));
      return new BlockDiagonalMap(blocks, this.blockIn, this.blockOut, this.inShape, a.outShape);
    }
    return null;
  }
  /** Block by block when `b` has the same partition (nothing is handed over to the blocks' sums). */
  plus(b: LinearMap): LinearMap | null {
    if (!(b instanceof BlockDiagonalMap) || b.blocks.length !== this.blocks.length || b.bi !== this.bi || b.bo !== this.bo) return null;
    const blocks = this.blocks.map((m, i) => addMaps(m, (b.blocks[i] as LinearMap).withShapes(m.inShape, m.outShape)));
    return new BlockDiagonalMap(blocks, this.blockIn, this.blockOut, this.inShape, this.outShape);
  }
  text(): string {
    const n = this.blocks.length;
    if (n === 0) return `0 (no blocks)`;
    return `${n === 1 ? "" : `⊕${sub(n)} `}[${(this.blocks[0] as LinearMap).text()}${n > 1 ? ", …" : ""}]`;
  }
  latex(): string {
    const n = this.blocks.length;
    if (n === 0) return "0";
    const first = (this.blocks[0] as LinearMap).latex();
    return n === 1 ? first : `\\operatorname{blockdiag}\\left(${first}, \\ldots\\right)_{${n}}`;
  }
}
