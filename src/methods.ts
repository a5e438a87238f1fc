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
import { isfinite, isinf, isnan, logicalAnd, logicalNot, logicalOr, logicalXor } from "./ops/logic.js";
import { ceil, conj, floor, floorDivide, remainder, round, sign, trunc, type RoundOptions } from "./ops/math.js";
import { clip, type ClipOptions } from "./ops/where.js";
import { all, any } from "./ops/reduce.js";
import type { ArrayLike } from "./create.js";
import { index, setIndex } from "./indexing/index-array.js";
import { firstAxis, iterateRows } from "./indexing/iterate.js";
import type { Key } from "./indexing/keys.js";
import { flatten, matrixTranspose, ravel, squeeze, swapaxes } from "./manipulation/views.js";
import { repeat } from "./manipulation/repeat.js";
import { astype, type AstypeOptions } from "./dtypes/cast.js";
import type { DType } from "./dtype.js";
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
    /** `index(this, ...keys)`: numpy's `a[keys]` (a view for basic keys, a copy for advanced ones). */
    index(...keys: Key[]): NDArray;
    /** `setIndex(this, keys, value)`: numpy's `a[keys] = value`, in place. */
    setIndex(keys: Key | readonly Key[], value: unknown): void;
    /** `shape[0]` (numpy's `len(a)`); a 0-d array has none and throws a `ShapeError`. */
    readonly length: number;
    /** The rows along the first axis (`for (const row of a)`), as `index(a, i)`. */
    [Symbol.iterator](): Iterator<NDArray>;

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
    /** `logicalAnd(this, b)`. */
    logicalAnd(b: OperandLike, options?: OutOptions): NDArray;
    /** `logicalOr(this, b)`. */
    logicalOr(b: OperandLike, options?: OutOptions): NDArray;
    /** `logicalXor(this, b)`. */
    logicalXor(b: OperandLike, options?: OutOptions): NDArray;
    /** `logicalNot(this)`. */
    logicalNot(options?: OutOptions): NDArray;
    /** `isnan(this)`. */
    isnan(options?: OutOptions): NDArray;
    /** `isinf(this)`. */
    isinf(options?: OutOptions): NDArray;
    /** `isfinite(this)`. */
    isfinite(options?: OutOptions): NDArray;
    /** `floor(this)`. */
    floor(options?: OutOptions): NDArray;
    /** `ceil(this)`. */
    ceil(options?: OutOptions): NDArray;
    /** `trunc(this)`. */
    trunc(options?: OutOptions): NDArray;
    /** `round(this, decimals)`, as numpy's `a.round(decimals)`. */
    round(decimals?: number | RoundOptions, options?: RoundOptions): NDArray;
    /** `clip(this, min, max)`, as numpy's `a.clip(min, max)`. */
    clip(min?: OperandLike | null | ClipOptions, max?: OperandLike | null, options?: ClipOptions): NDArray;
    /** `sign(this)`. */
    sign(options?: OutOptions): NDArray;
    /** `conj(this)`. */
    conj(options?: OutOptions): NDArray;
    /** `remainder(this, b)` (Python's `%`). */
    mod(b: OperandLike, options?: OutOptions): NDArray;
    /** `floorDivide(this, b)` (Python's `//`). */
    floorDivide(b: OperandLike, options?: OutOptions): NDArray;
    /** `any(this, options)`. */
    any(options?: ReduceOptions): NDArray;
    /** `all(this, options)`. */
    all(options?: ReduceOptions): NDArray;
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
  index,
  // issue 14
  equal,
  notEqual,
  less,
  lessEqual,
  greater,
  greaterEqual,
  logicalAnd,
  logicalOr,
  logicalXor,
  logicalNot,
  isnan,
  isinf,
  isfinite,
  floor,
  ceil,
  trunc,
  round,
  clip,
  sign,
  conj,
  mod: remainder,
  floorDivide,
  any,
  all,
  flatten,
  ravel,
  squeeze,
  swapaxes,
  repeat,
  astype,
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

/** Properties computed from the array (numpy's attributes). */
const getters: Record<string, (a: NDArray) => NDArray> = { mT: matrixTranspose };

/**
 * Attaches the method forms to `NDArray.prototype` (idempotent). Called by the package's root
 * entry; `ndarray-broadcast/functions` does not.
 * @internal
 */
export function attachMethods(): void {
  for (const [name, fn] of Object.entries(methods)) {
    const method = function (this: NDArray, ...args: never[]): NDArray {
      return fn(this, ...args);
    };
    Object.defineProperty(NDArray.prototype, name, { value: method, writable: true, configurable: true, enumerable: false });
  }
  // indexing: assignment, length and iteration over the first axis
  const proto = NDArray.prototype;
  const define = (key: PropertyKey, value: unknown): void => {
    Object.defineProperty(proto, key, { value, writable: true, configurable: true, enumerable: false });
  };
  define("setIndex", function (this: NDArray, keys: Key | readonly Key[], value: unknown): void {
    setIndex(this, keys, value);
  });
  // A 0-d array is not iterable (numpy: "iteration over a 0-d array" is a TypeError): its
  // Symbol.iterator reads undefined, so generic code (deep equality, spreading) that asks an
  // object whether it is iterable gets "no" rather than an iterator that throws.
  function rows(this: NDArray): Iterator<NDArray> {
    return iterateRows(this);
  }
  Object.defineProperty(proto, Symbol.iterator, {
    get(this: NDArray): (() => Iterator<NDArray>) | undefined {
      return this.ndim === 0 ? undefined : rows;
    },
    configurable: true,
    enumerable: false,
  });
  Object.defineProperty(proto, "length", {
    get(this: NDArray): number {
      return firstAxis("length", this);
    },
    configurable: true,
    enumerable: false,
  });
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

