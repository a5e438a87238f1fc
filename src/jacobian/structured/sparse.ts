/**
 * The generic sparse form: a matrix in compressed rows, products and sums of compressed-row matrices, and the naming of a
 * sparse result by the structure it turned out to have.
 *
 * @module
 */
import { multiplyFlat } from "../../ops/flat.js";
import type { Shape } from "../../validate.js";
import { DenseMap } from "./dense.js";
import { DiagonalMap, ScaledIdentityMap, ZeroMap } from "./diagonal.js";
import { csrTranspose, type CSR, type LinearMap } from "./linear-map.js";
import { latexMatrix, showArray } from "./show.js";

/**
 * Names a sparse matrix by its structure: no entries → zero; one entry per row on the diagonal →
 * a (scaled) identity or a diagonal; at least half full → dense; else sparse.
 */
export function classify(csr: CSR, inShape: Shape, outShape: Shape): LinearMap {
  const { rows, cols, indptr, indices, values } = csr;
  let nonzero = 0;
  for (const v of values) if (v !== 0) nonzero++;
  if (nonzero === 0) return new ZeroMap(inShape, outShape);
  if (rows === cols) {
    let diagonal = true;
    for (let r = 0; r < rows && diagonal; r++) {
      diagonal = (indptr[r + 1] as number) - (indptr[r] as number) === 1 && indices[indptr[r] as number] === r;
    }
    if (diagonal) {
      const d = new Float64Array(rows);
      for (let r = 0; r < rows; r++) d[r] = values[indptr[r] as number] as number;
      const first = d[0] as number;
      if (d.every((x) => x === first)) return new ScaledIdentityMap(first, inShape, outShape);
      return new DiagonalMap(d, inShape, outShape, true);
    }
  }
  const map = new SparseMap(csr, inShape, outShape);
  return 2 * values.length >= rows * cols ? new DenseMap(map.dense(), inShape, outShape) : map;
}

/**
 * Builds a `rows × cols` sparse matrix row by row: `visit(r, add)` calls `add(c, v)` for the
 * entries of row r, in any order and with repeats, which are summed.
 */
export function buildCSR(rows: number, cols: number, visit: (r: number, add: (c: number, v: number) => void) => void): CSR {
  const acc = new Float64Array(cols);
  const mark = new Int32Array(cols).fill(-1);
  const indptr = new Int32Array(rows + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < rows; r++) {
    const touched: number[] = [];
    visit(r, (c, v) => {
      if (mark[c] !== r) {
        mark[c] = r;
        acc[c] = 0;
        touched.push(c);
      }
      acc[c] = (acc[c] as number) + v;
    });
    touched.sort((x, y) => x - y);
    for (const c of touched) {
      indices.push(c);
      values.push(acc[c] as number);
    }
    indptr[r + 1] = indices.length;
  }
  return { rows, cols, indptr, indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

/** The product of two sparse matrices (`a` rows × `b` columns). */
export const csrProduct = (a: CSR, b: CSR): CSR =>
  buildCSR(a.rows, b.cols, (r, add) => {
    for (let ka = a.indptr[r] as number; ka < (a.indptr[r + 1] as number); ka++) {
      const t = a.indices[ka] as number;
      const av = a.values[ka] as number;
      for (let kb = b.indptr[t] as number; kb < (b.indptr[t + 1] as number); kb++) add(b.indices[kb] as number, av * (b.values[kb] as number));
    }
  });

/** The sum of two sparse matrices of the same size. */
export const csrSum = (a: CSR, b: CSR): CSR =>
  buildCSR(a.rows, a.cols, (r, add) => {
    for (const m of [a, b]) {
      for (let k = m.indptr[r] as number; k < (m.indptr[r + 1] as number); k++) add(m.indices[k] as number, m.values[k] as number);
    }
  });

/** `c · map` for a map with a sparse form, named by the structure it has. */
export function scaledSparse(map: LinearMap & { sparse(): CSR }, c: number, inShape: Shape, outShape: Shape): LinearMap {
  if (c === 1) return map.withShapes(inShape, outShape);
  const csr = map.sparse();
  return classify({ ...csr, values: multiplyFlat(csr.values, c, csr.values.length) }, inShape, outShape);
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
  transpose(): LinearMap {
    return new SparseMap(csrTranspose(this.csr), this.outShape, this.inShape);
  }
  scale(c: number, _given: boolean | undefined, inShape: Shape, outShape: Shape): LinearMap {
    return scaledSparse(this, c, inShape, outShape);
  }
  text(): string {
    return `sparse, ${this.csr.values.length} of ${this.csr.rows * this.csr.cols} entries stored: ${showArray(this.dense(), [...this.outShape, ...this.inShape])}`;
  }
  latex(): string {
    return latexMatrix(this.dense(), this.csr.rows, this.csr.cols);
  }
}
