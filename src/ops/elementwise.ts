/**
 * Elementwise functions with numpy's semantics: broadcasting by stride-0 views, dtype promotion
 * with weak JS-number scalars, and `out=` that is never broadcast, never read-only, cast by
 * numpy's "same_kind" rule, and safe when it overlaps an input.
 *
 * @module
 */
import { allocate, canCastSameKind, dtypeOfTypedArray, promoteTypes, type DType, type TypedArray } from "../dtype.js";
import { BroadcastError, DTypeError, ReadOnlyError } from "../errors.js";
import { canCompile } from "../evaluation.js";
import { formatShape } from "../format/format-shape.js";
import { assign, attachedArray, freshArray, isNDArray, notAnNDArray, viewOf, type NDArray, type ScijsArray } from "../ndarray.js";
import { scijsView } from "../scijs.js";
import { broadcastShapesFor, broadcastTwo, resolveBroadcast } from "../shape/broadcast-shapes.js";
import { broadcastStrides, stridesFor } from "../shape/broadcast-to.js";
import { checkOptions, shapesEqual, shapeSize, type Shape } from "../validate.js";
import { UFUNCS, type UfuncName } from "./kernels.js";
import { coalesce, coalescible } from "./loops.js";
import { operandShape, readOperand, type Operand } from "./operand.js";
import { mayShareMemory, sameElements } from "./overlap.js";
import { checkScalars, integral, loopFor, operandDType, type Loop, type Ufunc } from "./ufunc.js";

/** Options of every elementwise function. */
export interface OutOptions {
  /**
   * Where to write the result. It must already have the broadcast shape (inputs may broadcast to
   * it; it is never grown or shrunk), be writable, and take the result's dtype under numpy's
   * "same_kind" casting. It may overlap the inputs. The call returns it.
   */
  out?: NDArray;
}

/** Anything an elementwise function takes as an operand. */
export type OperandLike = NDArray | number | boolean | readonly unknown[] | ArrayBufferView;

const OUT_ONLY = ["out"] as const;

/**
 * Checks `fn`'s options object (only the keys in `allowed`) and returns its `out`, read once and
 * checked to be a real, attached NDArray; undefined when there is none.
 */
export function readOut(fn: string, options: unknown, allowed: readonly string[] = OUT_ONLY): NDArray | undefined {
  if (options === undefined) return undefined;
  try {
    checkOptions(fn, options, allowed);
  } catch (e) {
    if (isNDArray(options)) {
      throw new DTypeError(`${fn}: the options argument is an NDArray; to write the result into it, pass { out: it }`);
    }
    throw e;
  }
  const out: unknown = (options as OutOptions).out;
  if (out === undefined) return undefined;
  const array = attachedArray(fn, out);
  if (array === undefined) throw notAnNDArray(fn, out, "out");
  return array;
}

/** Checks `out` against the inputs' broadcast shape and the result dtype; returns the loop shape. */
export function checkOut(fn: string, out: NDArray, inputShapes: readonly Shape[], dtype: DType): Shape {
  const shape = broadcastShapesFor(fn, inputShapes);
  const joint = resolveBroadcast([shape, out.shape]);
  if (!("shape" in joint) || !shapesEqual(joint.shape, out.shape)) {
    throw new BroadcastError(
      `${fn}: out has shape ${formatShape(out.shape)} but the result has shape ${formatShape(shape)}; out is never broadcast (numpy: non-broadcastable output operand)`,
    );
  }
  checkOutWritable(fn, out, dtype);
  return out.shape;
}

/** numpy's rules for any `out`, once its shape is checked: writable, and same_kind casting from `dtype`. */
export function checkOutWritable(fn: string, out: NDArray, dtype: DType): void {
  if (out.readonly) {
    throw new ReadOnlyError(`${fn}: out of shape ${formatShape(out.shape)} is read-only (a broadcast view, or a view of one)`);
  }
  if (!canCastSameKind(dtype, out.dtype)) {
    throw new DTypeError(
      `${fn}: cannot cast the ${dtype} result to out's dtype ${out.dtype} under numpy's same_kind casting`,
    );
  }
}

/** An operand as the loops read it: a typed array, an offset and one stride per axis of the result. */
interface Strided {
  data: TypedArray;
  offset: number;
  stride: readonly number[];
}

/**
 * How an operand is read with the result's `shape`: stride 0 on broadcast axes; a JS number as
 * one cell of the result dtype (a weak scalar cast once, as numpy casts it); an array that
 * overlaps `out` in any other way than element for element is copied first (as-if-copied).
 */
function strided(x: Operand, dtype: DType, shape: Shape, out: ScijsArray | undefined): Strided {
  if (x.kind === "scalar") {
    const cell = allocate(dtype, 1);
    cell[0] = x.value;
    return { data: cell, offset: 0, stride: new Array<number>(shape.length).fill(0) };
  }
  const view = { data: x.array.data, offset: x.array.offset, shape, stride: broadcastStrides(x.array, shape) };
  if (out !== undefined && mayShareMemory(out, view) && !sameElements(out, view)) {
    const copy = x.array.copy();
    return { data: copy.data, offset: 0, stride: broadcastStrides(copy, shape) };
  }
  return view;
}

/** The scijs view an operand is read through with the result's `shape` (no `out` to avoid). */
export function operandView(x: Operand, dtype: DType, shape: Shape): ScijsArray {
  const s = strided(x, dtype, shape, undefined);
  return scijsView(s.data, x.kind === "array" ? x.array.dtype : dtype, shape, s.stride, s.offset);
}

/**
 * Which engine runs a loop, by measurement (bench/kernels.mjs, bench/run.mjs W7): the
 * hand-written loops for small arrays, where ndarray-ops' per-call dispatch dominates (W7: 4.6 µs
 * → 1.1 µs per call), and where the innermost coalesced axis is contiguous in the output and
 * contiguous or broadcast (stride 0) in each input — a contiguous operation (1.35–1.47× faster
 * than cwise), a row broadcast (1.05×), a column broadcast (1.44×: the broadcast value is hoisted
 * out of the inner loop); ndarray-ops for every other layout (transposes, steps).
 */
const SMALL = 4096;
function useLoops(shape: Shape, loopShape: readonly number[], so: readonly number[], sa: readonly number[], sb: readonly number[] = sa, sc: readonly number[] = sa): boolean {
  // interpreted, the loops serve every layout (the kernels would run the same interpreter)
  if (shapeSize(shape) <= SMALL || !canCompile) return true;
  const last = loopShape.length - 1;
  const unitOrZero = (s: readonly number[]): boolean => s[last] === 1 || s[last] === 0;
  return last >= 0 && so[last] === 1 && unitOrZero(sa) && unitOrZero(sb) && unitOrZero(sc);
}

/**
 * The scijs view of a strided operand for an ndarray-ops kernel, with the output's loop order.
 * scijs derives `order` from sorted strides, so a stride-0 axis always looks fastest-varying: a
 * `[0, 1]` view of a row reports column-major order while the output is row-major, and cwise falls
 * back to its slow loop for mismatched orders (W1 in bench/: 5.3 ms → 1.8 ms for the kernel). A
 * stride-0 axis can be walked in any order, so claiming the output's order changes only speed.
 */
function kernelView(s: Strided, shape: Shape, dst: ScijsArray): ScijsArray {
  const view = scijsView(s.data, dtypeOfTypedArray(s.data) ?? "float64", shape, s.stride, s.offset);
  if (shape.length >= 2 && s.stride.some((st, i) => st === 0 && (shape[i] as number) > 1)) {
    Object.defineProperty(view, "order", { value: dst.order });
  }
  return view;
}

/**
 * Runs `compute(dst, op, shape, xs, ys, zs)` into `out` (casting through a temporary when its
 * dtype differs) or into a new array. `compute` is a module-level function given its data, not a
 * closure, with a fixed list of arguments (no rest array): a small operation's call allocates
 * nothing it does not return.
 */
export function run(
  shape: Shape,
  dtype: DType,
  out: NDArray | undefined,
  compute: Compute,
  op: Loop,
  xs: Strided,
  ys?: Strided,
  zs?: Strided,
): NDArray {
  if (out === undefined) {
    const result = freshArray(dtype, shape);
    compute(viewOf(result), op, shape, xs, ys, zs);
    return result;
  }
  if (out.dtype === dtype) {
    compute(viewOf(out), op, shape, xs, ys, zs);
    return out;
  }
  const tmp = scijsView(allocate(dtype, out.size), dtype, shape);
  compute(tmp, op, shape, xs, ys, zs);
  if (out.size > 0) assign(viewOf(out), tmp);
  return out;
}

/** A loop runner: `dst[…] = op(xs[…], ys[…], zs[…])` over `shape` (unused operands undefined). */
type Compute = (dst: ScijsArray, op: Loop, shape: Shape, xs: Strided, ys: Strided | undefined, zs: Strided | undefined) => void;

/** A call's operands (two or three) and their dtypes as the resolution sees them; scalars are weak. */
function resolve(u: Ufunc, x: Operand, y?: Operand, z?: Operand): Loop {
  // the common case first: arrays only, no condition
  if (x.kind === "array" && y?.kind === "array" && z === undefined && !u.condition && u.int64Loop === undefined) return loopFor(u, x.array.dtype, y.array.dtype);
  let arrays: DType | undefined;
  if (u.condition) {
    // where's condition: any dtype, resolved as bool, no part in the weak scalars' dtype
    if (x.kind === "scalar") x.value = +(x.value !== 0);
    const dy = y?.kind === "array" ? y.array.dtype : undefined;
    const dz = z?.kind === "array" ? z.array.dtype : undefined;
    arrays = dy === undefined ? dz : dz === undefined ? dy : promoteTypes(dy, dz);
    return loopFor(u, "bool", operandDType(u, y as Operand, arrays), operandDType(u, z as Operand, arrays));
  }
  if (x.kind === "array") arrays = x.array.dtype;
  if (y?.kind === "array") arrays = arrays === undefined ? y.array.dtype : promoteTypes(arrays, y.array.dtype);
  if (z?.kind === "array") arrays = arrays === undefined ? z.array.dtype : promoteTypes(arrays, z.array.dtype);
  const loop = loopFor(
    u,
    operandDType(u, x, arrays),
    y === undefined ? undefined : operandDType(u, y, arrays),
    z === undefined ? undefined : operandDType(u, z, arrays),
  );
  if (x.kind === "scalar" || y?.kind === "scalar" || z?.kind === "scalar") checkScalars(u, loop, x, y, z);
  // numpy's int64 loop, stood in for by float64 with its integer rules
  if (u.int64Loop !== undefined && loop.output === "float64" && integral(x) && (y === undefined || integral(y)) && (z === undefined || integral(z))) return u.int64Loop;
  return loop;
}

/**
 * Runs the binary function `name` of the table with numpy's broadcasting and dtype rules; `fn` is
 * the public function named in errors, and `check` a further check on the operands before
 * anything runs.
 */
export function binary(
  name: UfuncName,
  a: unknown,
  b: unknown,
  options: OutOptions | undefined,
  fn: string = name,
  check?: (x: Operand, y: Operand, out: NDArray | undefined) => void,
): NDArray {
  const u = UFUNCS[name] as Ufunc;
  if (options === undefined && check === undefined && u.direct) {
    // the short path: two arrays (brand and attachment checked as readOperand checks them)
    const ax = attachedArray(fn, a);
    const bx = ax === undefined ? undefined : attachedArray(fn, b);
    if (bx !== undefined) return binaryArrays(u, fn, ax as NDArray, bx);
  }
  const x = readOperand(fn, a, 1);
  const y = readOperand(fn, b, 2);
  const out = readOut(fn, options);
  check?.(x, y, out);
  const loop = resolve(u, x, y);
  const shape = out
    ? checkOut(fn, out, [operandShape(x), operandShape(y)], loop.output)
    : broadcastShapesFor(fn, [operandShape(x), operandShape(y)]);
  u.check?.(fn, loop, x, y);
  const outNd = out === undefined ? undefined : viewOf(out);
  const xs = strided(x, loop.inputs[0] as DType, shape, outNd);
  const ys = strided(y, loop.inputs[1] as DType, shape, outNd);
  return run(shape, loop.output, out, computeBinary as Compute, loop, xs, ys);
}

/**
 * {@link binary} of two real, attached arrays into a new array, read through their own views:
 * the same resolution, broadcast and loop, without the operand records, the list of shapes or
 * the strided records (a small call allocates its result and the strides of a broadcast operand).
 */
function binaryArrays(u: Ufunc, fn: string, a: NDArray, b: NDArray): NDArray {
  const loop = loopFor(u, a.dtype, b.dtype);
  const na = viewOf(a);
  const nb = viewOf(b);
  const shape = broadcastTwo(fn, na.shape, nb.shape);
  const result = freshArray(loop.output, shape);
  const sa = na.shape === shape ? na.stride : stridesFor(na.shape, na.stride, shape);
  const sb = nb.shape === shape ? nb.stride : stridesFor(nb.shape, nb.stride, shape);
  binaryInto(viewOf(result), loop, shape, na.data, na.offset, sa, nb.data, nb.offset, sb);
  return result;
}

function computeBinary(dst: ScijsArray, op: Loop, shape: Shape, xs: Strided, ys: Strided): void {
  binaryInto(dst, op, shape, xs.data, xs.offset, xs.stride, ys.data, ys.offset, ys.stride);
}

function binaryInto(
  dst: ScijsArray,
  op: Loop,
  shape: Shape,
  ad: TypedArray,
  ao: number,
  as: readonly number[],
  bd: TypedArray,
  bo: number,
  bs: readonly number[],
): void {
  let loopShape: readonly number[] = shape;
  let so: readonly number[] = dst.stride;
  let sa: readonly number[] = as;
  let sb: readonly number[] = bs;
  if (coalescible(shape, so, sa, sb)) ({ shape: loopShape, strides: [so, sa, sb] } = coalesce(shape, [so, sa, sb] as const));
  if (useLoops(shape, loopShape, so, sa, sb)) {
    op.loop(dst.data, dst.offset, ad, ao, bd, bo, loopShape, so, sa, sb, op.f);
  } else {
    op.kernel()(dst, kernelView({ data: ad, offset: ao, stride: as }, shape, dst), kernelView({ data: bd, offset: bo, stride: bs }, shape, dst));
  }
}

/** Runs the unary function `name` of the table; `fn` is the public name errors use. */
export function unary(name: UfuncName, a: unknown, options: OutOptions | undefined, fn: string = name): NDArray {
  const u = UFUNCS[name] as Ufunc;
  const x = readOperand(fn, a, 1);
  const out = readOut(fn, options);
  const loop = resolve(u, x);
  const shape = out ? checkOut(fn, out, [operandShape(x)], loop.output) : operandShape(x);
  const xs = strided(x, loop.inputs[0] as DType, shape, out === undefined ? undefined : viewOf(out));
  return run(shape, loop.output, out, computeUnary as Compute, loop, xs);
}

function computeUnary(dst: ScijsArray, op: Loop, shape: Shape, xs: Strided): void {
  let loopShape: readonly number[] = shape;
  let so: readonly number[] = dst.stride;
  let sa: readonly number[] = xs.stride;
  if (coalescible(shape, so, sa)) ({ shape: loopShape, strides: [so, sa] } = coalesce(shape, [so, sa] as const));
  if (useLoops(shape, loopShape, so, sa)) {
    op.loop(dst.data, dst.offset, xs.data, xs.offset, loopShape, so, sa, op.f);
  } else {
    op.kernel()(dst, kernelView(xs, shape, dst));
  }
}

/** Runs the three-input function `name` of the table (`where`, `clip`); `fn` is the public name. */
export function ternary(name: UfuncName, a: unknown, b: unknown, c: unknown, options: OutOptions | undefined, fn: string = name): NDArray {
  const u = UFUNCS[name] as Ufunc;
  const x = readOperand(fn, a, 1);
  const y = readOperand(fn, b, 2);
  const z = readOperand(fn, c, 3);
  const out = readOut(fn, options);
  const loop = resolve(u, x, y, z);
  const shapes = [operandShape(x), operandShape(y), operandShape(z)];
  const shape = out ? checkOut(fn, out, shapes, loop.output) : broadcastShapesFor(fn, shapes);
  u.check?.(fn, loop, x, y, z);
  const outNd = out === undefined ? undefined : viewOf(out);
  const xs = strided(x, loop.inputs[0] as DType, shape, outNd);
  const ys = strided(y, loop.inputs[1] as DType, shape, outNd);
  const zs = strided(z, loop.inputs[2] as DType, shape, outNd);
  return run(shape, loop.output, out, computeTernary as Compute, loop, xs, ys, zs);
}

function computeTernary(dst: ScijsArray, op: Loop, shape: Shape, xs: Strided, ys: Strided, zs: Strided): void {
  let loopShape: readonly number[] = shape;
  let so: readonly number[] = dst.stride;
  let sa: readonly number[] = xs.stride;
  let sb: readonly number[] = ys.stride;
  let sc: readonly number[] = zs.stride;
  if (coalescible(shape, so, sa, sb, sc)) ({ shape: loopShape, strides: [so, sa, sb, sc] } = coalesce(shape, [so, sa, sb, sc] as const));
  if (useLoops(shape, loopShape, so, sa, sb, sc)) {
    op.loop(dst.data, dst.offset, xs.data, xs.offset, ys.data, ys.offset, zs.data, zs.offset, loopShape, so, sa, sb, sc, op.f);
  } else {
    op.kernel()(dst, kernelView(xs, shape, dst), kernelView(ys, shape, dst), kernelView(zs, shape, dst));
  }
}

/** An elementwise function of two operands, as the table's binary rows are exported. */
export type BinaryFunction = (a: OperandLike, b: OperandLike, options?: OutOptions) => NDArray;
/** An elementwise function of one operand. */
export type UnaryFunction = (a: OperandLike, options?: OutOptions) => NDArray;

/** The public function of a binary row of the table. */
export const binaryFunction =
  (name: UfuncName): BinaryFunction =>
  (a, b, options) =>
    binary(name, a, b, options);

/** The public function of a unary row of the table. */
export const unaryFunction =
  (name: UfuncName): UnaryFunction =>
  (a, options) =>
    unary(name, a, options);
