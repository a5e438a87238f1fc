/**
 * Method forms on `NDArray` (`a.add(b)`, `a.sum({ axis: 0 })`, …), attached here where the
 * public surface is assembled so that `ndarray.ts` never imports the operations. Each delegates to
 * the function of the same meaning, with the same semantics and errors.
 *
 * @module
 */
import { NDArray } from "./ndarray.js";
import { add, divide, maximum, minimum, multiply, power, subtract } from "./ops/binary.js";
import { abs, exp, log, negative, sqrt, square, tanh } from "./ops/unary.js";
import { max, mean, min, prod, sum, type ReduceOptions } from "./ops/reduce.js";
import type { OperandLike, OutOptions } from "./ops/elementwise.js";
import { matmul } from "./linalg/matmul.js";
import { broadcastTo } from "./shape/broadcast-to.js";
import type { ArrayLike } from "./create.js";

declare module "./ndarray.js" {
  interface NDArray {
    /** `add(this, b)`: broadcasting `this + b`. */
    add(b: OperandLike, options?: OutOptions): NDArray;
    /** `subtract(this, b)`. */
    sub(b: OperandLike, options?: OutOptions): NDArray;
    /** `multiply(this, b)`: broadcasting elementwise product. */
    mul(b: OperandLike, options?: OutOptions): NDArray;
    /** `divide(this, b)`. */
    div(b: OperandLike, options?: OutOptions): NDArray;
    /** `power(this, b)`. */
    pow(b: OperandLike, options?: OutOptions): NDArray;
    /** `maximum(this, b)`. */
    maximum(b: OperandLike, options?: OutOptions): NDArray;
    /** `minimum(this, b)`. */
    minimum(b: OperandLike, options?: OutOptions): NDArray;
    /** `negative(this)`. */
    neg(options?: OutOptions): NDArray;
    /** `abs(this)`. */
    abs(options?: OutOptions): NDArray;
    /** `exp(this)`. */
    exp(options?: OutOptions): NDArray;
    /** `log(this)`. */
    log(options?: OutOptions): NDArray;
    /** `sqrt(this)`. */
    sqrt(options?: OutOptions): NDArray;
    /** `square(this)`. */
    square(options?: OutOptions): NDArray;
    /** `tanh(this)`. */
    tanh(options?: OutOptions): NDArray;
    /** `matmul(this, b)`. */
    matmul(b: NDArray | ArrayLike): NDArray;
    /** `sum(this, options)`. */
    sum(options?: ReduceOptions): NDArray;
    /** `mean(this, options)`. */
    mean(options?: ReduceOptions): NDArray;
    /** `prod(this, options)`. */
    prod(options?: ReduceOptions): NDArray;
    /** `max(this, options)`. */
    max(options?: ReduceOptions): NDArray;
    /** `min(this, options)`. */
    min(options?: ReduceOptions): NDArray;
    /** `broadcastTo(this, shape)`: a read-only view. */
    broadcastTo(shape: number | readonly number[]): NDArray;
  }
}

const methods: Record<string, (this: NDArray, ...args: never[]) => NDArray> = {
  add(this: NDArray, b: OperandLike, o?: OutOptions) {
    return add(this, b, o);
  },
  sub(this: NDArray, b: OperandLike, o?: OutOptions) {
    return subtract(this, b, o);
  },
  mul(this: NDArray, b: OperandLike, o?: OutOptions) {
    return multiply(this, b, o);
  },
  div(this: NDArray, b: OperandLike, o?: OutOptions) {
    return divide(this, b, o);
  },
  pow(this: NDArray, b: OperandLike, o?: OutOptions) {
    return power(this, b, o);
  },
  maximum(this: NDArray, b: OperandLike, o?: OutOptions) {
    return maximum(this, b, o);
  },
  minimum(this: NDArray, b: OperandLike, o?: OutOptions) {
    return minimum(this, b, o);
  },
  neg(this: NDArray, o?: OutOptions) {
    return negative(this, o);
  },
  abs(this: NDArray, o?: OutOptions) {
    return abs(this, o);
  },
  exp(this: NDArray, o?: OutOptions) {
    return exp(this, o);
  },
  log(this: NDArray, o?: OutOptions) {
    return log(this, o);
  },
  sqrt(this: NDArray, o?: OutOptions) {
    return sqrt(this, o);
  },
  square(this: NDArray, o?: OutOptions) {
    return square(this, o);
  },
  tanh(this: NDArray, o?: OutOptions) {
    return tanh(this, o);
  },
  matmul(this: NDArray, b: NDArray | ArrayLike) {
    return matmul(this, b);
  },
  sum(this: NDArray, o?: ReduceOptions) {
    return sum(this, o);
  },
  mean(this: NDArray, o?: ReduceOptions) {
    return mean(this, o);
  },
  prod(this: NDArray, o?: ReduceOptions) {
    return prod(this, o);
  },
  max(this: NDArray, o?: ReduceOptions) {
    return max(this, o);
  },
  min(this: NDArray, o?: ReduceOptions) {
    return min(this, o);
  },
  broadcastTo(this: NDArray, shape: number | readonly number[]) {
    return broadcastTo(this, shape);
  },
};

/**
 * Attaches the method forms to `NDArray.prototype` (idempotent). Called by the package's entry
 * point; an explicit call, because a bare side-effect import is dropped by tree shaking.
 * @internal
 */
export function attachMethods(): void {
  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(NDArray.prototype, name, { value: fn, writable: true, configurable: true, enumerable: false });
  }
}
