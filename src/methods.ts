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
import { flatten, matrixTranspose, ravel, squeeze, swapaxes } from "./manipulation/views.js";
import { repeat } from "./manipulation/repeat.js";
import { astype, type AstypeOptions } from "./dtypes/cast.js";
import type { DType } from "./dtype.js";

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
    // manipulation (issue 15)
    /** `matrixTranspose(this)`: the last two axes swapped; a view. */
    readonly mT: NDArray;
    /** `flatten(this)`: a 1-D copy. */
    flatten(): NDArray;
    /** `ravel(this)`: 1-D, a view when contiguous. */
    ravel(): NDArray;
    /** `squeeze(this, axis)`. */
    squeeze(axis?: number | readonly number[] | null): NDArray;
    /** `swapaxes(this, axis1, axis2)`. */
    swapaxes(axis1: number, axis2: number): NDArray;
    /** `repeat(this, repeats, axis)`. */
    repeat(repeats: number | readonly number[], axis?: number | null): NDArray;
    /** `astype(this, dtype, options)`: the values in another dtype. */
    astype(dtype: DType, options?: AstypeOptions): NDArray;
  }
}

/** Each method calls the function of the same meaning with `this` first and its own arguments after. */
const methods: Record<string, (a: NDArray, ...args: never[]) => NDArray> = {
  add,
  sub: subtract,
  mul: multiply,
  div: divide,
  pow: power,
  maximum,
  minimum,
  neg: negative,
  abs,
  exp,
  log,
  sqrt,
  square,
  tanh,
  matmul,
  sum,
  mean,
  prod,
  max,
  min,
  broadcastTo,
  flatten,
  ravel,
  squeeze,
  swapaxes,
  repeat,
  astype,
};

/** Properties computed from the array (numpy's attributes). */
const getters: Record<string, (a: NDArray) => NDArray> = { mT: matrixTranspose };

/**
 * Attaches the method forms to `NDArray.prototype` (idempotent). Called by the package's entry
 * point; an explicit call, because a bare side-effect import is dropped by tree shaking.
 * @internal
 */
export function attachMethods(): void {
  for (const [name, fn] of Object.entries(methods)) {
    const method = function (this: NDArray, ...args: never[]): NDArray {
      return fn(this, ...args);
    };
    Object.defineProperty(NDArray.prototype, name, { value: method, writable: true, configurable: true, enumerable: false });
  }
  for (const [name, fn] of Object.entries(getters)) {
    Object.defineProperty(NDArray.prototype, name, {
      get(this: NDArray): NDArray {
        return fn(this);
      },
      configurable: true,
      enumerable: false,
    });
  }
}
