/**
 * Products and sums of structured maps, keeping structure wherever it survives: a diagonal times a
 * diagonal is a diagonal (O(n), never n × n), a diagonal times a dense matrix scales its rows, a
 * selection times a padding is sparse, and a sparse result that turns out diagonal is named so.
 *
 * The algebra itself knows only the generic forms. Each structure states the pairs it keeps
 * cheap (`after`, `before`, `plus` on its class — the zero map and the scaled identity are the
 * units there); a product or sum asks the two operands in turn, then falls back to a sparse
 * product when both have a sparse form, else to a dense one.
 *
 * @module
 */
import { addFlat } from "../../ops/flat.js";
import { DenseMap } from "./dense.js";
import { ScaledIdentityMap, ZeroMap } from "./diagonal.js";
import { sizeOf, type Handover, type LinearMap } from "./linear-map.js";
import { classify, csrProduct, csrSum } from "./sparse.js";

export type { Handover } from "./linear-map.js";

/** `c · map`, keeping its structure. */
export const scaleMap = (map: LinearMap, c: number): LinearMap => (c === 1 ? map : map.scale(c, false, map.inShape, map.outShape));

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

const isUnit = (m: LinearMap): m is ScaledIdentityMap | ZeroMap => m instanceof ScaledIdentityMap || m instanceof ZeroMap;

const sparseBoth = (a: LinearMap, b: LinearMap): boolean => !!a.sparse && !!b.sparse && !(a instanceof DenseMap) && !(b instanceof DenseMap);

/**
 * `a ∘ b` (apply `b`, then `a`): the Jacobian chain rule `J_{a∘b} = J_a J_b`, in the cheapest
 * structure the two allow. `give` says which operands the caller hands over (see `Handover`).
 */
export function compose(a: LinearMap, b: LinearMap, give: Handover = {}): LinearMap {
  // The units first: `c I` and 0 on either side cost nothing, whatever the other structure.
  const found = (isUnit(b) ? b.before(a, give) : null) ?? a.after?.(b, give) ?? b.before?.(a, give);
  if (found) return found;
  if (sparseBoth(a, b)) return classify(csrProduct((a.sparse as () => never)(), (b.sparse as () => never)()), b.inShape, a.outShape);
  return new DenseMap(denseProduct(a, b), b.inShape, a.outShape);
}

/** `a + b` (the same shapes): the Jacobian of a value reached along two paths. */
export function addMaps(a: LinearMap, b: LinearMap, give: Handover = {}): LinearMap {
  const found = a.plus?.(b, give) ?? b.plus?.(a, { a: give.b, b: give.a });
  if (found) return found;
  if (sparseBoth(a, b)) return classify(csrSum((a.sparse as () => never)(), (b.sparse as () => never)()), a.inShape, a.outShape);
  const M = a.dense();
  return new DenseMap(addFlat(M, b.dense(), M.length), a.inShape, a.outShape);
}
