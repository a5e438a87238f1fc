/**
 * Reductions: `sum`, `mean`, `max`, `min`, `prod` over all axes or some, with `keepdims`.
 * Sums use numpy's pairwise summation (8-way unrolled blocks of up to 128, halved beyond).
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { allocate, DTYPES, type DType, type TypedArray } from "../dtype.js";
import { DTypeError, ShapeError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import { assign, freshArray, isCContiguous, viewOf, type NDArray } from "../ndarray.js";
import { normalizeAxes } from "../shape/axes.js";
import { shapesEqual, shapeSize, type Shape } from "../validate.js";
import { checkOutWritable, readOut } from "./elementwise.js";
import { binaryLoop } from "./loops.js";

/** Options of the reductions. */
export interface ReduceOptions {
  /** The axes to reduce: one (negative counts from the end), a list, or all when omitted. */
  axis?: number | readonly number[] | null;
  /** Keep reduced axes as size 1, so the result broadcasts against the input. */
  keepdims?: boolean;
  /**
   * Where to write the result: exactly the result's shape, writable, and a dtype the result casts
   * to under numpy's same_kind rule. It may overlap the input. The call returns it.
   */
  out?: NDArray;
}

/** numpy's pairwise sum of `x[start … start+n)`. */
export function pairwiseSum(x: Float64Array, start: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = start; i < start + n; i++) res += x[i] as number;
    return res;
  }
  if (n <= 128) {
    let r0 = x[start] as number, r1 = x[start + 1] as number, r2 = x[start + 2] as number, r3 = x[start + 3] as number;
    let r4 = x[start + 4] as number, r5 = x[start + 5] as number, r6 = x[start + 6] as number, r7 = x[start + 7] as number;
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      const p = start + i;
      r0 += x[p] as number;
      r1 += x[p + 1] as number;
      r2 += x[p + 2] as number;
      r3 += x[p + 3] as number;
      r4 += x[p + 4] as number;
      r5 += x[p + 5] as number;
      r6 += x[p + 6] as number;
      r7 += x[p + 7] as number;
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += x[start + i] as number;
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(x, start, n2) + pairwiseSum(x, start + n2, n - n2);
}

type Reducer = (values: Float64Array, n: number) => number;

const REDUCERS = {
  // numpy starts a sum from its identity, +0: the sum of [-0] is 0.
  sum: (v: Float64Array, n: number) => 0 + pairwiseSum(v, 0, n),
  mean: (v: Float64Array, n: number) => (0 + pairwiseSum(v, 0, n)) / n,
  prod: (v: Float64Array, n: number) => {
    let p = 1;
    for (let i = 0; i < n; i++) p *= v[i] as number;
    return p;
  },
  // numpy's maximum/minimum folded from the first element: ties keep the later one, NaN wins.
  max: (v: Float64Array, n: number) => {
    let m = v[0] as number;
    for (let i = 1; i < n; i++) {
      const b = v[i] as number;
      m = m > b || m !== m ? m : b;
    }
    return m;
  },
  min: (v: Float64Array, n: number) => {
    let m = v[0] as number;
    for (let i = 1; i < n; i++) {
      const b = v[i] as number;
      m = m < b || m !== m ? m : b;
    }
    return m;
  },
  // truth values: non-zero (NaN included) is true; any of nothing is false, all of nothing true
  any: (v: Float64Array, n: number) => {
    for (let i = 0; i < n; i++) if (v[i] !== 0) return 1;
    return 0;
  },
  all: (v: Float64Array, n: number) => {
    for (let i = 0; i < n; i++) if (v[i] === 0) return 0;
    return 1;
  },
  countNonzero: (v: Float64Array, n: number) => {
    let c = 0;
    for (let i = 0; i < n; i++) if (v[i] !== 0) c++;
    return c;
  },
} satisfies Record<string, Reducer>;

type ReduceName = keyof typeof REDUCERS;

/**
 * The result dtype: max/min keep the dtype; sum/prod/mean keep float dtypes and give float64 for
 * integers (numpy gives int64 for sum/prod, which has no typed array of numbers here).
 */
function reduceDType(name: ReduceName, dtype: DType): DType {
  if (name === "max" || name === "min") return dtype;
  if (name === "any" || name === "all") return "bool";
  return DTYPES[dtype].kind === "f" ? dtype : "float64";
}

/**
 * Sums the `rows` consecutive rows of length `width` starting at `offset` into `acc` (zeroed),
 * pairwise: blocks of up to 128 rows are added in order, larger runs are halved and the halves'
 * sums added — numpy's error bound, with every access contiguous (W6 in bench/).
 */
function sumRows(data: TypedArray, offset: number, rows: number, width: number, acc: Float64Array): void {
  const run = [width];
  if (rows <= 128) {
    for (let r = 0; r < rows; r++) accumulate(acc, 0, acc, 0, data, offset + r * width, run, UNIT, UNIT, UNIT);
    return;
  }
  const half = Math.floor(rows / 2);
  const right = new Float64Array(width);
  sumRows(data, offset, half, width, acc);
  sumRows(data, offset + half * width, rows - half, width, right);
  accumulate(acc, 0, acc, 0, right, 0, run, UNIT, UNIT, UNIT);
}

/** `acc[j] += row[j]` along a run, with the elementwise functions' unrolled loop (W6: 2.3 → 1.7 ms; plain loop 1.9 ms). */
const accumulate = binaryLoop("a + b");
const UNIT = [1];

/**
 * Sums over `axes` when `x` is C-contiguous and the axes are a trailing block (each output sums
 * one contiguous run with numpy's pairwise sum: a full reduction is bit-identical to numpy's) or a
 * leading block (rows summed into one); null for other layouts.
 */
function contiguousSum(x: NDArray, axes: readonly number[]): Float64Array | null {
  const nd = viewOf(x);
  if (!isCContiguous(nd)) return null;
  const r = axes.length;
  const leading = axes.every((a, i) => a === i);
  const trailing = axes.every((a, i) => a === x.ndim - r + i);
  if (trailing) {
    const count = shapeSize(x.shape.slice(x.ndim - r));
    const outer = shapeSize(x.shape.slice(0, x.ndim - r));
    const out = new Float64Array(outer);
    const data = nd.data instanceof Float64Array ? nd.data : Float64Array.from(nd.data.subarray(nd.offset, nd.offset + outer * count));
    const start = nd.data instanceof Float64Array ? nd.offset : 0;
    for (let o = 0; o < outer; o++) out[o] = 0 + pairwiseSum(data, start + o * count, count);
    return out;
  }
  if (leading) {
    const rows = shapeSize(x.shape.slice(0, r));
    const width = shapeSize(x.shape.slice(r));
    const acc = new Float64Array(width);
    sumRows(nd.data, nd.offset, rows, width, acc);
    return acc;
  }
  return null;
}

/** Reduces `x` over `axes` (sorted, distinct) with `reducer`, gathering each slice in C order. */
function reduceAxes(x: NDArray, axes: readonly number[], reducer: Reducer, dtype: DType): TypedArray {
  const nd = viewOf(x);
  const kept = x.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const outShape = kept.map((i) => x.shape[i] as number);
  const outSize = shapeSize(outShape);
  const redShape = axes.map((i) => x.shape[i] as number);
  const redStrides = axes.map((i) => x.strides[i] as number);
  const keptStrides = kept.map((i) => x.strides[i] as number);
  const m = shapeSize(redShape);
  const out = allocate(dtype, outSize);
  const scratch = new Float64Array(m);
  const data = nd.data;
  const outIdx = new Array<number>(kept.length).fill(0);
  const redIdx = new Array<number>(axes.length).fill(0);
  let base = nd.offset;
  for (let o = 0; o < outSize; o++) {
    // Gather the slice with an odometer over the reduced axes.
    let p = base;
    redIdx.fill(0);
    for (let k = 0; k < m; k++) {
      scratch[k] = data[p] as number;
      for (let d = axes.length - 1; d >= 0; d--) {
        p += redStrides[d] as number;
        if (++(redIdx[d] as number) < (redShape[d] as number)) break;
        p -= (redStrides[d] as number) * (redShape[d] as number);
        redIdx[d] = 0;
      }
    }
    out[o] = reducer(scratch, m);
    for (let d = kept.length - 1; d >= 0; d--) {
      base += keptStrides[d] as number;
      if (++(outIdx[d] as number) < (outShape[d] as number)) break;
      base -= (keptStrides[d] as number) * (outShape[d] as number);
      outIdx[d] = 0;
    }
  }
  return out;
}

const REDUCE_OPTIONS = ["axis", "keepdims", "out"] as const;

function reduce(name: ReduceName, a: unknown, options: ReduceOptions | undefined): NDArray {
  const x = asArray(name, a, 1);
  // every option read once: out (checked with the keys), then axis and keepdims
  const out = readOut(name, options, REDUCE_OPTIONS);
  const axis: unknown = options?.axis;
  const keepdims: unknown = options?.keepdims;
  const axes = normalizeAxes(name, axis, x.ndim);
  const dtype = reduceDType(name, x.dtype);
  const reducedSize = shapeSize(axes.map((i) => x.shape[i] as number));
  const keptShape = x.shape.filter((_, i) => !axes.includes(i));
  if ((name === "max" || name === "min") && reducedSize === 0 && shapeSize(keptShape) > 0) {
    const where = axis === undefined || axis === null ? "" : ` along axis ${axes.join(", ")}`;
    throw new ShapeError(
      `${name}: cannot reduce an empty array of shape ${formatShape(x.shape)}${where}: the ${name === "max" ? "maximum" : "minimum"} has no identity`,
    );
  }
  const finalShape = keepdims ? x.shape.map((n, i) => (axes.includes(i) ? 1 : n)) : keptShape;
  if (out) checkReduceOut(name, out, finalShape, dtype);
  // Into a fresh array first: the input is read in full before `out` is written (overlap-safe).
  const data =
    dtype === "float32" && (name === "sum" || name === "mean" || name === "prod")
      ? reduceFloat32(x, axes, name)
      : ((name === "sum" || name === "mean") && fastSum(x, axes, name, dtype)) || reduceAxes(x, axes, REDUCERS[name], dtype);
  const result = freshArray(dtype, finalShape, data);
  if (!out) return result;
  if (out.size > 0) assign(viewOf(out), viewOf(result));
  return out;
}

/** numpy's pairwise sum of `n` elements of `x` from `start` by `step`, every partial sum rounded to float32. */
export function pairwiseSum32(x: TypedArray, start: number, n: number, step: number): number {
  const f = Math.fround;
  if (n < 8) {
    let res = -0;
    for (let i = 0; i < n; i++) res = f(res + (x[start + i * step] as number));
    return res;
  }
  if (n <= 128) {
    const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => x[start + j * step] as number);
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (let j = 0; j < 8; j++) r[j] = f((r[j] as number) + (x[start + (i + j) * step] as number));
    }
    const [r0, r1, r2, r3, r4, r5, r6, r7] = r as [number, number, number, number, number, number, number, number];
    let res = f(f(f(r0 + r1) + f(r2 + r3)) + f(f(r4 + r5) + f(r6 + r7)));
    for (; i < n; i++) res = f(res + (x[start + i * step] as number));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return f(pairwiseSum32(x, start, n2, step) + pairwiseSum32(x, start + n2 * step, n - n2, step));
}

/**
 * sum, mean and prod of a float32 array computed as numpy computes them: in float32, every
 * partial result rounded (so a float32 sum that overflows is inf), in numpy's iteration order.
 * The axes of more than one element are ordered by decreasing |stride| (the fastest-moving axis
 * in memory innermost) and neighbouring axes that step together are merged; when the innermost
 * axis is reduced, each run along it is added with numpy's pairwise sum, otherwise the runs are
 * added (multiplied) element by element in that order. This gives numpy's bits for contiguous,
 * transposed and single-axis reductions; for other layouts numpy's iterator may group the terms
 * differently (docs/numpy-differences.md gives the measured difference).
 */
function reduceFloat32(x: NDArray, axes: readonly number[], name: "sum" | "mean" | "prod"): Float32Array {
  const nd = viewOf(x);
  const keptShape = x.shape.filter((_, i) => !axes.includes(i));
  const outStride = new Array<number>(x.ndim).fill(0);
  for (let i = x.ndim - 1, size = 1; i >= 0; i--) {
    if (axes.includes(i)) continue;
    outStride[i] = size;
    size *= x.shape[i] as number;
  }
  const out = new Float32Array(shapeSize(keptShape)).fill(name === "prod" ? 1 : 0);
  const count = shapeSize(axes.map((i) => x.shape[i] as number));
  if (x.size > 0) {
    type Axis = { n: number; s: number; o: number; r: boolean };
    const order: Axis[] = [];
    x.shape.forEach((n, i) => {
      if (n > 1) order.push({ n, s: x.strides[i] as number, o: outStride[i] as number, r: axes.includes(i) });
    });
    order.sort((p, q) => Math.abs(q.s) - Math.abs(p.s));
    const loops: Axis[] = [];
    for (const t of order) {
      const prev = loops[loops.length - 1];
      if (prev && prev.r === t.r && prev.s === t.s * t.n && prev.o === t.o * t.n) loops[loops.length - 1] = { n: prev.n * t.n, s: t.s, o: t.o, r: t.r };
      else loops.push(t);
    }
    const inner = loops.pop() ?? { n: 1, s: 0, o: 0, r: true };
    const data = nd.data;
    const outer = shapeSize(loops.map((t) => t.n));
    const idx = new Array<number>(loops.length).fill(0);
    let p = nd.offset;
    let q = 0;
    for (let k = 0; k < outer; k++) {
      if (inner.r && name !== "prod") out[q] = (out[q] as number) + pairwiseSum32(data, p, inner.n, inner.s);
      else if (name === "prod") for (let j = 0; j < inner.n; j++) out[q + j * inner.o] = (out[q + j * inner.o] as number) * (data[p + j * inner.s] as number);
      else for (let j = 0; j < inner.n; j++) out[q + j * inner.o] = (out[q + j * inner.o] as number) + (data[p + j * inner.s] as number);
      for (let d = loops.length - 1; d >= 0; d--) {
        const t = loops[d] as Axis;
        p += t.s;
        q += t.o;
        if (++(idx[d] as number) < t.n) break;
        p -= t.s * t.n;
        q -= t.o * t.n;
        idx[d] = 0;
      }
    }
  }
  // numpy divides by the count as a float32 (a weak Python int)
  const divisor = Math.fround(count);
  if (name === "mean") for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / divisor;
  return out;
}

/** sum/mean through {@link contiguousSum}, cast to `dtype`; null when the layout has no fast path. */
function fastSum(x: NDArray, axes: readonly number[], name: "sum" | "mean", dtype: DType): TypedArray | null {
  const sums = contiguousSum(x, axes);
  if (!sums) return null;
  const count = shapeSize(axes.map((i) => x.shape[i] as number));
  if (name === "mean") for (let i = 0; i < sums.length; i++) sums[i] = (sums[i] as number) / count;
  if (dtype === "float64") return sums;
  const out = allocate(dtype, sums.length);
  out.set(sums);
  return out;
}

function checkReduceOut(fn: string, out: NDArray, shape: Shape, dtype: DType): void {
  if (!shapesEqual(out.shape, shape)) {
    throw new ShapeError(`${fn}: out has shape ${formatShape(out.shape)} but the result has shape ${formatShape(shape)}; out is never broadcast`);
  }
  checkOutWritable(fn, out, dtype);
}

/**
 * The sum over `axis` (all axes when omitted), with numpy's pairwise summation; an empty sum is
 * 0. Integer arrays sum in float64.
 *
 * @example
 * import { array, sum } from "ndarray-broadcast";
 * const a = array([[1, 2, 3], [4, 5, 6]]);
 * console.log(sum(a).toString(), sum(a, { axis: 0 }).toString());
 * // => array(21.) array([5., 7., 9.])
 * console.log(sum(a, { axis: -1, keepdims: true }).toString());
 * // => array([[ 6.],
 * //           [15.]])
 */
export function sum(a: NDArray | ArrayLike, options?: ReduceOptions): NDArray {
  return reduce("sum", a, options);
}

/**
 * The mean over `axis`; the mean of nothing is NaN, as numpy (which also warns).
 *
 * @example
 * import { array, mean } from "ndarray-broadcast";
 * console.log(mean(array([[1, 2], [3, 5]]), { axis: 1 }).toString());
 * // => array([1.5, 4. ])
 */
export function mean(a: NDArray | ArrayLike, options?: ReduceOptions): NDArray {
  return reduce("mean", a, options);
}

/**
 * The product over `axis`; an empty product is 1.
 *
 * @example
 * import { array, prod } from "ndarray-broadcast";
 * console.log(prod(array([[1, 2], [3, 4]]), { axis: 0 }).toString());
 * // => array([3., 8.])
 */
export function prod(a: NDArray | ArrayLike, options?: ReduceOptions): NDArray {
  return reduce("prod", a, options);
}

/**
 * The maximum over `axis`; NaN propagates; an empty maximum throws `ShapeError`.
 *
 * @example
 * import { array, max } from "ndarray-broadcast";
 * console.log(max(array([[1, 7], [3, NaN]]), { axis: 1 }).toString());
 * // => array([ 7., nan])
 */
export function max(a: NDArray | ArrayLike, options?: ReduceOptions): NDArray {
  return reduce("max", a, options);
}

/**
 * The minimum over `axis`; NaN propagates; an empty minimum throws `ShapeError`.
 *
 * @example
 * import { array, min } from "ndarray-broadcast";
 * console.log(min(array([4, -1, 2], { dtype: "int32" })).toString());
 * // => array(-1, dtype=int32)
 */
export function min(a: NDArray | ArrayLike, options?: ReduceOptions): NDArray {
  return reduce("min", a, options);
}

/**
 * Whether any element along `axis` (all axes when omitted) is true — non-zero, NaN included; a
 * `bool` array (0-d without `axis`). Any of nothing is false.
 *
 * @example
 * import { any, array } from "ndarray-broadcast";
 * console.log(any(array([[0, 1], [0, 0]]), { axis: 1 }).toString(), any(array([])).toString());
 * // => array([ True, False]) array(False)
 */
export function any(a: NDArray | ArrayLike, options?: ReduceOptions): NDArray {
  return reduce("any", a, options);
}

/**
 * Whether every element along `axis` is true; all of nothing is true.
 *
 * @example
 * import { all, array } from "ndarray-broadcast";
 * console.log(all(array([[1, 1], [0, 1]]), { axis: 0 }).toString(), all(array([])).toString());
 * // => array([False,  True]) array(True)
 */
export function all(a: NDArray | ArrayLike, options?: ReduceOptions): NDArray {
  return reduce("all", a, options);
}

/**
 * How many elements are non-zero (NaN counts): a JS number over the whole array, as numpy's
 * Python int; with `axis` or `keepdims` an array of counts (float64, the library's stand-in for
 * numpy's int64).
 *
 * @example
 * import { array, countNonzero } from "ndarray-broadcast";
 * console.log(countNonzero(array([[0, 1], [2, 0]])), countNonzero(array([[0, 1], [2, 2]]), { axis: 1 }).toString());
 * // => 2 array([1., 2.])
 */
export function countNonzero(a: NDArray | ArrayLike, options: Omit<ReduceOptions, "out"> & ({ axis: number | readonly number[] } | { keepdims: true })): NDArray;
export function countNonzero(a: NDArray | ArrayLike, options?: Omit<ReduceOptions, "out">): number;
export function countNonzero(a: NDArray | ArrayLike, options?: Omit<ReduceOptions, "out">): number | NDArray {
  const whole = (options?.axis === undefined || options.axis === null) && options?.keepdims !== true;
  if (options !== undefined && options !== null && typeof options === "object" && "out" in options) {
    throw new DTypeError("countNonzero: numpy's count_nonzero has no out option");
  }
  const r = reduce("countNonzero", a, options);
  return whole ? (r.data[r.offset] as number) : r;
}
