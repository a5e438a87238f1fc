/**
 * `NDArray`: one scijs `ndarray` view (`data, shape, stride, offset`), its dtype, and a
 * read-only flag. Element `(i, j)` lives at `data[offset + stride[0]*i + stride[1]*j]`.
 *
 * @module
 */
import { allocate, DTYPES, ownTypedArray, type DType, type TypedArray } from "./dtype.js";
import { AxisError, DTypeError, IndexError, ReadOnlyError, ShapeError } from "./errors.js";
import { describeType, formatShape, formatValue } from "./format/format-shape.js";
import { formatLatex, formatRepr } from "./format/repr.js";
import { assignView, scijsView } from "./scijs.js";
import { nocopyReshapeStrides } from "./strides.js";
import { checkOptions, checkShape, copyList, MAX_SIZE, mayOverlapInternally, shapeSize, type Shape } from "./validate.js";

/**
 * A scijs `ndarray` over one of the supported typed arrays: the members of scijs's view that the
 * library uses and returns. Declared here (not taken from `@types/ndarray`) so that the published
 * type files need no extra install; a value of `@types/ndarray`'s `NdArray<Float64Array>` (and of
 * the other typed arrays) is assignable to it.
 */
export interface ScijsArray {
  /** The typed array that holds the elements. */
  data: TypedArray;
  /** The length of each axis. */
  shape: number[];
  /** The step in `data` along each axis. */
  stride: number[];
  /** The index in `data` of element `(0, …, 0)`. */
  offset: number;
  /** scijs's name of the storage type (`"float64"`, `"uint8"`, …). */
  readonly dtype: "float64" | "float32" | "int32" | "int16" | "int8" | "uint32" | "uint16" | "uint8";
  /** The number of elements. */
  readonly size: number;
  /** The axes from the smallest stride to the largest. */
  readonly order: number[];
  /** The number of axes. */
  readonly dimension: number;
  /** The element at one index per axis. */
  get(...idx: number[]): number;
  /** Writes the last argument at the index given by the others. */
  set(...args: number[]): number;
  /** The position in `data` of an element. */
  index(...idx: number[]): number;
  /** The view starting at the given index (scijs `lo`). */
  lo(...idx: number[]): ScijsArray;
  /** The view ending before the given index (scijs `hi`). */
  hi(...idx: number[]): ScijsArray;
  /** The view stepping along each axis (scijs `step`). */
  step(...steps: number[]): ScijsArray;
  /** The view with its axes permuted. */
  transpose(...axes: number[]): ScijsArray;
  /** The view with the axes given a number fixed (scijs `pick`). */
  pick(...idx: (number | null)[]): ScijsArray;
}

/** A nested list of numbers (booleans for a `bool` array) as `tolist()` returns it; one element for a 0-d array. */
export type NestedList = number | boolean | NestedList[];

/**
 * An array as JSON: what `a.toJSON()` returns and `JSON.stringify(a)` writes, read back by
 * `fromJSON`. `data` holds the elements flat in C order; NaN, ±Infinity and −0, which JSON has no
 * numbers for, are the strings `"nan"`, `"inf"`, `"-inf"` and `"-0"`; a `bool` array's are booleans.
 */
export interface NDArrayJSON {
  /** The dtype's name. */
  dtype: DType;
  /** The length of each axis. */
  shape: number[];
  /** The elements in C order. */
  data: (number | boolean | "nan" | "inf" | "-inf" | "-0")[];
}

/** One element as `get` and `item` return it: a number, or a boolean for a `bool` array. */
export type Scalar = number | boolean;

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * The registry through which copies of this library loaded in one realm recognize each other's
 * arrays (a CommonJS `require` of the core and an ESM import of `/jacobian`, or two bundles on a
 * page): each copy adds a reader that answers, by its own private-field brand check (which no
 * Proxy and no look-alike passes and which runs none of the value's code), with the view and
 * extent of an array it made. Kept under a registered symbol, as the traced values' mark is.
 */
const COPIES = Symbol.for("ndarray-broadcast.copies");
type Reader = (x: object) => { readonly nd: ScijsArray; readonly end: number } | undefined;
/** The view and extent of an array made by another copy of the library, or undefined. */
let foreign: Reader;

/**
 * The scijs view inside `a`, without a copy, for the library's own loops. `a` must be a real
 * NDArray (see {@link isNDArray}). @internal
 */
export let viewOf: (a: NDArray) => ScijsArray;
/** One past the highest index of `a.data` that `a` reaches. */
let endOf: (a: NDArray) => number;

/**
 * Throws if `a`'s elements cannot be reached: its buffer was detached (transferred to a worker,
 * or with `structuredClone(…, { transfer })`), or it is a resizable `ArrayBuffer` that shrank
 * below the view. Checked by every public function before it touches the data.
 */
export let checkAttached: (fn: string, a: NDArray) => NDArray;

/**
 * `x` when it is a real NDArray whose elements can be reached, undefined when it is no NDArray;
 * throws for an unreachable one (see {@link checkAttached}). One call for the operand test of
 * every function. @internal
 */
export let attachedArray: (fn: string, x: unknown) => NDArray | undefined;

/**
 * Whether `x` is an NDArray made by this library: a brand check that no Proxy of an NDArray and
 * no object made with `Object.create(NDArray.prototype)` passes, and that runs none of `x`'s code.
 */
export let isNDArray: (x: unknown) => x is NDArray;

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
  /** One past the highest index of `data` the view reaches (0 when it is empty). */
  readonly #end: number;

  /**
   * @internal Use {@link fromNdarray} or the creation functions. `nd` must be a view the library
   * made itself (never a caller's object), with every element inside its data.
   */
  constructor(nd: ScijsArray, dtype: DType, readonly: boolean) {
    this.#nd = nd;
    this.dtype = dtype;
    this.readonly = readonly;
    const shape = (this.shape = nd.shape.slice());
    const stride = (this.strides = nd.stride.slice());
    let end = nd.offset + 1;
    for (let i = 0; i < shape.length; i++) {
      const n = shape[i] as number;
      const s = stride[i] as number;
      if (n === 0) end = 0;
      else if (s > 0 && end > 0) end += s * (n - 1);
    }
    this.#end = end;
  }

  static {
    // bundlers write `var NDArray = class _NDArray` (the class refers to itself); esbuild's
    // keepNames would fix it at a cost on every small operation (it names closures per call)
    Object.defineProperty(this, "name", { value: "NDArray", configurable: true });
    const own: Reader = (x) => (#nd in x ? { nd: (x as NDArray).#nd, end: (x as NDArray).#end } : undefined);
    const registry = globalThis as { [COPIES]?: Reader[] };
    let readers = registry[COPIES];
    if (!Array.isArray(readers)) {
      readers = [];
      Object.defineProperty(registry, COPIES, { value: readers, enumerable: false, configurable: false, writable: false });
    }
    readers.push(own);
    // copies loaded later add themselves to `readers`; each looks through all the others
    foreign = (x) => {
      for (const r of readers) {
        if (r === own) continue;
        const got = r(x);
        if (got !== undefined) return got;
      }
      return undefined;
    };
    viewOf = (a) => (#nd in a ? a.#nd : (foreign(a) as { nd: ScijsArray }).nd);
    isNDArray = (x): x is NDArray => typeof x === "object" && x !== null && (#nd in x || foreign(x) !== undefined);
    endOf = (a) => (#nd in a ? a.#end : (foreign(a) as { end: number }).end);
    checkAttached = (fn, a) => {
      if (#nd in a) {
        if (a.#nd.data.length < a.#end) throw unreachable(fn, a, a.#nd.data);
        return a;
      }
      const got = foreign(a);
      if (got === undefined) throw notAnNDArray(fn, a, "the array");
      if (got.nd.data.length < got.end) throw unreachable(fn, a, got.nd.data);
      return a;
    };
    attachedArray = (fn, x) => {
      if (typeof x !== "object" || x === null) return undefined;
      if (#nd in x) {
        const a = x as NDArray;
        if (a.#nd.data.length < a.#end) throw unreachable(fn, a, a.#nd.data);
        return a;
      }
      const got = foreign(x);
      if (got === undefined) return undefined;
      if (got.nd.data.length < got.end) throw unreachable(fn, x as NDArray, got.nd.data);
      return x as NDArray;
    };
  }

  /**
   * `x instanceof NDArray` is the library's brand check: true for arrays made by any copy
   * of this library loaded in the realm, false for Proxies and look-alikes.
   */
  static [Symbol.hasInstance](x: unknown): boolean {
    return isNDArray(x);
  }

  /** The view, after checking that `this` is a real NDArray (not a Proxy of one, say). */
  static #viewOf(a: NDArray, fn: string): ScijsArray {
    if (#nd in a) return a.#nd;
    const got = foreign(a);
    if (got === undefined) throw notAnNDArray(fn, a);
    return got.nd;
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
    return NDArray.#viewOf(this, "offset").offset;
  }

  /** The typed array that holds the elements (shared with every view of it). */
  get data(): TypedArray {
    return NDArray.#viewOf(this, "data").data;
  }

  /**
   * A scijs `ndarray` view of the same memory (no copy), made afresh on every call: changing its
   * `offset`, `shape` or `stride` does not affect this array. Writes through it bypass the
   * read-only flag: writing into a broadcast view changes every element that aliases the cell.
   */
  toNdarray(): ScijsArray {
    const nd = NDArray.#viewOf(this, "toNdarray");
    return scijsView(nd.data, this.dtype, this.shape, this.strides, nd.offset);
  }

  /** The element at `idx` (one integer per axis; negative counts from the end); a boolean for a `bool` array. */
  get(...idx: number[]): Scalar {
    const nd = NDArray.#viewOf(this, "get");
    const v = nd.get(...this.#index("get", idx));
    return this.dtype === "bool" ? v !== 0 : v;
  }

  /**
   * Writes `value` at `idx`: `a.set(i, j, value)`. Integer dtypes truncate a fractional value as
   * numpy does and refuse NaN, ±Infinity and numbers outside the dtype's range; a `bool` array
   * stores `true` for any non-zero number (NaN included), as numpy's `bool(x)`. A boolean value is 1 or 0.
   */
  set(...args: (number | boolean)[]): void {
    const nd = NDArray.#viewOf(this, "set");
    if (this.readonly) {
      throw new ReadOnlyError(
        `set: this ${formatShape(this.shape)} array is read-only (a broadcast view or a view of one); copy() it to write`,
      );
    }
    if (args.length === 0) throw new IndexError("set: missing the value to write");
    const value = args[args.length - 1];
    const idx = this.#index("set", args.slice(0, -1) as number[]);
    nd.set(...idx, checkElement("set", this.dtype, value));
  }

  /**
   * The array as a JSON-ready record `{ dtype, shape, data }` (see {@link NDArrayJSON}), so that
   * `JSON.stringify(a)` keeps the values and `fromJSON` gives back an equal array (same dtype,
   * shape and elements, NaN, ±Infinity and −0 included). The same record is the way to send an
   * array through `structuredClone` or `postMessage`, which copy none of an NDArray's elements.
   *
   * @example
   * import { array } from "ndarray-broadcast";
   * console.log(JSON.stringify(array([[1, -0], [NaN, -Infinity]], { dtype: "float32" })));
   * // => {"dtype":"float32","shape":[2,2],"data":[1,"-0","nan","-inf"]}
   */
  toJSON(): NDArrayJSON {
    checkAttached("toJSON", this);
    const list = this.tolist();
    const flat = (this.ndim === 0 ? [list] : (list as unknown[]).flat(this.ndim - 1)) as (number | boolean)[];
    const data: NDArrayJSON["data"] = flat;
    if (this.dtype === "float64" || this.dtype === "float32") {
      for (let i = 0; i < flat.length; i++) {
        const v = flat[i] as number;
        if (v !== v) data[i] = "nan";
        else if (v === Infinity) data[i] = "inf";
        else if (v === -Infinity) data[i] = "-inf";
        else if (v === 0 && 1 / v < 0) data[i] = "-0";
      }
    }
    return { dtype: this.dtype, shape: this.shape.slice(), data };
  }

  /** The elements as nested JS arrays (a number for a 0-d array). */
  tolist(): NestedList {
    const nd = NDArray.#viewOf(this, "tolist");
    checkAttached("tolist", this);
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
   * The same elements in another shape; one entry may be -1 (inferred). A view whenever numpy
   * gives one (C-contiguous arrays, and strided ones whose merged axes are contiguous among
   * themselves), a copy otherwise.
   */
  reshape(...shape: (number | readonly number[])[]): NDArray {
    const nd = NDArray.#viewOf(this, "reshape");
    const given = shape.length === 1 && Array.isArray(shape[0]) ? copyList("reshape", shape[0], "shape") : shape;
    const target = inferShape(given, this.size);
    if (isCContiguous(nd)) {
      return new NDArray(
        scijsView(nd.data, this.dtype, target, undefined, nd.offset),
        this.dtype,
        this.readonly,
      );
    }
    // numpy also views some non-contiguous arrays (src/strides.ts)
    const strides = this.size === 0 ? null : nocopyReshapeStrides(this.shape, this.strides, target);
    if (strides !== null) return new NDArray(scijsView(this.#nd.data, this.dtype, target, strides, this.#nd.offset), this.dtype, this.readonly);
    return this.copy().reshape(target);
  }

  /**
   * The axes permuted (reversed when none are given); a view sharing memory. As numpy's
   * `a.transpose`, the axes may be given one by one or as one list (`null`: reversed).
   *
   * @example
   * import { zeros } from "ndarray-broadcast";
   * const a = zeros([2, 3, 4]);
   * console.log(a.transpose().shape, a.transpose(2, 0, 1).shape, a.transpose([2, 0, 1]).shape);
   * // => [ 4, 3, 2 ] [ 4, 2, 3 ] [ 4, 2, 3 ]
   */
  transpose(...axes: number[] | [readonly number[] | null]): NDArray {
    const nd = NDArray.#viewOf(this, "transpose");
    const n = this.ndim;
    const first: unknown = axes[0];
    const reversed = axes.length === 0 || (axes.length === 1 && first === null);
    const list = axes.length === 1 && Array.isArray(first) ? (copyList("transpose", first, "axes") as number[]) : (axes as number[]);
    const perm = reversed ? Array.from({ length: n }, (_, i) => n - 1 - i) : list;
    if (perm.length !== n) {
      throw new AxisError(`transpose: axes ${formatShape(perm)} don't match an array of dimension ${n}`);
    }
    const seen = new Set<number>();
    const norm = perm.map((ax) => {
      if (!Number.isInteger(ax) || ax < -n || ax >= n) {
        throw new AxisError(`transpose: axis ${formatValue(ax)} is out of bounds for array of dimension ${n}`);
      }
      const k = ax < 0 ? ax + n : ax;
      if (seen.has(k)) throw new AxisError(`transpose: repeated axis ${ax} in ${formatShape(perm)}`);
      seen.add(k);
      return k;
    });
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
    const src = NDArray.#viewOf(this, "copy");
    checkAttached("copy", this);
    // C-contiguous: one copy of the span (a typed array's slice: 2 MB in ~0.1 ms, bench/ J2)
    if (isCContiguous(src)) return freshArray(this.dtype, src.shape, src.data.slice(src.offset, src.offset + shapeSize(src.shape)));
    const nd = scijsView(allocate(this.dtype, this.size), this.dtype, this.shape);
    if (this.size > 0) assign(nd, src);
    return new NDArray(nd, this.dtype, false);
  }

  /** numpy's `repr`: `array([1., 2.])`, `array([1, 2], dtype=int32)`. */
  toString(): string {
    const nd = NDArray.#viewOf(this, "toString");
    checkAttached("toString", this);
    return formatRepr({ shape: this.shape, dtype: this.dtype, at: (i) => nd.get(...i) });
  }

  /** A LaTeX `bmatrix` (a 1-D array as a column vector; a 0-d array as its number). */
  toLatex(): string {
    const nd = NDArray.#viewOf(this, "toLatex");
    if (this.ndim > 2) {
      throw new ShapeError(`toLatex: only 0-, 1- and 2-D arrays have a matrix form, got shape ${formatShape(this.shape)}`);
    }
    checkAttached("toLatex", this);
    return formatLatex({ shape: this.shape, dtype: this.dtype, at: (i) => nd.get(...i) });
  }

  /** What Node's `console.log` and `util.inspect` show: the repr. */
  [INSPECT](): string {
    return this.toString();
  }

  // JS interop of one-element arrays (issue 14)

  /**
   * The single element as a JS number or boolean (`a.item()`, numpy's `item`); with one index, the
   * element at that flat position in C order (negative counts from the end); with one index per
   * axis, `get(...idx)`.
   *
   * @example
   * import { array, sum } from "ndarray-broadcast";
   * console.log(sum(array([1, 2])).item(), array([[1, 2], [3, 4]]).item(-1), array([true]).item());
   * // => 3 4 true
   */
  item(...idx: number[]): Scalar {
    checkAttached("item", this);
    if (idx.length === 0) {
      if (this.size !== 1) {
        throw new ShapeError(`item: can only convert an array of size 1 to a JS value, got shape ${formatShape(this.shape)}; give an index, e.g. a.item(0)`);
      }
      return this.get(...this.shape.map(() => 0));
    }
    if (idx.length === 1 && this.ndim !== 1) {
      const k = idx[0] as number;
      if (!Number.isInteger(k) || k < -this.size || k >= this.size) {
        throw new IndexError(`item: index ${String(k)} is out of bounds for size ${this.size}`);
      }
      let flat = k < 0 ? k + this.size : k;
      const multi = new Array<number>(this.ndim);
      for (let axis = this.ndim - 1; axis >= 0; axis--) {
        const n = this.shape[axis] as number;
        multi[axis] = flat % n;
        flat = Math.floor(flat / n);
      }
      return this.get(...multi);
    }
    return this.get(...idx);
  }

  /**
   * A one-element array as a number (`Number(mean(x))`, `sum(x) + 1`, `max(x) > 0.5`; a bool
   * element is 1 or 0). Larger arrays throw a `TypeError` naming the elementwise functions to use.
   */
  valueOf(): number {
    return this.#number("number");
  }

  /**
   * What JS operators see: a one-element array is its number; a string hint (template strings,
   * `String(a)`) gives the repr; any other conversion of a larger array throws a `TypeError`
   * naming the elementwise function to use, instead of comparing or concatenating text.
   */
  [Symbol.toPrimitive](hint: "number" | "string" | "default"): number | string {
    if (hint === "string") return this.toString();
    return this.#number(hint);
  }

  #number(hint: string): number {
    checkAttached("valueOf", this);
    if (this.size === 1) return Number(this.item());
    throw new TypeError(
      `an array of shape ${formatShape(this.shape)} has ${this.size} elements and no single ${hint === "default" ? "value" : "number"}: ` +
        "JS operators do not work elementwise; use greater, less, equal, notEqual, add, subtract, multiply… " +
        "(or reduce it first with any, all, sum, max), and toString() or a template string for its text",
    );
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
 * The error for a value that is not a real NDArray; one that only looks like one (a Proxy of an
 * NDArray, an object made from `NDArray.prototype`) is named as such. @internal
 */
export function notAnNDArray(fn: string, x: unknown, what = "this value"): DTypeError {
  if (looksLikeNDArray(x)) {
    return new DTypeError(
      `${fn}: ${what} only looks like an NDArray (a Proxy of one, or an object made from NDArray.prototype); pass the NDArray itself`,
    );
  }
  return new DTypeError(`${fn}: ${what} must be an NDArray, got ${describeType(x)}`);
}

/** Whether `x` inherits from `NDArray.prototype` without being one (a Proxy of an NDArray answers through its trap). */
export function looksLikeNDArray(x: unknown): boolean {
  if (typeof x !== "object" || x === null || isNDArray(x)) return false;
  try {
    return Object.prototype.isPrototypeOf.call(NDArray.prototype, x);
  } catch {
    return false;
  }
}

/** The error for an array whose elements cannot be reached (see {@link checkAttached}). */
function unreachable(fn: string, a: NDArray, data: TypedArray): DTypeError {
  const buffer = data.buffer as ArrayBuffer & { resizable?: boolean; maxByteLength?: number };
  const detached = buffer.byteLength === 0 && (!buffer.resizable || buffer.maxByteLength === 0);
  if (detached) {
    return new DTypeError(`${fn}: the buffer of this ${formatShape(a.shape)} array is detached (it was transferred); its elements are gone`);
  }
  return new DTypeError(
    `${fn}: the resizable ArrayBuffer under this ${formatShape(a.shape)} array was shrunk to ${buffer.byteLength} bytes; the array needs ${endOf(a)} elements from byte offset ${data.byteOffset}, so it is out of bounds (resize the buffer back to use it)`,
  );
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
  assignView(dst, src);
}

/**
 * Wraps a scijs `ndarray` without copying its elements. Only its `data`, `shape`, `stride` and
 * `offset` are read, each once; the array gets its own new view of that memory (a new typed array
 * over the same `ArrayBuffer`), so later changes to the object given do not affect it, and
 * nothing else on the object (such as `order` or `dtype`) is ever used. `data` must be a supported
 * typed array and every element the view can reach must lie inside it; otherwise a `ShapeError`
 * or `DTypeError` is thrown before any element is read. An array whose strides may reach one
 * element through two indices (a stride of 0 on an axis longer than 1, strides `[1, 1]`, …) is
 * wrapped read-only.
 *
 * @example
 * import ndarray from "ndarray";
 * import { fromNdarray } from "ndarray-broadcast";
 * const nd = ndarray(new Float64Array([1, 2, 3, 4, 5, 6]), [2, 3]);
 * const a = fromNdarray(nd);
 * a.set(0, 0, 10);
 * console.log(nd.get(0, 0), a.shape, a.data.buffer === nd.data.buffer);
 * // => 10 [ 2, 3 ] true
 * console.log(fromNdarray(ndarray(new Float64Array(3), [2, 2], [1, 1])).readonly);
 * // => true
 */
export function fromNdarray(nd: ScijsArray, options?: { readonly?: boolean }): NDArray {
  const fn = "fromNdarray";
  checkOptions(fn, options, ["readonly"]);
  const readonlyOption: unknown = options?.readonly;
  if (readonlyOption !== undefined && typeof readonlyOption !== "boolean") {
    throw new DTypeError(`${fn}: readonly must be a boolean, got ${describeType(readonlyOption)}`);
  }
  if (typeof nd !== "object" || nd === null || isNDArray(nd)) {
    throw new DTypeError(`${fn}: expected a scijs ndarray, got ${describeType(nd)}${isNDArray(nd) ? " (it is already one; use it as it is)" : ""}`);
  }
  // Each field read once; from here on only these copies are used.
  const rawData: unknown = nd.data;
  const rawShape: unknown = nd.shape;
  const rawStride: unknown = nd.stride;
  const rawOffset: unknown = nd.offset;
  const own = ownTypedArray(rawData);
  if (own === undefined) {
    throw new DTypeError(
      `${fn}: the ndarray's data is ${describeType(rawData)}; supported are Float64Array, Float32Array, Int32Array, Int16Array, Int8Array, Uint32Array, Uint16Array, Uint8Array`,
    );
  }
  const { dtype, data } = own;
  if (!Array.isArray(rawShape) || !Array.isArray(rawStride)) {
    throw new DTypeError(`${fn}: expected a scijs ndarray with shape and stride arrays, got shape ${describeType(rawShape)} and stride ${describeType(rawStride)}`);
  }
  const shape = checkShape(fn, rawShape);
  const stride = copyList(fn, rawStride, "stride");
  const offset = rawOffset;
  if (
    stride.length !== shape.length ||
    !stride.every((s) => Number.isSafeInteger(s)) ||
    typeof offset !== "number" ||
    !Number.isSafeInteger(offset)
  ) {
    throw new ShapeError(
      `${fn}: inconsistent ndarray: shape ${formatShape(shape)}, stride ${formatShape(stride)}, offset ${formatValue(offset)}`,
    );
  }
  const strides = stride as number[];
  if (shapeSize(shape) > 0) {
    let lo = offset;
    let hi = offset;
    shape.forEach((n, i) => {
      const step = (strides[i] as number) * (n - 1);
      if (step < 0) lo += step;
      else hi += step;
    });
    if (lo < 0 || hi >= data.length || hi >= MAX_SIZE) {
      throw new ShapeError(
        `${fn}: shape ${formatShape(shape)} with stride ${formatShape(strides)} and offset ${offset} reaches elements ${lo} to ${hi}, outside data of length ${data.length}`,
      );
    }
  }
  const view = scijsView(data, dtype, shape, strides, shapeSize(shape) > 0 ? offset : 0);
  return new NDArray(view, dtype, readonlyOption === true || mayOverlapInternally(shape, strides));
}
