/**
 * `NDArray`: one scijs `ndarray` view (`data, shape, stride, offset`), its dtype, and a
 * read-only flag. Element `(i, j)` lives at `data[offset + stride[0]*i + stride[1]*j]`.
 *
 * @module
 */
import type ndarray from "ndarray";
import ops from "ndarray-ops";
import { allocate, DTYPES, dtypeOfTypedArray, type DType, type TypedArray } from "./dtype.js";
import { AxisError, DTypeError, IndexError, ReadOnlyError, ShapeError } from "./errors.js";
import { describeType, formatShape } from "./format/format-shape.js";
import { formatLatex, formatRepr } from "./format/repr.js";
import { scijsView } from "./scijs.js";
import { checkShape, shapeSize, type Shape } from "./validate.js";

/** A scijs `ndarray` over one of the supported typed arrays. */
export type ScijsArray = ndarray.NdArray<TypedArray>;

/** A nested list of numbers (booleans for a `bool` array) as `tolist()` returns it; one element for a 0-d array. */
export type NestedList = number | boolean | NestedList[];

/** One element as `get` and `item` return it: a number, or a boolean for a `bool` array. */
export type Scalar = number | boolean;

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * An n-dimensional array: a scijs `ndarray` plus a dtype and a read-only flag.
 *
 * Broadcast views ({@link broadcastTo}) are read-only: several of their elements are one memory
 * cell, so a write through one index would change others.
 *
 * @example
 * import { array } from "ndarray-broadcast";
 * const a = array([[1, 2], [3, 4]]);
 * console.log(a.shape, a.dtype, a.get(-1, 0));
 * // => [ 2, 2 ] float64 3
 * console.log(a.toString());
 * // => array([[1., 2.],
 * //           [3., 4.]])
 */
export class NDArray {
  /**
   * The length of each axis. Typed read-only and never to be modified: it is a plain array, not
   * a frozen one, because freezing two arrays per result cost more than the whole loop of a
   * small operation (bench/ W7: 1.2–1.6 µs → 0.5–0.8 µs per call).
   */
  readonly shape: Shape;
  /** How many elements (not bytes) one step along each axis moves in `data`; 0 on a broadcast axis. Read-only, as `shape`. */
  readonly strides: readonly number[];
  /** The element type. */
  readonly dtype: DType;
  /** Whether writes are refused: broadcast views, and views of read-only arrays. */
  readonly readonly: boolean;
  readonly #nd: ScijsArray;

  /** @internal Use {@link fromNdarray} or the creation functions. */
  constructor(nd: ScijsArray, dtype: DType, readonly: boolean) {
    this.#nd = nd;
    this.dtype = dtype;
    this.readonly = readonly;
    this.shape = nd.shape.slice();
    this.strides = nd.stride.slice();
  }

  /** The number of axes. */
  get ndim(): number {
    return this.shape.length;
  }

  /** The number of elements. */
  get size(): number {
    return shapeSize(this.shape);
  }

  /** The index of element `(0, …, 0)` in the typed array. */
  get offset(): number {
    return this.#nd.offset;
  }

  /** The typed array that holds the elements (shared with every view of it). */
  get data(): TypedArray {
    return this.#nd.data;
  }

  /**
   * The wrapped scijs `ndarray`, shared, not copied. Writes through it bypass the read-only
   * flag: writing into a broadcast view changes every element that aliases the cell.
   */
  toNdarray(): ScijsArray {
    return this.#nd;
  }

  /** The element at `idx` (one integer per axis; negative counts from the end); a boolean for a `bool` array. */
  get(...idx: number[]): Scalar {
    const v = this.#nd.get(...this.#index("get", idx));
    return this.dtype === "bool" ? v !== 0 : v;
  }

  /**
   * Writes `value` at `idx`: `a.set(i, j, value)`. Integer dtypes truncate a fractional value as
   * numpy does and refuse NaN, ±Infinity and numbers outside the dtype's range; a `bool` array
   * stores `true` for any non-zero number (NaN included), as numpy's `bool(x)`. A boolean value is 1 or 0.
   */
  set(...args: (number | boolean)[]): void {
    if (this.readonly) {
      throw new ReadOnlyError(
        `set: this ${formatShape(this.shape)} array is read-only (a broadcast view or a view of one); copy() it to write`,
      );
    }
    if (args.length === 0) throw new IndexError("set: missing the value to write");
    const value = args[args.length - 1];
    const idx = this.#index("set", args.slice(0, -1) as number[]);
    this.#nd.set(...idx, checkElement("set", this.dtype, value));
  }

  /** The elements as nested JS arrays (a number for a 0-d array). */
  tolist(): NestedList {
    checkAttached("tolist", this);
    const nd = this.#nd;
    const bool = this.dtype === "bool";
    const idx: number[] = [];
    const visit = (axis: number): NestedList => {
      if (axis === this.ndim) return bool ? nd.get(...idx) !== 0 : nd.get(...idx);
      const out: NestedList[] = [];
      for (let i = 0; i < (this.shape[axis] as number); i++) {
        idx[axis] = i;
        out.push(visit(axis + 1));
      }
      return out;
    };
    return visit(0);
  }

  /**
   * The same elements in another shape; one entry may be -1 (inferred). A view when this array
   * is C-contiguous, a copy otherwise (as numpy).
   */
  reshape(...shape: (number | readonly number[])[]): NDArray {
    const given = (shape.length === 1 && Array.isArray(shape[0]) ? shape[0] : shape) as unknown[];
    const target = inferShape(given, this.size);
    if (isCContiguous(this.#nd)) {
      return new NDArray(
        scijsView(this.#nd.data, this.dtype, target, undefined, this.#nd.offset),
        this.dtype,
        this.readonly,
      );
    }
    return this.copy().reshape(target);
  }

  /** The axes permuted (reversed when none are given); a view sharing memory. */
  transpose(...axes: number[]): NDArray {
    const n = this.ndim;
    const perm = axes.length === 0 ? Array.from({ length: n }, (_, i) => n - 1 - i) : axes;
    if (perm.length !== n) {
      throw new AxisError(`transpose: axes ${formatShape(perm)} don't match an array of dimension ${n}`);
    }
    const seen = new Set<number>();
    const norm = perm.map((ax) => {
      if (!Number.isInteger(ax) || ax < -n || ax >= n) {
        throw new AxisError(`transpose: axis ${ax} is out of bounds for array of dimension ${n}`);
      }
      const k = ax < 0 ? ax + n : ax;
      if (seen.has(k)) throw new AxisError(`transpose: repeated axis ${ax} in ${formatShape(perm)}`);
      seen.add(k);
      return k;
    });
    const nd = this.#nd;
    return new NDArray(
      scijsView(
        nd.data,
        this.dtype,
        norm.map((k) => nd.shape[k] as number),
        norm.map((k) => nd.stride[k] as number),
        nd.offset,
      ),
      this.dtype,
      this.readonly,
    );
  }

  /** The transpose (axes reversed). */
  get T(): NDArray {
    return this.transpose();
  }

  /** A C-contiguous, writable copy with the same dtype. */
  copy(): NDArray {
    checkAttached("copy", this);
    const nd = scijsView(allocate(this.dtype, this.size), this.dtype, this.shape);
    if (this.size > 0) assign(nd, this.#nd);
    return new NDArray(nd, this.dtype, false);
  }

  /** numpy's `repr`: `array([1., 2.])`, `array([1, 2], dtype=int32)`. */
  toString(): string {
    checkAttached("toString", this);
    const nd = this.#nd;
    return formatRepr({ shape: this.shape, dtype: this.dtype, at: (i) => nd.get(...i) });
  }

  /** A LaTeX `bmatrix` (a 1-D array as a column vector; a 0-d array as its number). */
  toLatex(): string {
    if (this.ndim > 2) {
      throw new ShapeError(`toLatex: only 0-, 1- and 2-D arrays have a matrix form, got shape ${formatShape(this.shape)}`);
    }
    const nd = this.#nd;
    return formatLatex({ shape: this.shape, dtype: this.dtype, at: (i) => nd.get(...i) });
  }

  /** What Node's `console.log` and `util.inspect` show: the repr. */
  [INSPECT](): string {
    return this.toString();
  }

  #index(fn: string, idx: readonly unknown[]): number[] {
    checkAttached(fn, this);
    if (idx.length !== this.ndim) {
      throw new IndexError(
        `${fn}: ${idx.length} ${idx.length === 1 ? "index" : "indices"} given for an array of shape ${formatShape(this.shape)}, which needs ${this.ndim}`,
      );
    }
    return idx.map((i, axis) => {
      const n = this.shape[axis] as number;
      if (typeof i !== "number" || !Number.isInteger(i)) {
        throw new IndexError(`${fn}: indices must be integers, got ${describeType(i)} for axis ${axis}`);
      }
      if (i < -n || i >= n) {
        throw new IndexError(`${fn}: index ${i} is out of bounds for axis ${axis} with size ${n}`);
      }
      return i < 0 ? i + n : i;
    });
  }
}

/**
 * Throws if `a`'s buffer has been detached (transferred to a worker, or with
 * `structuredClone(…, { transfer })`): its typed array then has length 0 and no element can be
 * read or written. Checked by every public function before it touches the data.
 */
export function checkAttached(fn: string, a: NDArray): NDArray {
  if (a.data.length === 0 && a.size > 0) {
    throw new DTypeError(`${fn}: the buffer of this ${formatShape(a.shape)} array is detached (it was transferred); its elements are gone`);
  }
  return a;
}

/**
 * Checks one number or boolean before it is written into an array of `dtype` (by `set`, `full`,
 * `array`): a boolean is 1 or 0; into `bool` any non-zero number (NaN too) is 1, as numpy's `bool(x)`.
 */
export function checkElement(fn: string, dtype: DType, value: unknown): number {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value !== "number") {
    throw new DTypeError(`${fn}: expected a number, got ${describeType(value)}`);
  }
  if (dtype === "bool") return value !== 0 ? 1 : 0;
  const t = DTYPES[dtype];
  if (t.kind !== "f") {
    if (!Number.isFinite(value)) {
      throw new DTypeError(`${fn}: cannot convert ${value} to integer dtype ${dtype}`);
    }
    const v = Math.trunc(value);
    if (v < t.min || v > t.max) {
      throw new DTypeError(`${fn}: the number ${value} is out of bounds for ${dtype} (${t.min} to ${t.max})`);
    }
    return v;
  }
  return value;
}

/**
 * A new writable C-contiguous array of `shape` over `data` (zeros of `dtype` when omitted).
 * @internal
 */
export function freshArray(dtype: DType, shape: Shape, data: TypedArray = allocate(dtype, shapeSize(shape))): NDArray {
  return new NDArray(scijsView(data, dtype, shape), dtype, false);
}

/** Whether the view's elements are laid out in C order without gaps (its offset aside). @internal */
export function isCContiguous(nd: { readonly shape: readonly number[]; readonly stride: readonly number[] }): boolean {
  let s = 1;
  for (let i = nd.shape.length - 1; i >= 0; i--) {
    const n = nd.shape[i] as number;
    if (n === 0) return true;
    if (n !== 1 && nd.stride[i] !== s) return false;
    s *= n;
  }
  return true;
}

function inferShape(given: readonly unknown[], size: number): Shape {
  const unknown = given.filter((d) => d === -1).length;
  if (unknown > 1) throw new ShapeError(`reshape: can only specify one unknown dimension in ${formatShape(given)}`);
  const known = checkShape("reshape", given.map((d) => (d === -1 ? 1 : d)));
  const knownSize = shapeSize(known);
  let target: number[] = known.slice();
  if (unknown === 1) {
    if (knownSize === 0 || size % knownSize !== 0) {
      throw new ShapeError(`reshape: cannot reshape array of size ${size} into shape ${formatShape(given)}`);
    }
    target = given.map((d, i) => (d === -1 ? size / knownSize : (known[i] as number)));
  } else if (knownSize !== size) {
    throw new ShapeError(`reshape: cannot reshape array of size ${size} into shape ${formatShape(given)}`);
  }
  return target;
}

/** Copies `src` into `dst` (equal shapes, no overlap) with the typed array's own conversion. */
export function assign(dst: ScijsArray, src: ScijsArray): void {
  if (dst.shape.length === 0) dst.set(src.get());
  else ops.assign(dst, src);
}

/**
 * Wraps a scijs `ndarray` without copying. Its `data` must be a supported typed array and every
 * element it can reach must lie inside `data`; otherwise a `ShapeError` or `DTypeError` is
 * thrown before any element is read. An array with a stride of 0 on an axis longer than 1 (its
 * elements alias) is wrapped read-only.
 *
 * @example
 * import ndarray from "ndarray";
 * import { fromNdarray } from "ndarray-broadcast";
 * const nd = ndarray(new Float64Array([1, 2, 3, 4, 5, 6]), [2, 3]);
 * const a = fromNdarray(nd);
 * a.set(0, 0, 10);
 * console.log(nd.get(0, 0), a.shape);
 * // => 10 [ 2, 3 ]
 */
export function fromNdarray(nd: ScijsArray, options: { readonly?: boolean } = {}): NDArray {
  if (typeof nd !== "object" || nd === null || !Array.isArray(nd.shape) || !Array.isArray(nd.stride)) {
    throw new DTypeError(`fromNdarray: expected a scijs ndarray, got ${describeType(nd)}`);
  }
  const dtype = dtypeOfTypedArray(nd.data);
  if (dtype === undefined) {
    throw new DTypeError(
      `fromNdarray: the ndarray's data is ${describeType(nd.data)}; supported are Float64Array, Float32Array, Int32Array, Int16Array, Int8Array, Uint32Array, Uint16Array, Uint8Array`,
    );
  }
  const shape = checkShape("fromNdarray", nd.shape.slice(), { allocate: false });
  const stride = nd.stride;
  const offset = nd.offset;
  if (stride.length !== shape.length || !stride.every((s) => Number.isInteger(s)) || !Number.isInteger(offset)) {
    throw new ShapeError(
      `fromNdarray: inconsistent ndarray: shape ${formatShape(shape)}, stride ${formatShape(stride)}, offset ${offset}`,
    );
  }
  if (shapeSize(shape) > 0) {
    let lo = offset;
    let hi = offset;
    shape.forEach((n, i) => {
      const step = (stride[i] as number) * (n - 1);
      if (step < 0) lo += step;
      else hi += step;
    });
    if (lo < 0 || hi >= nd.data.length) {
      throw new ShapeError(
        `fromNdarray: shape ${formatShape(shape)} with stride ${formatShape(stride)} and offset ${offset} reaches elements ${lo} to ${hi}, outside data of length ${nd.data.length}`,
      );
    }
  }
  const aliased = shape.some((n, i) => n > 1 && stride[i] === 0);
  return new NDArray(nd, dtype, (options.readonly ?? false) || aliased);
}
