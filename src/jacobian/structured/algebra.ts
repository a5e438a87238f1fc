/**
 * Products and sums of structured maps, keeping structure wherever it survives: a diagonal times a
 * diagonal is a diagonal (O(n), never n × n), a diagonal times a dense matrix scales its rows, a
 * selection times a padding is sparse, and a sparse result that turns out diagonal is named so.
 *
 * @module
 */
import { addFlat, multiplyFlat, scaleColumns, scaleRows } from "../../ops/flat.js";
import type { Shape } from "../../validate.js";
import { DenseMap, SparseMap } from "./dense.js";
import { DiagonalMap, diagonalOf, ScaledIdentityMap, ZeroMap } from "./diagonal.js";
import { sizeOf, type CSR, type LinearMap } from "./linear-map.js";
import { OnesMap } from "./padding.js";

/** `c · map`, keeping its structure where the structure has a scale. */
export function scaleMap(map: LinearMap, c: number): LinearMap {
  if (c === 1) return map;
  if (map instanceof ZeroMap) return map;
  if (map instanceof ScaledIdentityMap) return new ScaledIdentityMap(map.scale * c, map.inShape, map.outShape);
  if (map instanceof DiagonalMap) return new DiagonalMap(multiplyFlat(map.d, c, map.d.length), map.inShape, map.outShape, true);
  if (map instanceof OnesMap) return map.times(c);
  if (map instanceof DenseMap) return new DenseMap(multiplyFlat(map.M, c, map.M.length), map.inShape, map.outShape);
  if (map.sparse) {
    const csr = map.sparse();
    return classify({ ...csr, values: multiplyFlat(csr.values, c, csr.values.length) }, map.inShape, map.outShape);
  }
  const M = map.dense();
  return new DenseMap(multiplyFlat(M, c, M.length), map.inShape, map.outShape);
}

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
function buildCSR(rows: number, cols: number, visit: (r: number, add: (c: number, v: number) => void) => void): CSR {
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
const csrProduct = (a: CSR, b: CSR): CSR =>
  buildCSR(a.rows, b.cols, (r, add) => {
    for (let ka = a.indptr[r] as number; ka < (a.indptr[r + 1] as number); ka++) {
      const t = a.indices[ka] as number;
      const av = a.values[ka] as number;
      for (let kb = b.indptr[t] as number; kb < (b.indptr[t + 1] as number); kb++) add(b.indices[kb] as number, av * (b.values[kb] as number));
    }
  });

/** The sum of two sparse matrices of the same size. */
const csrSum = (a: CSR, b: CSR): CSR =>
  buildCSR(a.rows, a.cols, (r, add) => {
    for (const m of [a, b]) {
      for (let k = m.indptr[r] as number; k < (m.indptr[r + 1] as number); k++) add(m.indices[k] as number, m.values[k] as number);
    }
  });

/** The dense matrix of `a ∘ b`, one row at a time: row i is `bᵀ (aᵀ eᵢ)`. */
function denseProduct(a: LinearMap, b: LinearMap): Float64Array {
  const m = sizeOf(a.outShape);
  const n = sizeOf(b.inShape);
  const M = new Float64Array(m * n);
  const e = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    e[i] = 1;
    M.set(b.applyT(a.applyT(e)), i * n);
    e[i] = 0;
  }
  return M;
}

/**
 * Which operands of {@link compose} or {@link addMaps} the caller hands over: it will never read
 * them again. A handed-over diagonal that owns its storage (see the ownership rule on
 * {@link DiagonalMap}) gives that storage to the result, which then owns it; an operand that is
 * not handed over is only read, and a result that shares its storage takes it as shared. On 1e6
 * elements each reuse saves a fresh 8 MB array (bench/ J1), whose first touch of new pages costs
 * more than the arithmetic.
 */
export interface Handover {
  a?: boolean;
  b?: boolean;
}

/** The storage of a handed-over diagonal that owns it, moved out for an in-place write. */
const released = (map: LinearMap, given: boolean | undefined): Float64Array | undefined =>
  given && map instanceof DiagonalMap ? map.release() : undefined;

/**
 * `map` as the result of an operation: itself when handed over (its storage, owned or not, moves
 * with it), else a second holder of the same storage (which then is shared).
 */
const passOn = (map: LinearMap, given: boolean | undefined): LinearMap =>
  given || !(map instanceof DiagonalMap) ? map : map.withShapes(map.inShape, map.outShape);

/** `c · map` seen with new shapes; a handed-over diagonal that owns its storage is scaled in place. */
function scaledTo(map: LinearMap, c: number, given: boolean | undefined, inShape: Shape, outShape: Shape): LinearMap {
  if (!(map instanceof DiagonalMap)) return scaleMap(map, c).withShapes(inShape, outShape);
  const d = map.d;
  const own = released(map, given);
  if (c === 1) return own ? new DiagonalMap(own, inShape, outShape, true) : map.withShapes(inShape, outShape);
  return new DiagonalMap(multiplyFlat(d, c, d.length, own), inShape, outShape, true);
}

/**
 * `a ∘ b` (apply `b`, then `a`): the Jacobian chain rule `J_{a∘b} = J_a J_b`, in the cheapest
 * structure the two allow.
 */
export function compose(a: LinearMap, b: LinearMap, give: Handover = {}): LinearMap {
  const inShape = b.inShape;
  const outShape = a.outShape;
  if (a instanceof ZeroMap || b instanceof ZeroMap) return new ZeroMap(inShape, outShape);
  if (a instanceof ScaledIdentityMap) return scaledTo(b, a.scale, give.b, inShape, outShape);
  if (b instanceof ScaledIdentityMap) return scaledTo(a, b.scale, give.a, inShape, outShape);
  const da = diagonalOf(a);
  const db = diagonalOf(b);
  if (da && db) {
    const into = released(a, give.a) ?? released(b, give.b);
    return new DiagonalMap(multiplyFlat(da, db, da.length, into), inShape, outShape, true);
  }
  if (da && b instanceof DenseMap) return new DenseMap(scaleRows(da, b.M, b.m, b.n), inShape, outShape);
  if (a instanceof DenseMap && db) return new DenseMap(scaleColumns(a.M, db, a.m, a.n), inShape, outShape);
  if (a.sparse && b.sparse && !(a instanceof DenseMap) && !(b instanceof DenseMap)) {
    return classify(csrProduct(a.sparse(), b.sparse()), inShape, outShape);
  }
  return new DenseMap(denseProduct(a, b), inShape, outShape);
}

/** `a + b` (the same shapes): the Jacobian of a value reached along two paths. */
export function addMaps(a: LinearMap, b: LinearMap, give: Handover = {}): LinearMap {
  if (a instanceof ZeroMap) return passOn(b, give.b);
  if (b instanceof ZeroMap) return passOn(a, give.a);
  if (a instanceof ScaledIdentityMap && b instanceof ScaledIdentityMap) {
    return new ScaledIdentityMap(a.scale + b.scale, a.inShape, a.outShape);
  }
  const da = diagonalOf(a);
  const db = diagonalOf(b);
  if (da && db) {
    const into = released(a, give.a) ?? released(b, give.b);
    return new DiagonalMap(addFlat(da, db, da.length, into), a.inShape, a.outShape, true);
  }
  if (a.sparse && b.sparse && !(a instanceof DenseMap) && !(b instanceof DenseMap)) {
    return classify(csrSum(a.sparse(), b.sparse()), a.inShape, a.outShape);
  }
  const M = a.dense();
  return new DenseMap(addFlat(M, b.dense(), M.length), a.inShape, a.outShape);
}
