/**
 * ndarray-broadcast/jacobian: exact, structured Jacobians of functions written with strict
 * operations that refuse implicit broadcasting.
 *
 * For an elementwise `f`, `df = f'(x) ⊙ dx`, so `∂f/∂x = Diag(f'(x))` — a diagonal matrix, kept
 * here as its diagonal. Broadcasting is a different linear map (padding with all-ones vectors); it
 * is part of a derivative only when written out with `broadcastTo`.
 *
 * @module
 */
export {
  add,
  subtract,
  multiply,
  divide,
  maximum,
  minimum,
  power,
  negative,
  abs,
  exp,
  log,
  tanh,
  sigmoid,
  relu,
  square,
  sqrt,
  sin,
  cos,
  matmul,
  dot,
  sum,
  mean,
  reshape,
  broadcastTo,
  index,
  type Output,
  type StrictReduceOptions,
} from "./ops.js";
export { permuteDims, transpose, swapaxes, matrixTranspose, stack, concat, concatenate, type AxisOption } from "./moves.js";
export {
  log1p, expm1, log2, log10, exp2, cbrt, reciprocal, softplus,
  tan, asin, arcsin, acos, arccos, atan, arctan, sinh, cosh, asinh, arcsinh, acosh, arccosh, atanh, arctanh,
  deg2rad, radians, rad2deg, degrees, positive, floor, ceil, trunc, rint, round, type StrictRoundOptions,
  hypot, atan2, arctan2, logaddexp, logaddexp2, copysign, fmax, fmin, fmod, remainder, mod, floorDivide, absolute, pow,
} from "./math.js";
export { where, clip, sign } from "./select.js";
export { max, min, logsumexp, softmax, logSoftmax, type SoftmaxOptions } from "./reductions.js";
export type { Input } from "./operands.js";
export { jacobian, jvp, vjp, grad, hessian, hvp, valueAndGrad, checkJacobian, checkJacobianReport, Jacobian, type ValueAndGrad, type WrtOptions, type CheckOptions, type CheckReport, type Argument, type Differentiable, type JvpResult, type VjpResult } from "./api.js";
export type { Kind } from "./structured/linear-map.js";
export { Traced } from "./trace.js";
export { BroadcastRefusedError } from "./errors.js";
export { NDArrayError, BroadcastError, ShapeError, AxisError, IndexError, DTypeError, ReadOnlyError } from "../errors.js";
