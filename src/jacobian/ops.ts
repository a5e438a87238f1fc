/**
 * The strict differentiable operations. Each computes its value with the core; when an operand is
 * traced it also records the structured Jacobian of the result with respect to that operand.
 * Array operands must have equal shapes — broadcasting is refused, never done implicitly — and a
 * JS number is a constant.
 *
 * @module
 */
import { allocate } from "../dtype.js";
import { IndexError, ShapeError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import { arange } from "../create.js";
import { index as coreIndex } from "../indexing/index-array.js";
import type { Key } from "../indexing/keys.js";
import { matmul as coreMatmul } from "../linalg/matmul.js";
import type { NDArray } from "../ndarray.js";
import { freshArray } from "../ndarray.js";
import { mean as coreMean, sum as coreSum, type ReduceOptions } from "../ops/reduce.js";
import { normalizeAxes } from "../shape/axes.js";
import { broadcastTo as coreBroadcastTo } from "../shape/broadcast-to.js";
import { checkOptions, shapesEqual, shapeSize, type Shape } from "../validate.js";
import { multiplyFlat } from "../ops/flat.js";
import { BINARY_RULES, UNARY_RULES, type BinaryOp, type Flat, type UnaryOp } from "./rules/elementwise.js";
import { flatArray, flatValues, keptValues, readArray, readInput, requireEqualShapes, type Input, type Operand } from "./operands.js";
import { BlockDiagonalMap } from "./structured/block-diagonal.js";
import { DenseMap } from "./structured/dense.js";
import { BroadcastRefusedError } from "./errors.js";
import { resolveBroadcast } from "../shape/broadcast-shapes.js";
import { buildCSR, SparseMap } from "./structured/sparse.js";
import { DiagonalMap, scaledIdentity, ScaledIdentityMap, ZeroMap } from "./structured/diagonal.js";
import type { LinearMap } from "./structured/linear-map.js";
import { LeftMultiplyMap, RightMultiplyMap } from "./structured/multiply.js";
import { OnesMap } from "./structured/padding.js";
import { BlockMap } from "./structured/selection.js";
import { record, Traced, type Curvature } from "./trace.js";
import { IndexMap } from "./structured/gather.js";

/** What a strict operation returns: a traced value inside a differentiation call, else an array. */
export type Output = NDArray | Traced;

/**
 * The elementwise Jacobian `Diag(d)`, or `c·I` for a number. `d` is the map's own storage unless
 * it is one of `shared` (a rule returns either a new array or one of its operands' values).
 */
function elementwiseMap(d: Flat, shape: Shape, shared: readonly Flat[]): LinearMap {
  if (typeof d === "number") return scaledIdentity(d, shape, shape);
  return new DiagonalMap(d, shape, shape, !shared.includes(d));
}

const operandValue = (op: Operand): NDArray | number => op.value;
const tracedOf = (ops: readonly Operand[]): Traced[] => ops.flatMap((op) => (op.kind === "traced" ? [op.traced] : []));

/**
 * The second-order term `Diag(c ⊙ s)` of an elementwise operation (`s` a second derivative),
 * or null where `s` is 0.
 */
function curvatureMap(c: Float64Array, s: Flat, shape: Shape): LinearMap | null {
  if (s === 0) return null;
  return new DiagonalMap(multiplyFlat(c, s, c.length), shape, shape, true);
}

/** An elementwise function of one operand: its value and `Diag(f'(x))`, with the curvature `Diag(c ⊙ f''(x))`. */
export function unaryOp(name: UnaryOp, a: Input): Output {
  const x = readInput(name, a, 1);
  const rule = UNARY_RULES[name];
  const value = rule.forward(x.value as NDArray);
  const xs = (): Float64Array => flatValues(x) as Float64Array;
  return record(
    name,
    value,
    tracedOf([x]),
    () => {
      const [x1, y1] = [xs(), flatArray(value)];
      return [elementwiseMap(rule.derivative(x1, y1), value.shape, [x1, y1])];
    },
    (c) => {
      const H = curvatureMap(c, rule.second(xs(), flatArray(value)), value.shape);
      return H ? [[0, 0, H]] : [];
    },
  );
}

/** An elementwise function of two operands of equal shapes (or numbers): a diagonal for each traced operand. */
export function binaryOp(name: BinaryOp, a: Input, b: Input): Output {
  const x = readInput(name, a, 1);
  const y = readInput(name, b, 2);
  requireEqualShapes(name, [x, y]);
  const rule = BINARY_RULES[name];
  const value = rule.forward(operandValue(x), operandValue(y));
  const parents = tracedOf([x, y]);
  // A constant's values are taken now: the caller may write into it after this call.
  const kept = parents.length > 0 && rule.readsOperands ? [keptValues(x), keptValues(y)] : [0, 0];
  const traced = [x.kind === "traced", y.kind === "traced"] as const;
  // Operand k (0: x, 1: y) is parent slot[k] of the node, or -1 for a constant.
  const slot = [x.kind === "traced" ? 0 : -1, y.kind === "traced" ? (x.kind === "traced" ? 1 : 0) : -1];
  return record(
    name,
    value,
    parents,
    () => {
      const [xs, ys, vs] = [kept[0] as Flat, kept[1] as Flat, flatArray(value)];
      const [da, db] = rule.partials(xs, ys, vs, traced);
      const shared = [xs, ys, vs, da === db ? da : 0];
      return [x, y].flatMap((op, i) => (op.kind === "traced" ? [elementwiseMap(i === 0 ? da : db, value.shape, shared)] : []));
    },
    (c) => {
      const [aa, ab, bb] = rule.second(kept[0] as Flat, kept[1] as Flat, flatArray(value), traced);
      const terms: Curvature[] = [];
      for (const k of [0, 1]) {
        for (const l of [0, 1]) {
          const [i, j] = [slot[k] as number, slot[l] as number];
          if (i < 0 || j < 0) continue;
          const H = curvatureMap(c, k !== l ? ab : k === 0 ? aa : bb, value.shape);
          if (H) terms.push([i, j, H]);
        }
      }
      return terms;
    },
  );
}

/**
 * `x + y` for equal shapes (or a number): the Jacobian is `I` for each operand.
 *
 * @example
 * import { jacobian, add } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian((x) => add(x, 1), array([1, 2])).kind);
 * // => identity
 */
export const add = (x: Input, y: Input): Output => binaryOp("add", x, y);
/**
 * `x - y` for equal shapes (or a number): `I` for `x`, `-I` for `y`.
 *
 * @example
 * import { jacobian, subtract } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const a = array([5, 6]);
 * console.log(jacobian((y) => subtract(a, y), array([1, 2])).toString());
 * // => -1·I₂
 */
export const subtract = (x: Input, y: Input): Output => binaryOp("subtract", x, y);
/**
 * `x ⊙ y` for equal shapes (or a number): `∂(w ⊙ x)/∂x = Diag(w)`, `∂(w ⊙ x)/∂w = Diag(x)`.
 *
 * @example
 * import { jacobian, multiply } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const w = array([1, 2, 3]);
 * console.log(jacobian((x) => multiply(w, x), array([4, 5, 6])).toString());
 * // => Diag(array([1., 2., 3.]))
 */
export const multiply = (x: Input, y: Input): Output => binaryOp("multiply", x, y);
/**
 * `x / y` for equal shapes (or a number): `Diag(1/y)` for `x`, `Diag(-x/y²)` for `y`.
 *
 * @example
 * import { jacobian, divide } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian((y) => divide(1, y), array([1, 2])).toString());
 * // => Diag(array([-1.  , -0.25]))
 */
export const divide = (x: Input, y: Input): Output => binaryOp("divide", x, y);
/**
 * The elementwise maximum for equal shapes (or a number): `Diag(1[x > y])` for `x`; a tie splits
 * the derivative 0.5/0.5, as JAX.
 *
 * @example
 * import { jacobian, maximum } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian((x) => maximum(x, 1), array([0, 1, 2])).toString());
 * // => Diag(array([0. , 0.5, 1. ]))
 */
export const maximum = (x: Input, y: Input): Output => binaryOp("maximum", x, y);
/**
 * The elementwise minimum for equal shapes (or a number): `Diag(1[x < y])` for `x`; a tie splits
 * the derivative 0.5/0.5, as JAX.
 *
 * @example
 * import { jacobian, minimum } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian((x) => minimum(x, 1), array([0, 1, 2])).toString());
 * // => Diag(array([1. , 0.5, 0. ]))
 */
export const minimum = (x: Input, y: Input): Output => binaryOp("minimum", x, y);
/**
 * `x ** p` for equal shapes (or a number): `Diag(p xᵖ⁻¹)` for `x` (0 where p = 0) and
 * `Diag(xᵖ log x)` for `p` (0 where x = 0, as JAX's rule reads log 0 as log 1).
 *
 * @example
 * import { jacobian, power } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian((x) => power(x, 3), array([1, 2])).toString());
 * // => Diag(array([ 3., 12.]))
 * console.log(jacobian((p) => power(array([2, Math.E]), p), array([3, 1])).toString());
 * // => Diag(array([5.54517744, 2.71828183]))
 */
export const power = (x: Input, p: Input): Output => binaryOp("power", x, p);

/**
 * `-x`: the Jacobian is `-I`.
 *
 * @example
 * import { jacobian, negative } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(negative, array([1, 2, 3])).toString());
 * // => -1·I₃
 */
export const negative = (x: Input): Output => unaryOp("negative", x);
/**
 * `eˣ`: the Jacobian is `Diag(eˣ)`.
 *
 * @example
 * import { jacobian, exp } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(exp, array([0, 1])).toString());
 * // => Diag(array([1.        , 2.71828183]))
 */
export const exp = (x: Input): Output => unaryOp("exp", x);
/**
 * `|x|`: the Jacobian is `Diag(sign(x))`, with 1 at 0 as in JAX.
 *
 * @example
 * import { jacobian, abs } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(abs, array([-2, 0, 3])).toString());
 * // => Diag(array([-1.,  1.,  1.]))
 */
export const abs = (x: Input): Output => unaryOp("abs", x);
/**
 * `log x`: the Jacobian is `Diag(1/x)`.
 *
 * @example
 * import { jacobian, log } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(log, array([1, 4])).toString());
 * // => Diag(array([1.  , 0.25]))
 */
export const log = (x: Input): Output => unaryOp("log", x);
/**
 * `tanh x`: the Jacobian is `Diag(1 - tanh²x)` — a diagonal matrix, not a vector.
 *
 * @example
 * import { jacobian, tanh } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const J = jacobian(tanh, array([0, 1]));
 * console.log(J.kind, J.shape);
 * // => diagonal [ 2, 2 ]
 */
export const tanh = (x: Input): Output => unaryOp("tanh", x);
/**
 * The logistic function: the Jacobian is `Diag(σ(x)(1 - σ(x)))`.
 *
 * @example
 * import { jacobian, sigmoid } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(sigmoid, array([0])).toString());
 * // => Diag(array([0.25]))
 */
export const sigmoid = (x: Input): Output => unaryOp("sigmoid", x);
/**
 * `max(x, 0)`: the Jacobian is `Diag(1[x > 0])`, with `relu'(0) = 0` as in JAX.
 *
 * @example
 * import { jacobian, relu } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(relu, array([-1, 0, 2])).toString());
 * // => Diag(array([0., 0., 1.]))
 */
export const relu = (x: Input): Output => unaryOp("relu", x);
/**
 * `x²`: the Jacobian is `Diag(2x)`.
 *
 * @example
 * import { jacobian, square } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(square, array([1, -2])).toString());
 * // => Diag(array([ 2., -4.]))
 */
export const square = (x: Input): Output => unaryOp("square", x);
/**
 * `√x`: the Jacobian is `Diag(1/(2√x))`.
 *
 * @example
 * import { jacobian, sqrt } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(sqrt, array([1, 4])).toString());
 * // => Diag(array([0.5 , 0.25]))
 */
export const sqrt = (x: Input): Output => unaryOp("sqrt", x);
/**
 * `sin x`: the Jacobian is `Diag(cos x)`.
 *
 * @example
 * import { jacobian, sin } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(sin, array([0])).toString());
 * // => Diag(array([1.]))
 */
export const sin = (x: Input): Output => unaryOp("sin", x);
/**
 * `cos x`: the Jacobian is `Diag(-sin x)`.
 *
 * @example
 * import { jacobian, cos } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian(cos, array([0])).toString());
 * // => Diag(array([0.]))
 */
export const cos = (x: Input): Output => unaryOp("cos", x);

function matrixRank(fn: string, op: Operand, position: number): void {
  const nd = (op.value as NDArray).ndim;
  if (nd < 1) {
    throw new ShapeError(`${fn}: argument ${position} has shape (); a matrix product takes 1-D or higher operands (use multiply for a scalar)`);
  }
}

/**
 * The batch axes of a product with an operand of rank 3 or more: both operands must have the
 * same rank and equal batch axes — numpy broadcasts them (and a 1-D or 2-D operand against a
 * batch), which inside the Jacobian module is written out with `broadcastTo`.
 */
function batchShape(fn: string, x: Operand & { value: NDArray }, y: Operand & { value: NDArray }): Shape {
  const [xs, ys] = [x.value.shape, y.value.shape];
  if (xs.length <= 2 && ys.length <= 2) return [];
  if (xs.length === ys.length && shapesEqual(xs.slice(0, -2), ys.slice(0, -2))) return xs.slice(0, -2);
  const where = x.kind === "traced" || y.kind === "traced" ? " inside a Jacobian" : " (strict operations never broadcast)";
  const matrix = (s: Shape): Shape => (s.length === 1 ? [1, s[0] as number] : s.slice(-2));
  const batch = resolveBroadcast([xs.slice(0, -2), ys.slice(0, -2)].map((s, i) => ([xs, ys][i] as Shape).length === 1 ? [] : s));
  const listed = `${formatShape(xs)} with ${formatShape(ys)}`;
  if (!("shape" in batch)) {
    throw new BroadcastRefusedError(`${fn}: refusing to broadcast the batch axes of ${listed}${where}; they do not broadcast either — a batched product needs equal batch axes`);
  }
  const fixes = [x, y].flatMap((op, i) => {
    const s = op.value.shape;
    const target = [...batch.shape, ...matrix(s)];
    if (shapesEqual(s, target)) return [];
    const name = i === 0 ? "a" : "b";
    return [s.length === 1 ? `broadcastTo(reshape(${name}, [${matrix(s).join(", ")}]), [${target.join(", ")}])` : `broadcastTo(${name}, [${target.join(", ")}])`];
  });
  throw new BroadcastRefusedError(
    `${fn}: refusing to broadcast the batch axes of ${listed}${where} — a batched product needs equal batch axes; write ${fixes.join(" and ")} to expand explicitly (its Jacobian is then the ones-padding map)`,
  );
}

function matrixProduct(fn: string, a: Input, b: Input): Output {
  const x = readArray(fn, a, 1);
  const y = readArray(fn, b, 2);
  matrixRank(fn, x, 1);
  matrixRank(fn, y, 2);
  const batch = batchShape(fn, x, y);
  const value = coreMatmul(x.value, y.value);
  const parents = tracedOf([x, y]);
  // The other operand's values are the Jacobian's entries; a constant's are taken now.
  const [xs, ys] = parents.length > 0 ? [keptValues(x) as Float64Array, keptValues(y) as Float64Array] : [];
  const count = shapeSize(batch);
  const nb = batch.length;
  // one product of the batch: shapes without the batch axes
  const [aShape, bShape, cShape] = [x.value.shape.slice(nb), y.value.shape.slice(nb), value.shape.slice(nb)];
  const [m, k] = aShape.length === 1 ? [1, aShape[0] as number] : (aShape as [number, number]);
  const p = bShape.length === 1 ? 1 : (bShape[1] as number);
  const batched = (maps: (b: number) => LinearMap, inShape: Shape, blockIn: Shape, blockOut: Shape): LinearMap =>
    nb === 0 ? maps(0) : count === 1 ? maps(0).withShapes(inShape, value.shape) : new BlockDiagonalMap(Array.from({ length: count }, (_, i) => maps(i)), blockIn, blockOut, inShape, value.shape);
  return record(fn, value, parents, () => {
    const maps: LinearMap[] = [];
    if (x.kind === "traced") {
      maps.push(batched((i) => {
        const B = (ys as Float64Array).subarray(i * k * p, (i + 1) * k * p);
        if (aShape.length === 1) {
          // x ↦ xᵀ B: the matrix Bᵀ (p × k).
          const Bt = new Float64Array(p * k);
          for (let t = 0; t < k; t++) for (let j = 0; j < p; j++) Bt[j * k + t] = B[t * p + j] as number;
          return new DenseMap(Bt, aShape, cShape);
        }
        return new RightMultiplyMap(B, m, k, p, aShape, cShape);
      }, x.value.shape, aShape, cShape));
    }
    if (y.kind === "traced") {
      maps.push(batched((i) => {
        const A = (xs as Float64Array).subarray(i * m * k, (i + 1) * m * k);
        return bShape.length === 1 ? new DenseMap(A, bShape, cShape) : new LeftMultiplyMap(A, m, k, p, bShape, cShape);
      }, y.value.shape, bShape, cShape));
    }
    return maps;
  }, x.kind === "traced" && y.kind === "traced" ? (c) => {
    if (nb === 0) return productCurvature(c, aShape, bShape);
    const terms = Array.from({ length: count }, (_, i) => productCurvature(c.subarray(i * m * p, (i + 1) * m * p), aShape, bShape));
    const [ab, ba] = [0, 1].map((t) => terms.map((pair) => (pair[t] as Curvature)[2]));
    return [
      [0, 1, new BlockDiagonalMap(ab as LinearMap[], bShape, aShape, y.value.shape, x.value.shape)],
      [1, 0, new BlockDiagonalMap(ba as LinearMap[], aShape, bShape, x.value.shape, y.value.shape)],
    ];
  } : undefined);
}

/**
 * The second-order terms of `Y = A B` when both factors are traced (a bilinear map): with
 * cotangent `c` (m × p), `c_A = c Bᵀ` moves by `c dBᵀ` and `c_B = Aᵀ c` by `dAᵀ c`.
 */
function productCurvature(c: Float64Array, aShape: Shape, bShape: Shape): Curvature[] {
  const [m, k] = aShape.length === 1 ? [1, aShape[0] as number] : (aShape as [number, number]);
  const p = bShape.length === 1 ? 1 : (bShape[1] as number);
  // dB ↦ c dBᵀ: row (i, t) of c_A takes c[i, j] dB[t, j] for every j
  const ab = buildCSR(m * k, k * p, (r, put) => {
    const [i, t] = [Math.floor(r / k), r % k];
    for (let j = 0; j < p; j++) put(t * p + j, c[i * p + j] as number);
  });
  // dA ↦ dAᵀ c: row (t, j) of c_B takes dA[i, t] c[i, j] for every i
  const ba = buildCSR(k * p, m * k, (r, put) => {
    const [t, j] = [Math.floor(r / p), r % p];
    for (let i = 0; i < m; i++) put(i * k + t, c[i * p + j] as number);
  });
  return [
    [0, 1, new SparseMap(ab, bShape, aShape)],
    [1, 0, new SparseMap(ba, aShape, bShape)],
  ];
}

/**
 * numpy's matrix product for 1-D and 2-D operands, and for batches of matrices with equal batch
 * axes (`(b, m, k) @ (b, k, p)`). The Jacobian with respect to the vector of `W x` is `W`; with
 * respect to the matrix, `I ⊗ xᵀ`; a batched product's is block-diagonal, one block per matrix
 * of the batch. Batch axes that numpy would broadcast (`(2, 3, 4) @ (4, 5)`) are refused with a
 * `BroadcastRefusedError` that names the `broadcastTo` to write.
 *
 * @example
 * import { jacobian, matmul } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const W = array([[1, 2], [3, 4], [5, 6]]);
 * const J = jacobian((x) => matmul(W, x), array([1, 1]));
 * console.log(J.kind, J.toDense().toString());
 * // => dense array([[1., 2.],
 * //           [3., 4.],
 * //           [5., 6.]])
 * const As = array([[[1, 0], [0, 1]], [[2, 0], [0, 2]]]);
 * const Jb = jacobian((X) => matmul(As, X), array([[[1], [2]], [[3], [4]]]));
 * console.log(Jb.kind, Jb.shape, Jb.apply(array([[[1], [1]], [[1], [1]]])).reshape(4).toString());
 * // => block-diagonal [ 2, 2, 1, 2, 2, 1 ] array([1., 1., 2., 2.])
 */
export const matmul = (a: Input, b: Input): Output => matrixProduct("matmul", a, b);

/**
 * numpy's `dot` for 1-D and 2-D operands (the same as `matmul` there): `dot(w, x)` is `wᵀx`, and
 * its Jacobian with respect to `x` is the row `wᵀ`.
 *
 * @example
 * import { jacobian, dot } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const w = array([1, 2, 3]);
 * const J = jacobian((x) => dot(w, x), array([0, 0, 0]));
 * console.log(J.shape, J.toDense().toString());
 * // => [ 3 ] array([1., 2., 3.])
 */
export const dot = (a: Input, b: Input): Output => matrixProduct("dot", a, b);

/** Options of the strict `sum` and `mean` (no `out`: a traced result is a new value). */
export type StrictReduceOptions = Omit<ReduceOptions, "out">;

function reduction(fn: "sum" | "mean", a: Input, options: StrictReduceOptions | undefined): Output {
  checkOptions(fn, options, ["axis", "keepdims"]);
  const x = readArray(fn, a, 1);
  const value = (fn === "sum" ? coreSum : coreMean)(x.value, { axis: options?.axis, keepdims: options?.keepdims });
  return record(fn, value, tracedOf([x]), () => {
    const axes = normalizeAxes(fn, options?.axis, x.value.ndim);
    const small = x.value.shape.map((n, i) => (axes.includes(i) ? 1 : n));
    const count = shapeSize(axes.map((i) => x.value.shape[i] as number));
    // over axes of length 1 (or none) nothing is summed: the same elements in another shape
    if (count === 1) return [new ScaledIdentityMap(1, x.value.shape, value.shape)];
    const scale = fn === "mean" ? 1 / count : 1;
    return [new OnesMap("reduce", x.value.shape, small, scale, x.value.shape, value.shape)];
  });
}

/**
 * The sum over `axis` (all axes when omitted): the Jacobian is the reduction `1ᵀ` — for a vector,
 * the row of ones (`∂ sum(x)/∂x = 1ᵀ`); along an axis, the transpose of the ones-padding.
 *
 * @example
 * import { jacobian, sum } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const J = jacobian((x) => sum(x), array([1, 2, 3]));
 * console.log(J.kind, J.toString(), J.toDense().toString());
 * // => reduction 1₃ᵀ array([1., 1., 1.])
 */
export const sum = (x: Input, options?: StrictReduceOptions): Output => reduction("sum", x, options);

/**
 * The mean over `axis`: the reduction scaled by 1/count.
 *
 * @example
 * import { jacobian, mean } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(jacobian((x) => mean(x), array([1, 2, 3, 4])).toString());
 * // => 0.25·(1₄ᵀ)
 */
export const mean = (x: Input, options?: StrictReduceOptions): Output => reduction("mean", x, options);

/**
 * The same elements in another shape: the Jacobian is the identity (of shape `out + in`).
 *
 * @example
 * import { jacobian, reshape } from "ndarray-broadcast/jacobian";
 * import { zeros } from "ndarray-broadcast";
 * const J = jacobian((x) => reshape(x, [6]), zeros([2, 3]));
 * console.log(J.kind, J.shape);
 * // => identity [ 6, 2, 3 ]
 */
export function reshape(a: Input, shape: number | readonly number[]): Output {
  const x = readArray("reshape", a, 1);
  const value = x.value.reshape(typeof shape === "number" ? [shape] : [...shape]);
  return record("reshape", value, tracedOf([x]), () => [new ScaledIdentityMap(1, x.value.shape, value.shape)]);
}

/**
 * The explicit broadcast: a read-only view of `x` with `shape`. Its Jacobian is the ones-padding
 * map (`1₂ ⊗ I₃` for `(3,) → (2, 3)`), whose transpose is `sum` over the added axes.
 *
 * @example
 * import { jacobian, broadcastTo } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const J = jacobian((v) => broadcastTo(v, [2, 3]), array([1, 2, 3]));
 * console.log(J.kind, J.toString(), J.shape);
 * // => ones-padding 1₂ ⊗ I₃ [ 2, 3, 3 ]
 */
export function broadcastTo(a: Input, shape: number | readonly number[]): Output {
  const x = readArray("broadcastTo", a, 1);
  const value = coreBroadcastTo(x.value, shape);
  return record("broadcastTo", value, tracedOf([x]), () => {
    if (value.size === x.value.size) return [new ScaledIdentityMap(1, x.value.shape, value.shape)];
    const small = [...new Array<number>(value.ndim - x.value.ndim).fill(1), ...x.value.shape];
    return [new OnesMap("pad", value.shape, small, 1, x.value.shape, value.shape)];
  });
}

/**
 * numpy's `x[keys]` with the core's keys (see the core's `index`): integers, slices (`"1:3"`,
 * `"::-1"`, `slice(…)`), `"..."`, `null` (a new axis), integer arrays and boolean masks. The
 * Jacobian picks elements: a selection `S` (`eᵢᵀ ⊗ I` when the keys are leading integers, a
 * permutation when every element is kept in another order, the identity when they all stay in
 * place); its transpose scatter-adds, so a repeated index sums its cotangents. The keys are
 * constants: an index is never differentiated.
 *
 * @example
 * import { jacobian, index, vjp } from "ndarray-broadcast/jacobian";
 * import { array, zeros } from "ndarray-broadcast";
 * const J = jacobian((A) => index(A, 1), zeros([2, 3]));
 * console.log(J.kind, J.toString(), J.shape);
 * // => selection e₁ᵀ ⊗ I₃ [ 3, 2, 3 ]
 * console.log(jacobian((x) => index(x, "::-1"), zeros([3])).kind);
 * // => permutation
 * const picked = jacobian((x) => index(x, [0, 2, 0]), array([1, 2, 3]));
 * console.log(picked.toString());
 * // => S[0, 2, 0]
 * console.log(vjp((x) => index(x, [0, 2, 0]), array([1, 2, 3]), array([1, 1, 1])).cotangent.toString());
 * // => array([2., 0., 1.])
 */
export function index(a: Input, ...keys: Key[]): Output {
  const fn = "index";
  const x = readArray(fn, a, 1);
  keys.forEach((k, i) => {
    if (k instanceof Traced) {
      throw new IndexError(`${fn}: key ${i + 1} is a traced value; an index is a constant (pass its .value) — the derivative with respect to an index does not exist`);
    }
  });
  if (keys.length > 0 && keys.every((k) => typeof k === "number")) return leadingIndex(fn, x, keys as number[]);
  const value = coreIndex(x.value, ...keys);
  if (x.kind !== "traced") return value;
  // numpy's own selection, applied to the flat positions of x's elements — now, while the keys
  // are as the caller passed them (an array key may be written into later)
  const n = x.value.size;
  const positions = coreIndex(arange(n, undefined, undefined, { dtype: "int32" }).reshape(x.value.shape), ...keys);
  // an int32 copy in C order: its storage is the map's own
  const idx = (positions.copy().data as Int32Array).subarray(0, positions.size);
  return record(fn, value, tracedOf([x]), () => {
    let inPlace = idx.length === n;
    for (let i = 0; i < idx.length && inPlace; i++) inPlace = idx[i] === i;
    if (inPlace) return [new ScaledIdentityMap(1, x.value.shape, value.shape)];
    if (idx.length === 0 || n === 0) return [new ZeroMap(x.value.shape, value.shape)];
    let permutation = idx.length === n;
    if (permutation) {
      const seen = new Uint8Array(n);
      for (let i = 0; i < n && permutation; i++) permutation = seen[idx[i] as number] === 0 && (seen[idx[i] as number] = 1) === 1;
    }
    const label = permutation ? `P[${idx.length <= 8 ? idx.join(", ") : `${idx.slice(0, 3).join(", ")}, …, ${idx[idx.length - 1]}`}]` : "S";
    return [new IndexMap("gather", idx, n, permutation, label, x.value.shape, value.shape)];
  });
}

/** `x[i, j, …]` for leading integers: one contiguous block, `eᵢᵀ ⊗ I`. */
function leadingIndex(fn: string, x: Exclude<Operand, { kind: "number" }>, idx: readonly number[]): Output {
  const shape = x.value.shape;
  if (idx.length > shape.length) {
    throw new IndexError(`${fn}: too many indices for an array of shape ${formatShape(shape)}: ${shape.length} ${shape.length === 1 ? "axis" : "axes"}, ${idx.length} indexed`);
  }
  const norm = idx.map((i, axis) => {
    const n = shape[axis] as number;
    if (!Number.isInteger(i) || i < -n || i >= n) throw new IndexError(`${fn}: index ${i} is out of bounds for axis ${axis} with size ${n}`);
    return i < 0 ? i + n : i;
  });
  const rest = shape.slice(idx.length);
  const block = shapeSize(rest);
  let offset = 0;
  norm.forEach((i, axis) => (offset = offset * (shape[axis] as number) + i));
  offset *= block;
  const flat = flatArray(x.value);
  const data = allocate(x.value.dtype, block);
  for (let i = 0; i < block; i++) data[i] = flat[offset + i] as number;
  const value = freshArray(x.value.dtype, rest, data);
  return record(fn, value, tracedOf([x]), () => [new BlockMap("select", offset, block, shapeSize(shape), norm, shape, rest)]);
}
