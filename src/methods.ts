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
import { equal, greater, greaterEqual, less, lessEqual, notEqual } from "./ops/comparison.js";
import type { ArrayLike } from "./create.js";
import { argmax, argmin, type ArgOptions } from "./sorting/search.js";
import { argsort, type SortOptions } from "./sorting/sort.js";
import { cumprod, cumsum, type CumulativeOptions } from "./statistics/cumulative.js";
import { ptp, std, variance, type AxisOptions, type VarOptions } from "./statistics/moments.js";
import { trace, type TraceOptions } from "./statistics/covariance.js";

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

    // comparisons, logic and the elementwise functions of the table (issue 14)
    /** `equal(this, b)`. */
    equal(b: OperandLike, options?: OutOptions): NDArray;
    /** `notEqual(this, b)`. */
    notEqual(b: OperandLike, options?: OutOptions): NDArray;
    /** `less(this, b)`. */
    less(b: OperandLike, options?: OutOptions): NDArray;
    /** `lessEqual(this, b)`. */
    lessEqual(b: OperandLike, options?: OutOptions): NDArray;
    /** `greater(this, b)`. */
    greater(b: OperandLike, options?: OutOptions): NDArray;
    /** `greaterEqual(this, b)`. */
    greaterEqual(b: OperandLike, options?: OutOptions): NDArray;

    // sorting, searching and statistics (issue 16); numpy's in-place `a.sort()` is not offered
    /** `argmax(this, options)`. */
    argmax(axis?: number | null | ArgOptions, options?: ArgOptions): NDArray;
    /** `argmin(this, options)`. */
    argmin(axis?: number | null | ArgOptions, options?: ArgOptions): NDArray;
    /** `argsort(this, options)`. */
    argsort(axis?: number | null | SortOptions, options?: SortOptions): NDArray;
    /** `cumsum(this, options)`. */
    cumsum(axis?: number | null | CumulativeOptions, options?: CumulativeOptions): NDArray;
    /** `cumprod(this, options)`. */
    cumprod(axis?: number | null | CumulativeOptions, options?: CumulativeOptions): NDArray;
    /** `std(this, options)`. */
    std(axis?: number | readonly number[] | null | VarOptions, options?: VarOptions): NDArray;
    /** `variance(this, options)`: numpy's `a.var()`. */
    var(axis?: number | readonly number[] | null | VarOptions, options?: VarOptions): NDArray;
    /** `ptp(this, options)`. */
    ptp(axis?: number | readonly number[] | null | AxisOptions, options?: AxisOptions): NDArray;
    /** `trace(this, options)`. */
    trace(offset?: number | TraceOptions, options?: TraceOptions): NDArray;
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
  // issue 14
  equal,
  notEqual,
  less,
  lessEqual,
  greater,
  greaterEqual,
  // issue 16
  argmax,
  argmin,
  argsort,
  cumsum,
  cumprod,
  std,
  var: variance,
  ptp,
  trace,
};

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
}
