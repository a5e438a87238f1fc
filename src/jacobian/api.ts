/**
 * `jacobian`, `jvp`, `vjp`, `grad`: run `f` once on a traced variable, then read the tape —
 * forward, composing structured Jacobians (`jacobian`) or pushing a tangent (`jvp`); backward,
 * pulling a cotangent through each operation's transposed Jacobian (`vjp`, `grad`).
 *
 * @module
 */
import { toArray } from "../create.js";
import { DTYPES } from "../dtype.js";
import { DTypeError, NDArrayError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { checkAttached, freshArray, NDArray } from "../ndarray.js";
import { addFlat } from "../ops/flat.js";
import { checkOptions, shapesEqual, type Shape } from "../validate.js";
import { BroadcastRefusedError } from "./errors.js";
import { flatArray } from "./operands.js";
import { addMaps, compose } from "./structured/algebra.js";
import { diagonalOf, ScaledIdentityMap, ZeroMap } from "./structured/diagonal.js";
import { sizeOf, type Kind, type LinearMap } from "./structured/linear-map.js";
import { positiveZerosInPlace, withPositiveZeros } from "./structured/show.js";
import { traceVariable, Traced, type Tape } from "./trace.js";

/** Options naming the argument to differentiate with respect to. */
export interface WrtOptions {
  /** With a list of arguments, the index of the one to differentiate (default 0). */
  wrt?: number;
}

/** An argument of a differentiated function: the traced variable, or a constant array. */
export type Argument = Traced | NDArray;

/** A function of one or more arrays, written with the strict operations. */
export type Differentiable = (...args: Argument[]) => NDArray | Traced | number;

interface Traced1 {
  tape: Tape;
  variable: Traced;
  out: NDArray | Traced;
  inShape: Shape;
  outShape: Shape;
}

/** A list of NDArrays is a list of arguments; anything else (an array, a nested list) is one argument. */
const isArgumentList = (x: unknown): x is NDArray[] =>
  Array.isArray(x) && x.length > 0 && x.every((a) => a instanceof NDArray);

const GRAD_INSTEAD =
  "the gradient of a vector function is not defined — use jacobian(f, x) for every derivative, or vjp(f, x, u) for uᵀJ (summing the outputs silently, as some libraries do, is not a gradient)";

/** Checks the variable, runs `f` with it traced and the other arguments as constants. */
function trace(fn: string, f: unknown, args: unknown, options: WrtOptions | undefined): Traced1 {
  if (typeof f !== "function") throw new DTypeError(`${fn}: f must be a function, got ${describeType(f)}`);
  checkOptions(fn, options, ["wrt"]);
  const list = isArgumentList(args) ? args : [args];
  const wrt = options?.wrt ?? 0;
  if (!Number.isInteger(wrt) || wrt < 0 || wrt >= list.length) {
    throw new ShapeError(`${fn}: wrt is ${String(wrt)}, but there ${list.length === 1 ? "is 1 argument" : `are ${list.length} arguments`}`);
  }
  if (list.some((a) => a instanceof Traced)) {
    throw new NDArrayError(
      `${fn}: an argument is a value traced by another differentiation call — a derivative of a derivative (such as jacobian of grad) is not supported; use hessian(f, x) for the matrix of second derivatives or hvp(f, x, v) for a Hessian-vector product`,
    );
  }
  const arrays = list.map((a) => (a instanceof NDArray ? checkAttached(fn, a) : toArray(fn, a)));
  const x = arrays[wrt] as NDArray;
  if (DTYPES[x.dtype].kind !== "f") {
    throw new DTypeError(`${fn}: cannot differentiate with respect to an array of dtype ${x.dtype}; convert it with array(x, { dtype: "float64" })`);
  }
  const aliased = x.shape.findIndex((n, i) => n > 1 && x.strides[i] === 0);
  if (aliased >= 0) {
    throw new BroadcastRefusedError(
      `${fn}: the variable of shape ${formatShape(x.shape)} is a broadcast view (stride 0 on axis ${aliased}): its entries share one memory cell, so they are not independent variables — differentiate with respect to the array before broadcastTo, or pass a copy()`,
    );
  }
  // The tape keeps its own copy of the variable: partial Jacobians may hold its values (the
  // derivative of x ⊙ x is Diag(2x)… and of w ⊙ x with respect to w is Diag(x)), and a result
  // must not change when the caller later writes into x.
  const { tape, variable } = traceVariable(x.copy());
  let out: unknown;
  try {
    out = (f as (...a: unknown[]) => unknown)(...arrays.map((a, i) => (i === wrt ? variable : a)));
  } finally {
    tape.open = false;
  }
  if (typeof out === "number") out = toArray(fn, out);
  if (!(out instanceof NDArray) && !(out instanceof Traced)) {
    throw new DTypeError(`${fn}: f must return an array or a traced value, got ${describeType(out)}`);
  }
  if (out instanceof Traced && out.tape !== tape) {
    throw new DTypeError(`${fn}: f returned a value traced by another jacobian call`);
  }
  return { tape, variable, out, inShape: x.shape, outShape: out.shape };
}

/**
 * Walks the tape forward: `J_node = Σ ∂node/∂parent · J_parent`, starting from `J_x = I`. Each
 * partial is used once, and a parent's Jacobian is handed over on its last use (not the output's),
 * so that a chain of elementwise steps updates one diagonal in place (see `Handover`).
 */
function forwardJacobian(t: Traced1): LinearMap {
  if (!(t.out instanceof Traced)) return new ZeroMap(t.inShape, t.outShape);
  const J = new Map<Traced, LinearMap>([[t.variable, new ScaledIdentityMap(1, t.inShape)]]);
  const uses = new Map<Traced, number>();
  for (const node of t.tape.nodes) for (const p of node.parents) uses.set(p, (uses.get(p) ?? 0) + 1);
  for (const node of t.tape.nodes) {
    const partials = node.partials();
    let acc: LinearMap | null = null;
    node.parents.forEach((p, i) => {
      const left = (uses.get(p) as number) - 1;
      uses.set(p, left);
      const Jp = J.get(p);
      if (!Jp) return;
      const last = left === 0 && p !== t.out;
      if (last) J.delete(p);
      const term = compose(partials[i] as LinearMap, Jp, { a: true, b: last });
      acc = acc ? addMaps(acc, term, { a: true, b: true }) : term;
    });
    if (acc) J.set(node.out, acc);
  }
  return J.get(t.out) ?? new ZeroMap(t.inShape, t.outShape);
}

/** Pushes the tangent `v` forward: `t_node = Σ ∂node/∂parent · t_parent`. */
function forwardTangent(t: Traced1, v: Float64Array): Float64Array {
  if (!(t.out instanceof Traced)) return new Float64Array(sizeOf(t.outShape));
  return forwardTangents(t, v).get(t.out) ?? new Float64Array(sizeOf(t.outShape));
}

/** The tangent of every node along `v` (absent: zero). */
function forwardTangents(t: Traced1, v: Float64Array): Map<Traced, Float64Array> {
  const T = new Map<Traced, Float64Array>([[t.variable, v]]);
  for (const node of t.tape.nodes) {
    const partials = node.partials();
    let acc: Float64Array | null = null;
    node.parents.forEach((p, i) => {
      const tp = T.get(p);
      if (!tp) return;
      const term = (partials[i] as LinearMap).apply(tp);
      acc = acc ? addFlat(acc, term, acc.length, acc) : term;
    });
    if (acc) T.set(node.out, acc);
  }
  return T;
}

/** Pulls the cotangent `u` backward: `c_parent += (∂node/∂parent)ᵀ c_node`, in reverse order. */
function reverseCotangent(t: Traced1, u: Float64Array): Float64Array {
  const C = new Map<Traced, Float64Array>();
  if (t.out instanceof Traced) C.set(t.out, u);
  for (let k = t.tape.nodes.length - 1; k >= 0; k--) {
    const node = t.tape.nodes[k] as (typeof t.tape.nodes)[number];
    const c = C.get(node.out);
    if (!c) continue;
    C.delete(node.out);
    const partials = node.partials();
    node.parents.forEach((p, i) => {
      const term = (partials[i] as LinearMap).applyT(c);
      const prev = C.get(p);
      if (prev) addFlat(prev, term, prev.length, prev);
      else C.set(p, term);
    });
  }
  return C.get(t.variable) ?? new Float64Array(sizeOf(t.inShape));
}

/**
 * Second order, forward over reverse: the reverse pass of {@link reverseCotangent}, differentiated
 * along the variable. `dual` says how a derivative with respect to x is carried — as a structured
 * map (the Hessian) or as a vector along a direction (a Hessian-vector product) — and `forward`
 * holds each node's first derivative in that form (`J_node`, or its tangent). For each operation,
 * the cotangent of a parent, `c_p += Pᵀ c`, moves by `Pᵀ dc` plus the operation's curvature terms
 * `H dp_j` (`Diag(c ⊙ f''(x))` for an elementwise f).
 */
interface Dual<D> {
  zero(shape: Shape): D | null;
  /** `Pᵀ ∘ d` (d: a derivative of the node's cotangent). */
  pullback(P: LinearMap, d: D): D;
  /** `H ∘ d`. */
  apply(H: LinearMap, d: D): D;
  add(a: D, b: D): D;
}

function reverseSecond<D>(t: Traced1, forward: Map<Traced, D>, dual: Dual<D>): D | null {
  if (!(t.out instanceof Traced)) return null;
  const c = new Map<Traced, Float64Array>([[t.out, new Float64Array([1])]]);
  const dc = new Map<Traced, D>();
  const addTo = (p: Traced, term: D): void => {
    const prev = dc.get(p);
    dc.set(p, prev === undefined ? term : dual.add(prev, term));
  };
  for (let k = t.tape.nodes.length - 1; k >= 0; k--) {
    const node = t.tape.nodes[k] as (typeof t.tape.nodes)[number];
    const cn = c.get(node.out);
    if (!cn) continue;
    const dn = dc.get(node.out);
    const partials = node.partials();
    node.parents.forEach((p, i) => {
      const P = partials[i] as LinearMap;
      const term = P.applyT(cn);
      const prev = c.get(p);
      if (prev) addFlat(prev, term, prev.length, prev);
      else c.set(p, term);
      if (dn !== undefined) addTo(p, dual.pullback(P, dn));
    });
    for (const [i, j, H] of node.curvature?.(cn) ?? []) {
      const fj = forward.get(node.parents[j] as Traced);
      if (fj !== undefined) addTo(node.parents[i] as Traced, dual.apply(H, fj));
    }
  }
  return dc.get(t.variable) ?? null;
}

/**
 * The Jacobian of every node that the second-order terms read: the parents of nonlinear
 * operations, and what their Jacobians are made from. None is handed over (the reverse pass
 * reads them), and a node that only linear operations use gets none (the Hessian of
 * `sum(tanh(x))` composes nothing but the identity).
 */
function curvatureJacobians(t: Traced1): Map<Traced, LinearMap> {
  const needed = new Set<Traced>();
  for (let k = t.tape.nodes.length - 1; k >= 0; k--) {
    const node = t.tape.nodes[k] as (typeof t.tape.nodes)[number];
    if (node.curvature || needed.has(node.out)) for (const p of node.parents) needed.add(p);
  }
  const J = new Map<Traced, LinearMap>([[t.variable, new ScaledIdentityMap(1, t.inShape)]]);
  for (const node of t.tape.nodes) {
    if (!needed.has(node.out)) continue;
    const partials = node.partials();
    let acc: LinearMap | null = null;
    node.parents.forEach((p, i) => {
      const Jp = J.get(p);
      if (!Jp) return;
      const term = compose(partials[i] as LinearMap, Jp);
      acc = acc ? addMaps(acc, term, { a: true, b: true }) : term;
    });
    if (acc) J.set(node.out, acc);
  }
  return J;
}

const MAP_DUAL: Dual<LinearMap> = {
  zero: () => null,
  pullback: (P, d) => compose(P.transpose(), d, { a: true }),
  apply: (H, d) => compose(H, d, { a: true }),
  add: (a, b) => addMaps(a, b, { a: true, b: true }),
};

const VECTOR_DUAL: Dual<Float64Array> = {
  zero: () => null,
  pullback: (P, d) => P.applyT(d),
  apply: (H, d) => H.apply(d),
  add: (a, b) => addFlat(a, b, a.length, a),
};

function requireScalar(fn: string, t: Traced1, instead: string): void {
  if (t.outShape.length !== 0) {
    throw new ShapeError(`${fn}: f must return a scalar (shape ()), got shape ${formatShape(t.outShape)}; ${instead}`);
  }
}

/**
 * A derivative as a float64 array of `shape`, -0 written as 0 (see withPositiveZeros): in place
 * when `flat` was computed for this call, on a copy when it belongs to a structured map.
 */
const asNDArray = (flat: Float64Array, shape: Shape, owned = true): NDArray =>
  freshArray("float64", shape, owned ? positiveZerosInPlace(flat) : withPositiveZeros(flat));

/** A vector argument of `shape` as flat float64 values, checked. */
function vectorArg(fn: string, what: string, v: unknown, shape: Shape): Float64Array {
  const a = v instanceof NDArray ? v : toArray(fn, v);
  if (!shapesEqual(a.shape, shape)) {
    throw new ShapeError(`${fn}: ${what} has shape ${formatShape(a.shape)}, expected ${formatShape(shape)}`);
  }
  return flatArray(a).slice();
}

/**
 * The Jacobian of a function at a point, in the structure it was found in. Its matrix is in
 * numerator layout (rows: outputs, columns: inputs), and `shape` is `[...outShape, ...inShape]`
 * as in JAX and PyTorch. Made by {@link jacobian}.
 *
 * @example
 * import { jacobian, multiply } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const w = array([2, 3]);
 * const J = jacobian((x) => multiply(w, x), array([1, 1]));
 * console.log(J.kind, J.shape, J.outShape, J.inShape);
 * // => diagonal [ 2, 2 ] [ 2 ] [ 2 ]
 * console.log(J.apply(array([1, 0])).toString(), J.applyTranspose(array([0, 1])).toString());
 * // => array([2., 0.]) array([0., 3.])
 * console.log(J.toLatex());
 * // => \operatorname{Diag}\left(\begin{bmatrix} 2 \\ 3 \end{bmatrix}\right)
 */
export class Jacobian {
  /** `[...outShape, ...inShape]`. */
  readonly shape: Shape;
  /** @internal */
  constructor(
    /** @internal */
    readonly map: LinearMap,
  ) {
    this.shape = Object.freeze([...map.outShape, ...map.inShape]);
  }
  /** The shape of `f(x)`. */
  get outShape(): Shape {
    return this.map.outShape;
  }
  /** The shape of `x`. */
  get inShape(): Shape {
    return this.map.inShape;
  }
  /**
   * The structure found: `"identity"`, `"scaled-identity"`, `"diagonal"`, `"ones-padding"`
   * (`1 ⊗ I`, from `broadcastTo`), `"reduction"` (`1ᵀ ⊗ I`, from `sum`/`mean`), `"selection"`,
   * `"injection"`, `"permutation"`, `"left-multiply"` (`A ⊗ I`), `"right-multiply"` (`I ⊗ Bᵀ`),
   * `"block-diagonal"` (a batched product: one block per matrix), `"sparse"`,
   * `"dense"` or `"zero"`.
   */
  get kind(): Kind {
    return this.map.kind;
  }
  /** The full array of shape `[...outShape, ...inShape]` (for a diagonal, this is where n² appears). */
  toDense(): NDArray {
    return asNDArray(this.map.dense(), this.shape, false);
  }
  /** The diagonal of an identity or diagonal Jacobian, with the input's shape; other kinds throw. */
  diagonal(): NDArray {
    const d = diagonalOf(this.map);
    if (!d) {
      throw new ShapeError(`diagonal: this Jacobian is ${this.kind}, not diagonal; use toDense() for its entries`);
    }
    return asNDArray(d, this.inShape, false);
  }
  /** `J v`: the directional derivative along `v` (a JVP); `v` has the input's shape. */
  apply(v: NDArray | readonly unknown[]): NDArray {
    return asNDArray(this.map.apply(vectorArg("apply", "v", v, this.inShape)), this.outShape);
  }
  /** `Jᵀ u` (a VJP); `u` has the output's shape. */
  applyTranspose(u: NDArray | readonly unknown[]): NDArray {
    return asNDArray(this.map.applyT(vectorArg("applyTranspose", "u", u, this.outShape)), this.inShape);
  }
  /** The formula: `I₃`, `Diag(array([…]))`, `1₂ ⊗ I₃`, or the dense array. */
  toString(): string {
    return this.map.text();
  }
  /** The formula in LaTeX: `\operatorname{Diag}(…)` for a diagonal, a `bmatrix` for a dense one. */
  toLatex(): string {
    return this.map.latex();
  }
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }
}

/**
 * The Jacobian of `f` at `x`, exactly and with its structure: an elementwise chain gives a
 * diagonal (O(n), never n × n), `broadcastTo` a ones-padding, `sum` a reduction. With a list of
 * arguments, `{ wrt: i }` picks the variable; the others are constants.
 *
 * @example
 * import { jacobian, relu } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const J = jacobian(relu, array([-2, 0.5, 3]));
 * console.log(J.kind, J.shape);
 * // => diagonal [ 3, 3 ]
 * console.log(J.diagonal().toString());
 * // => array([0., 1., 1.])
 * console.log(J.toDense().toString());
 * // => array([[0., 0., 0.],
 * //           [0., 1., 0.],
 * //           [0., 0., 1.]])
 */
export function jacobian(
  f: Differentiable,
  x: NDArray | readonly unknown[],
  options?: WrtOptions,
): Jacobian {
  return new Jacobian(forwardJacobian(trace("jacobian", f, x, options)));
}

/**
 * `f(x)` and the directional derivative `J v` in one forward pass, without forming `J`.
 *
 * @example
 * import { jvp, tanh } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const { value, tangent } = jvp(tanh, array([0, 0]), array([1, 2]));
 * console.log(value.toString(), tangent.toString());
 * // => array([0., 0.]) array([1., 2.])
 */
export function jvp(
  f: Differentiable,
  x: NDArray | readonly unknown[],
  v: NDArray | readonly unknown[],
  options?: WrtOptions,
): JvpResult {
  const t = trace("jvp", f, x, options);
  const tangent = forwardTangent(t, vectorArg("jvp", "v", v, t.inShape));
  return { value: valueOf(t.out), tangent: asNDArray(tangent, t.outShape) };
}

/**
 * `f(x)` and `uᵀ J` (as an array of `x`'s shape) in one backward pass, without forming `J`.
 *
 * @example
 * import { vjp, sum, square } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const { cotangent } = vjp((x) => square(x), array([1, 2]), array([1, 1]));
 * console.log(cotangent.toString());
 * // => array([2., 4.])
 */
export function vjp(
  f: Differentiable,
  x: NDArray | readonly unknown[],
  u: NDArray | readonly unknown[],
  options?: WrtOptions,
): VjpResult {
  const t = trace("vjp", f, x, options);
  const cotangent = reverseCotangent(t, vectorArg("vjp", "u", u, t.outShape));
  return { value: valueOf(t.out), cotangent: asNDArray(cotangent, t.inShape) };
}

/**
 * The gradient of a scalar function (output shape `()`), by reverse mode: its cost is a small
 * multiple of evaluating `f`. A function with a non-scalar output is refused — never silently
 * summed.
 *
 * @example
 * import { grad, sum, square } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(grad((x) => sum(square(x)), array([1, -2, 3])).toString());
 * // => array([ 2., -4.,  6.])
 */
export function grad(
  f: Differentiable,
  x: NDArray | readonly unknown[],
  options?: WrtOptions,
): NDArray {
  const t = trace("grad", f, x, options);
  requireScalar("grad", t, GRAD_INSTEAD);
  return asNDArray(reverseCotangent(t, new Float64Array([1])), t.inShape);
}

/**
 * The Hessian of a scalar function — the matrix of second derivatives `∂²f/∂xᵢ∂xⱼ`, of shape
 * `[...x.shape, ...x.shape]` — exactly and with its structure, by forward-over-reverse
 * differentiation: for `sum(g(x))` with an elementwise `g` it is `Diag(g''(x))`, O(n) however
 * large x is; `xᵀ A x` gives `A + Aᵀ`. A non-scalar `f` is refused (take the Jacobian of each
 * output instead).
 *
 * @example
 * import { hessian, sum, tanh, dot, matmul } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const H = hessian((x) => sum(tanh(x)), array([0, 0.5]));
 * console.log(H.kind, H.shape, H.toString());
 * // => diagonal [ 2, 2 ] Diag(array([ 0.        , -0.72686198]))
 * const A = array([[1, 2], [0, 3]]);
 * console.log(hessian((x) => dot(x, matmul(A, x)), array([1, 1])).toDense().toString());
 * // => array([[2., 2.],
 * //           [2., 6.]])
 */
export function hessian(
  f: Differentiable,
  x: NDArray | readonly unknown[],
  options?: WrtOptions,
): Jacobian {
  const t = trace("hessian", f, x, options);
  requireScalar("hessian", t, "the Hessian of a vector function would have shape out + in + in: take jacobian of each output's gradient, or use hvp for a direction");
  const H = t.out instanceof Traced ? reverseSecond(t, curvatureJacobians(t), MAP_DUAL) : null;
  return new Jacobian(H ? H.withShapes(t.inShape, t.inShape) : new ZeroMap(t.inShape, t.inShape));
}

/**
 * The Hessian-vector product `H v` of a scalar function, without forming `H`: one forward pass
 * for the tangents along `v` and one reverse pass for the cotangents and their derivatives, so it
 * costs a small multiple of `f`, whatever the size of x.
 *
 * @example
 * import { hvp, sum, square, multiply } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * // f(x) = Σ xᵢ²: H = 2I, so H v = 2v
 * console.log(hvp((x) => sum(square(x)), array([3, -1]), array([1, 2])).toString());
 * // => array([2., 4.])
 */
export function hvp(
  f: Differentiable,
  x: NDArray | readonly unknown[],
  v: NDArray | readonly unknown[],
  options?: WrtOptions,
): NDArray {
  const t = trace("hvp", f, x, options);
  requireScalar("hvp", t, "a Hessian-vector product needs a scalar function (for a vector function, use jvp of vjp's cotangent along each output)");
  const dir = vectorArg("hvp", "v", v, t.inShape);
  const Hv = t.out instanceof Traced ? reverseSecond(t, forwardTangents(t, dir), VECTOR_DUAL) : null;
  return asNDArray(Hv ?? new Float64Array(sizeOf(t.inShape)), t.inShape);
}

/**
 * `f(x)` and its gradient from one evaluation and one reverse pass (JAX's `value_and_grad`).
 *
 * @example
 * import { valueAndGrad, sum, square } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const { value, grad } = valueAndGrad((x) => sum(square(x)), array([1, 2]));
 * console.log(value.toString(), grad.toString());
 * // => array(5.) array([2., 4.])
 */
export function valueAndGrad(
  f: Differentiable,
  x: NDArray | readonly unknown[],
  options?: WrtOptions,
): ValueAndGrad {
  const t = trace("valueAndGrad", f, x, options);
  requireScalar("valueAndGrad", t, GRAD_INSTEAD);
  return { value: valueOf(t.out), grad: asNDArray(reverseCotangent(t, new Float64Array([1])), t.inShape) };
}

/** What {@link valueAndGrad} returns. */
export interface ValueAndGrad {
  /** `f(x)`, a 0-d array. */
  value: NDArray;
  /** `∇f(x)`, with x's shape. */
  grad: NDArray;
}

const valueOf = (out: NDArray | Traced): NDArray => (out instanceof Traced ? out.value : out);

/** What {@link jvp} returns. */
export interface JvpResult {
  /** `f(x)`. */
  value: NDArray;
  /** `J v`, with the output's shape. */
  tangent: NDArray;
}

/** What {@link vjp} returns. */
export interface VjpResult {
  /** `f(x)`. */
  value: NDArray;
  /** `uᵀ J`, with the input's shape. */
  cotangent: NDArray;
}

/** Options of {@link checkJacobian} and {@link checkJacobianReport}. */
export interface CheckOptions extends WrtOptions {
  /** The relative finite-difference step: element j moves by `eps · max(|xⱼ|, 1)` (default 1e-6). */
  eps?: number;
}

/** What {@link checkJacobianReport} finds, input element by input element. */
export interface CheckReport {
  /**
   * The largest absolute difference between the exact Jacobian and the finite differences, over
   * every element checked (what {@link checkJacobian} returns).
   */
  error: number;
  /** Where that difference is: `[outputIndex, inputIndex]`, or null when nothing was checked. */
  worst: [output: number[], input: number[]] | null;
  /**
   * Input elements near a kink (the forward and backward differences disagree: `relu` at 0, a tie
   * in `maximum`). Finite differences say nothing about the derivative chosen there, so these
   * elements do not count in `error`; see `kinkError`.
   */
  kinks: number[][];
  /**
   * At the kinks: the largest distance of an exact entry from the interval between the two
   * one-sided differences. A single convention (JAX's `relu'(0) = 0`, a tie's 0.5) lies in it,
   * so this is 0; conventions composed (`abs` of a tie) may leave it, and that is not an error.
   */
  kinkError: number;
  /**
   * Input elements where one side of the step leaves `f`'s domain (a non-finite value, `sqrt`
   * just above 0) even with the smaller step `eps · |xⱼ|`: checked with the one-sided difference
   * of the other side (its error is O(step), larger than the central difference's).
   */
  oneSided: number[][];
  /** Input elements not checked: both sides leave the domain, or the exact entry is not finite. */
  unchecked: number[][];
}

/**
 * The largest absolute difference between the exact Jacobian of `f` at `x` and its finite
 * differences — a number, so `checkJacobian(f, x) < 1e-6` is a test; input elements near a kink
 * (`relu` at 0) are left out of it, not reported as an error. Element j moves by
 * `h = eps · max(|xⱼ|, 1)`; central differences `(f(x + h eⱼ) − f(x − h eⱼ)) / 2h` where `f` is
 * smooth, and the rules of {@link checkJacobianReport} near kinks and domain edges (which that
 * function lists). Costs 2n evaluations of `f` for n inputs; meant for tests and teaching.
 *
 * @example
 * import { checkJacobian, tanh, multiply, relu } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const err = checkJacobian((x) => tanh(multiply(x, x)), array([0.5, -1, 2]));
 * console.log(err < 1e-8);
 * // => true
 * console.log(checkJacobian(relu, array([-1, 0, 2])));
 * // => 0
 */
export function checkJacobian(
  f: Differentiable,
  x: NDArray | readonly unknown[],
  options?: CheckOptions,
): number {
  return runCheck("checkJacobian", f, x, options).error;
}

/**
 * {@link checkJacobian} with its details: the error, where it is, and which input elements sit
 * near a kink, at a domain edge (a one-sided difference), or could not be checked.
 *
 * @example
 * import { checkJacobianReport, relu, sqrt } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const r = checkJacobianReport(relu, array([-1, 0, 2]));
 * console.log(r.error, r.kinks, r.oneSided);
 * // => 0 [ [ 1 ] ] []
 * const s = checkJacobianReport(sqrt, array([1e-7, 0, 4]));
 * console.log(s.error < 1e-6, s.unchecked);
 * // => true [ [ 1 ] ]
 */
export function checkJacobianReport(
  f: Differentiable,
  x: NDArray | readonly unknown[],
  options?: CheckOptions,
): CheckReport {
  return runCheck("checkJacobianReport", f, x, options);
}

const finiteAll = (v: Float64Array, m: number): boolean => {
  for (let i = 0; i < m; i++) if (!Number.isFinite(v[i] as number)) return false;
  return true;
};

/** C-order position `k` of an array of `shape` as an index tuple. */
function unravel(k: number, shape: Shape): number[] {
  const out = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    const n = shape[d] as number;
    out[d] = k % n;
    k = Math.floor(k / n);
  }
  return out;
}

function runCheck(fn: string, f: Differentiable, x: NDArray | readonly unknown[], options: CheckOptions | undefined): CheckReport {
  checkOptions(fn, options, ["wrt", "eps"]);
  const eps = options?.eps ?? 1e-6;
  if (typeof eps !== "number" || !(eps > 0) || !Number.isFinite(eps)) throw new DTypeError(`${fn}: eps must be a positive finite number, got ${String(eps)}`);
  const list = isArgumentList(x) ? x : [x];
  const wrt = options?.wrt ?? 0;
  const exact = jacobian(f, x, options === undefined ? undefined : { wrt });
  const base = toArray(fn, list[wrt], { dtype: "float64" });
  const n = base.size;
  const m = sizeOf(exact.outShape);
  const evaluate = (point: NDArray): Float64Array => {
    const args = list.map((a, i) => (i === wrt ? point : a));
    const y = (f as (...a: unknown[]) => unknown)(...args);
    return flatArray(y instanceof Traced ? y.value : y instanceof NDArray ? y : toArray(fn, y));
  };
  const moved = (j: number, h: number): Float64Array => {
    const p = base.copy();
    p.data[j] = (p.data[j] as number) + h;
    return evaluate(p);
  };
  const J = flatArray(exact.toDense());
  const f0 = evaluate(base);
  const report: CheckReport = { error: 0, worst: null, kinks: [], kinkError: 0, oneSided: [], unchecked: [] };
  const note = (err: number, i: number, j: number): void => {
    if (report.worst === null || err > report.error) {
      report.error = err;
      report.worst = [unravel(i, exact.outShape), unravel(j, base.shape)];
    }
  };
  for (let j = 0; j < n; j++) {
    const xj = base.data[j] as number;
    const column = (i: number): number => J[i * n + j] as number;
    let exactFinite = true;
    for (let i = 0; i < m && exactFinite; i++) exactFinite = Number.isFinite(column(i));
    // the step actually taken: (x + h) − x, exactly representable
    const stepOf = (h: number): number => xj + h - xj;
    let h = stepOf(eps * Math.max(Math.abs(xj), 1));
    let [fp, fm] = [moved(j, h), moved(j, -h)];
    if (!(finiteAll(fp, m) && finiteAll(fm, m)) && xj !== 0) {
      // a domain edge within the step: try the step relative to |xⱼ| alone
      const hr = stepOf(eps * Math.abs(xj));
      const [fpr, fmr] = [moved(j, hr), moved(j, -hr)];
      if (finiteAll(fpr, m) && finiteAll(fmr, m)) [h, fp, fm] = [hr, fpr, fmr];
    }
    const [okP, okM] = [finiteAll(fp, m), finiteAll(fm, m)];
    if (!exactFinite || !finiteAll(f0, m) || (!okP && !okM)) {
      report.unchecked.push(unravel(j, base.shape));
      continue;
    }
    if (!okP || !okM) {
      report.oneSided.push(unravel(j, base.shape));
      for (let i = 0; i < m; i++) {
        const d = okP ? ((fp[i] as number) - (f0[i] as number)) / h : ((f0[i] as number) - (fm[i] as number)) / h;
        note(Math.abs(d - column(i)), i, j);
      }
      continue;
    }
    let kink = false;
    const errs = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const [fwd, bwd] = [((fp[i] as number) - (f0[i] as number)) / h, ((f0[i] as number) - (fm[i] as number)) / h];
      const c = column(i);
      // smooth: the two differ by about h·f'' (≈ eps·f' at the scale of x); a kink by a jump
      // of the derivative itself
      if (Math.abs(fwd - bwd) > Math.sqrt(eps) * Math.max(1, Math.abs(fwd), Math.abs(bwd))) {
        kink = true;
        errs[i] = Math.max(0, Math.min(fwd, bwd) - c, c - Math.max(fwd, bwd));
      } else {
        errs[i] = Math.abs(((fp[i] as number) - (fm[i] as number)) / (2 * h) - c);
      }
    }
    if (kink) {
      report.kinks.push(unravel(j, base.shape));
      for (let i = 0; i < m; i++) report.kinkError = Math.max(report.kinkError, errs[i] as number);
    } else {
      for (let i = 0; i < m; i++) note(errs[i] as number, i, j);
    }
  }
  return report;
}
