/**
 * scijs views made without scijs's `ndarray()` front door. `ndarray(data, shape, stride, offset)`
 * finds the view class of `data` on every call (`Object.prototype.toString` and an `is-buffer`
 * test), which was a fifth of a small operation's time (bench/ W7). The library always knows the
 * dtype, so it keeps the view class of each (dtype, rank) and calls it directly. The object made
 * is the very one `ndarray()` makes; each class is checked against `ndarray()` once, when first
 * used, and if a future `ndarray` builds its views differently this falls back to `ndarray()`.
 *
 * scijs compiles each view class, and cwise each kernel, with `new Function`. Where the realm
 * forbids that (a strict Content-Security-Policy; evaluation.ts), the views are instances of
 * {@link PlainView}, a class with the same fields and methods written once for every rank, and
 * the kernels are interpreted (interpret.ts).
 *
 * @module
 */
import compile from "cwise-compiler";
import ndarray from "ndarray";
import { allocate, type DType, type TypedArray } from "./dtype.js";
import { ShapeError } from "./errors.js";
import { canCompile } from "./evaluation.js";
import { compileExpression } from "./expression.js";
import { interpretedKernel } from "./interpret.js";
import type { ScijsArray } from "./ndarray.js";
import { MAX_NDIM } from "./validate.js";

type Make = (data: TypedArray, shape: readonly number[], stride: readonly number[], offset: number) => ScijsArray;
/** Makes a C-contiguous view: strides computed from the shape without an array of them. */
type MakeContiguous = (data: TypedArray, shape: readonly number[], offset: number) => ScijsArray;

const makers = new Map<DType, { strided: Make; contiguous: MakeContiguous }[]>();

/** The C-order strides of `shape`. */
export function contiguousStrides(shape: readonly number[]): number[] {
  const stride = new Array<number>(shape.length);
  let size = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    stride[i] = size;
    size *= shape[i] as number;
  }
  return stride;
}

function compileMakers(dtype: DType, rank: number): { strided: Make; contiguous: MakeContiguous } {
  // the only value pasted into the generated source is this count (and indices below it)
  if (!Number.isInteger(rank) || rank < 0 || rank > MAX_NDIM) throw new ShapeError(`scijsView: rank ${rank} is not an integer from 0 to ${MAX_NDIM}`);
  const viaNdarray: Make = (data, shape, stride, offset) => ndarray(data, shape.slice(), stride.slice(), offset);
  const fallback = { strided: viaNdarray, contiguous: (data: TypedArray, shape: readonly number[], offset: number) => viaNdarray(data, shape, contiguousStrides(shape), offset) };
  const probeShape = Array.from({ length: rank }, (_, i) => i + 2);
  const probeStride = contiguousStrides(probeShape);
  const probe = ndarray(allocate(dtype, 0), probeShape, probeStride, 3) as ScijsArray & { constructor: unknown };
  const View = probe.constructor;
  if (typeof View !== "function") return fallback;
  const dims = Array.from({ length: rank }, (_, i) => i);
  const shapeArgs = dims.map((i) => `s[${i}]`);
  // C order: the last stride is 1, each other the product of the sizes after it
  const cStrides = dims.map((i) => (i === rank - 1 ? "1" : dims.slice(i + 1).map((k) => `s[${k}]`).join(" * ")));
  const made = new Function(
    "View",
    `return [
      function view(a, s, t, o) { return new View(${["a", ...shapeArgs, ...dims.map((i) => `t[${i}]`), "o"].join(", ")}); },
      function contiguousView(a, s, o) { return new View(${["a", ...shapeArgs, ...cStrides, "o"].join(", ")}); },
    ];`,
  )(View) as [Make, MakeContiguous];
  const [strided, contiguous] = made;
  const same = (v: ScijsArray): boolean =>
    Object.getPrototypeOf(v) === Object.getPrototypeOf(probe) &&
    v.data === probe.data &&
    v.offset === probe.offset &&
    v.shape.length === rank &&
    v.stride.length === rank &&
    v.shape.every((d, i) => d === probe.shape[i]) &&
    v.stride.every((d, i) => d === probe.stride[i]) &&
    v.shape !== probeShape &&
    v.stride !== probeStride;
  return same(strided(probe.data, probeShape, probeStride, 3)) && same(contiguous(probe.data, probeShape, 3)) ? { strided, contiguous } : fallback;
}

/**
 * A scijs view of `data` (whose element type is `dtype`), as `ndarray(data, shape, stride,
 * offset)` makes it: its own copies of `shape` and `stride` (C order when omitted).
 */
export function scijsView(data: TypedArray, dtype: DType, shape: readonly number[], stride?: readonly number[], offset = 0): ScijsArray {
  if (!canCompile) return new PlainView(data, shape.slice(), stride === undefined ? contiguousStrides(shape) : stride.slice(), offset) as unknown as ScijsArray;
  let list = makers.get(dtype);
  if (list === undefined) makers.set(dtype, (list = []));
  const rank = shape.length;
  let make = list[rank];
  if (make === undefined) make = list[rank] = compileMakers(dtype, rank);
  return stride === undefined ? make.contiguous(data, shape, offset) : make.strided(data, shape, stride, offset);
}

/** scijs's `dtype` name of each typed array. */
const SCIJS_DTYPES = new Map<unknown, string>([
  [Float64Array, "float64"],
  [Float32Array, "float32"],
  [Int32Array, "int32"],
  [Int16Array, "int16"],
  [Int8Array, "int8"],
  [Uint32Array, "uint32"],
  [Uint16Array, "uint16"],
  [Uint8Array, "uint8"],
  [Uint8ClampedArray, "uint8_clamped"],
]);

/**
 * A scijs view without compiled code: the fields (`data`, `shape`, `stride`, `offset`) and methods
 * (`get`, `set`, `index`, `lo`, `hi`, `step`, `transpose`, `pick`, `size`, `order`,
 * `dimension`, `dtype`) of the classes scijs's `ndarray()` compiles, with their semantics (index
 * arguments truncated with `| 0`, a negative or non-number argument of `lo`/`hi`/`pick` leaving
 * its axis alone, no bounds checks), written once for every rank. Used only where evaluation is
 * forbidden; test/scijs-plain.test.ts checks it against scijs's views.
 */
export class PlainView {
  data: TypedArray;
  shape: number[];
  stride: number[];
  offset: number;

  constructor(data: TypedArray, shape: number[], stride: number[], offset: number) {
    this.data = data;
    this.shape = shape;
    this.stride = stride;
    this.offset = shape.length === 0 ? offset : offset | 0;
  }

  get dtype(): ScijsArray["dtype"] {
    return (SCIJS_DTYPES.get(this.data.constructor) ?? "generic") as ScijsArray["dtype"];
  }

  get dimension(): number {
    return this.shape.length;
  }

  get size(): number {
    let n = 1;
    for (const d of this.shape) n *= d;
    return n;
  }

  /** The axes from the smallest absolute stride to the largest (ties keep scijs's order). */
  get order(): number[] {
    const s = this.stride.map(Math.abs);
    const d = s.length;
    if (d === 0) return [];
    if (d === 1) return [0];
    if (d === 2) return (s[0] as number) > (s[1] as number) ? [1, 0] : [0, 1];
    if (d === 3) {
      const [s0, s1, s2] = s as [number, number, number];
      if (s0 > s1) return s1 > s2 ? [2, 1, 0] : s0 > s2 ? [1, 2, 0] : [1, 0, 2];
      return s0 > s2 ? [2, 0, 1] : s2 > s1 ? [0, 1, 2] : [0, 2, 1];
    }
    return s.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]).map(([, i]) => i);
  }

  index(...idx: number[]): number {
    let p = this.offset;
    for (let k = 0; k < this.shape.length; k++) p += (this.stride[k] as number) * (idx[k] as number);
    return p;
  }

  get(...idx: number[]): number {
    return this.data[this.index(...idx)] as number;
  }

  set(...args: number[]): number {
    const d = this.shape.length;
    const v = args[d] as number;
    this.data[this.index(...args.slice(0, d))] = v;
    return v;
  }

  valueOf(): number | this {
    return this.shape.length === 0 ? this.get() : this;
  }

  hi(...idx: unknown[]): PlainView {
    const shape = this.shape.map((n, k) => {
      const i = idx[k];
      return typeof i !== "number" || i < 0 ? n : i | 0;
    });
    return new PlainView(this.data, shape, this.stride.slice(), this.offset);
  }

  lo(...idx: unknown[]): PlainView {
    let offset = this.offset;
    const shape = this.shape.map((n, k) => {
      const i = idx[k];
      if (typeof i !== "number" || !(i >= 0)) return n;
      offset += (this.stride[k] as number) * (i | 0);
      return n - (i | 0);
    });
    return new PlainView(this.data, shape, this.stride.slice(), offset);
  }

  step(...steps: unknown[]): PlainView {
    let offset = this.offset;
    const shape = this.shape.slice();
    const stride = this.stride.slice();
    for (let k = 0; k < shape.length; k++) {
      const i = steps[k];
      if (typeof i !== "number") continue;
      const d = i | 0;
      const n = shape[k] as number;
      if (d < 0) {
        offset += (stride[k] as number) * (n - 1);
        shape[k] = Math.ceil(-n / d);
      } else {
        shape[k] = Math.ceil(n / d);
      }
      stride[k] = (stride[k] as number) * d;
    }
    return new PlainView(this.data, shape, stride, offset);
  }

  transpose(...axes: unknown[]): PlainView {
    const order = this.shape.map((_, k) => (axes[k] === undefined ? k : (axes[k] as number) | 0));
    return new PlainView(
      this.data,
      order.map((k) => this.shape[k] as number),
      order.map((k) => this.stride[k] as number),
      this.offset,
    );
  }

  pick(...idx: unknown[]): PlainView | NilView {
    if (this.shape.length === 0) return new NilView(this.data);
    let offset = this.offset;
    const shape: number[] = [];
    const stride: number[] = [];
    for (let k = 0; k < this.shape.length; k++) {
      const i = idx[k];
      if (typeof i === "number" && i >= 0) offset = (offset + (this.stride[k] as number) * i) | 0;
      else {
        shape.push(this.shape[k] as number);
        stride.push(this.stride[k] as number);
      }
    }
    return new PlainView(this.data, shape, stride, offset);
  }
}

/** What scijs's `pick` of a 0-d view returns: its "trivial" view, of no elements (`dimension` -1). */
class NilView {
  readonly data: TypedArray;
  readonly shape: number[] = [];
  readonly stride: number[] = [];
  readonly order: number[] = [];
  readonly size = 0;
  readonly dimension = -1;
  constructor(data: TypedArray) {
    this.data = data;
  }
  get dtype(): string {
    return SCIJS_DTYPES.get(this.data.constructor) ?? "generic";
  }
  index(): number {
    return -1;
  }
  get(): undefined {
    return undefined;
  }
  set(): undefined {
    return undefined;
  }
  lo(): NilView {
    return new NilView(this.data);
  }
  hi(): NilView {
    return new NilView(this.data);
  }
  step(): NilView {
    return new NilView(this.data);
  }
  transpose(): NilView {
    return new NilView(this.data);
  }
  pick(): null {
    return null;
  }
}

const EMPTY = { args: [], body: "", thisVars: [], localVars: [] };

/**
 * The kernel `(o, a[, b[, c]][, f])` computing `o = expr` over scijs views of one shape, from the
 * library's own expression on `a`, `b`, `c` and the scalar helper `f` (never a caller's string):
 * compiled by cwise (the engine of ndarray-ops) on its first call where evaluation is allowed,
 * interpreted otherwise. For cwise the names become `_o`, `_a`, …, because cwise substitutes
 * argument names by plain text search and would otherwise rewrite its own generated names
 * (`a0[p0]`, `l1`).
 */
export function cwiseKernel(name: string, expr: string, nin: number, helper: boolean): (...args: unknown[]) => void {
  if (!canCompile) return interpretedKernel(expr, nin, helper);
  let kernel: ((...args: unknown[]) => void) | undefined;
  return (...args) => {
    kernel ??= compileKernel(name, expr, nin, helper);
    kernel(...args);
  };
}

function compileKernel(name: string, expr: string, nin: number, helper: boolean): (...args: unknown[]) => void {
  if (!/^[A-Za-z_][\w]*$/.test(name) || !Number.isInteger(nin) || nin < 1 || nin > 3) throw new Error(`cwiseKernel: refusing ${JSON.stringify(name)} with ${nin} inputs`);
  compileExpression(expr); // the interpreter's parser is the check: nothing outside its grammar reaches cwise
  const arrays = ["o", "a", "b", "c"].slice(0, nin + 1);
  const scalars = helper ? ["f"] : [];
  const names = [...arrays, ...scalars].map((n) => `_${n}`);
  const body = `o=${expr}`.replace(/\b([oabcf])\b/g, "_$1");
  const count = (n: string): number => body.split(n).length - 1;
  const args = names.map((n, i) => ({ name: n, lvalue: i === 0, rvalue: i > 0, count: count(n) }));
  return compile({
    args: [...arrays.map(() => "array"), ...scalars.map(() => "scalar")],
    pre: EMPTY,
    body: { args, body, thisVars: [], localVars: [] },
    post: EMPTY,
    funcName: name,
  });
}

const copyKernel = cwiseKernel("assign", "a", 1, false);
const fillKernel = cwiseKernel("fill", "f", 1, true);

/** Copies `src` into `dst` (equal shapes, no overlap) with the typed array's own conversion: ndarray-ops' `assign`. */
export function assignView(dst: ScijsArray, src: ScijsArray): void {
  if (dst.shape.length === 0) dst.data[dst.offset] = src.data[src.offset] as number;
  else copyKernel(dst, src);
}

/** Writes `value` into every element of `dst`: ndarray-ops' `assigns` (the kernel's input is `dst` itself, unread). */
export function fillView(dst: ScijsArray, value: number): void {
  if (dst.shape.length === 0) dst.data[dst.offset] = value;
  else fillKernel(dst, dst, value);
}
