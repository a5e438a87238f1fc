/**
 * numpy's indexing rule, as a plan: the keys are read and checked, the basic ones (integers,
 * slices, `"..."`, new axes) fold into an offset and strides, and the advanced ones (integer
 * arrays and masks) into a table of offsets over their broadcast shape, placed where numpy places
 * it. Nothing is read from or written to the array here; {@link index} and {@link setIndex}
 * carry the plan out.
 *
 * @module
 */
import { IndexError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import type { NDArray } from "../ndarray.js";
import { resolveBroadcast } from "../shape/broadcast-shapes.js";
import { shapeSize, type Shape } from "../validate.js";
import { readKey, type FlatArray, type ReadKey } from "./keys.js";
import { sliceRange } from "./slice.js";

/** One axis of an advanced index: the source axis walked, and the integers that walk it. */
interface AdvancedAxis {
  /** The length of the axis indexed (1 for the new axis of a 0-d mask). */
  readonly size: number;
  /** Its stride in the array's data. */
  readonly stride: number;
  /** The array's axis, for messages; -1 for the new axis of a 0-d mask. */
  readonly axis: number;
  /** The key's position, for messages. */
  readonly position: number;
  /** The integers (one axis of a mask's `nonzero` for a mask). */
  readonly index: FlatArray;
}

/** A mask that is the only advanced key: gathered by walking it, without an index table. */
export interface MaskOnly {
  /** The mask's values in C order (non-zero: selected). */
  readonly values: ArrayLike<number>;
  /** Its shape, equal to the axes it covers. */
  readonly shape: Shape;
  /** The strides in the data of the axes it covers. */
  readonly strides: readonly number[];
}

/**
 * The result of `a[keys]` described over `a`'s data: element `(p, b, q)` of the result (`p` over
 * `pre`, `b` over the advanced block, `q` over `post`) sits at
 * `offset + Σ p·preStrides + table[b] + Σ q·postStrides`. Without advanced keys there is no block
 * and the result is the strided view `(offset, post)`.
 */
export interface IndexPlan {
  /** The result's shape. */
  readonly shape: Shape;
  /** Offset in the data of the element `(0, …, 0)` of the basic part. */
  readonly offset: number;
  /** Basic axes before the advanced block (none when the advanced keys are separated). */
  readonly pre: { readonly shape: number[]; readonly strides: number[] };
  /** Basic axes after it (all basic axes when there is no advanced key, or they are separated). */
  readonly post: { readonly shape: number[]; readonly strides: number[] };
  /** The advanced keys: null for a basic index (a view). */
  readonly advanced: null | {
    /** The broadcast shape of the index arrays. */
    readonly shape: Shape;
    /** The advanced axes, or a single mask walked directly. */
    readonly axes: readonly AdvancedAxis[];
    readonly mask: MaskOnly | null;
  };
  /** Whether numpy returns a scalar (every key an integer, a 0-d result): a copy, not a view. */
  readonly scalar: boolean;
  /**
   * How numpy's `a[keys] = value` reads the value: `"element"` — one element (every key an
   * integer or a 0-d integer array, a 0-d result), the value must be 0-d; `"view"` — a basic index
   * (0-d integer arrays count as integers), a nested list may not have more axes than the target;
   * `"mask"` — one mask covering every axis, the value must be 0-d or 1-d; `"fancy"` — any other
   * advanced index.
   */
  readonly assign: "element" | "view" | "mask" | "fancy";
}

function axisName(axis: number): string {
  return `axis ${axis}`;
}

/** An integer key `v` (keys[position]) checked against an axis of length `n`. */
function checkBound(fn: string, v: number, n: number, axis: number, position: number): void {
  if (v < -n || v >= n) throw new IndexError(`${fn}: index ${v} (keys[${position}]) is out of bounds for ${axisName(axis)} with size ${n}`);
}

/** How many entries of a mask are selected: its sum (a mask holds 0 and 1 only). */
export function countNonzero(values: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) count += values[i] as number;
  return count;
}

/** The indices of the non-zero entries of a mask, one flat array per axis (numpy's `nonzero`). */
function nonzero(mask: FlatArray): FlatArray[] {
  const { shape, values } = mask;
  const count = countNonzero(values);
  const k = shape.length;
  const out = Array.from({ length: k }, () => new Int32Array(count));
  // the flat position i is the multi-index (i / inner[d]) % shape[d]
  const inner = shape.map((_, d) => shape.slice(d + 1).reduce((p, x) => p * x, 1));
  let j = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === 0) continue;
    for (let d = 0; d < k; d++) (out[d] as Int32Array)[j] = Math.floor(i / (inner[d] as number)) % (shape[d] as number);
    j++;
  }
  return out.map((values) => ({ shape: [count], values }));
}

/**
 * Reads `keys` against `a` (shape, strides, offset only) and plans the index. Every error numpy
 * raises for these keys is raised here, naming the key's position: too many indices, more than
 * one ellipsis, an integer out of range (with its axis and size), a mask whose shape does not
 * match, index arrays that do not broadcast together.
 */
export function planIndex(fn: string, a: NDArray, keys: readonly unknown[], beforeAdvanced?: () => void): IndexPlan {
  const ndim = a.ndim;
  const read: ReadKey[] = new Array<ReadKey>(keys.length);
  let consumed = 0;
  let ellipsis = -1;
  let arrays = 0;
  let ints = 0;
  let onlyInts = true;
  let integerLike = true; // every key an integer or a 0-d integer array
  let masks = 0;
  let arrays0d = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = readKey(fn, keys[i], i);
    read[i] = k;
    if (k.kind !== "int") onlyInts = false;
    if (k.kind === "mask") masks++;
    if (k.kind === "array" && k.array.shape.length === 0) arrays0d++;
    else if (k.kind !== "int") integerLike = false;
    if (k.kind === "int" || k.kind === "slice" || k.kind === "array") consumed++;
    if (k.kind === "int") ints++;
    else if (k.kind === "mask") {
      consumed += k.array.shape.length;
      arrays++;
    } else if (k.kind === "array") arrays++;
    else if (k.kind === "ellipsis") {
      if (ellipsis >= 0) throw new IndexError(`${fn}: an index can only have a single ellipsis ("..."): keys[${ellipsis}] and keys[${i}]`);
      ellipsis = i;
    }
  }
  const hasArray = arrays > 0;
  // a lone mask of rank >= 1 (integers would join it as advanced keys) is walked, not expanded
  const lone = arrays === 1 && ints === 0 ? read.find((k) => k.kind === "mask" && k.array.shape.length > 0) : undefined;
  let mask: MaskOnly | null = null;
  if (consumed > ndim) {
    throw new IndexError(
      `${fn}: too many indices for array: array is ${ndim}-dimensional (shape ${formatShape(a.shape)}), but ${consumed} were indexed`,
    );
  }
  const shape = a.shape;
  const strides = a.strides;
  let offset = a.offset;
  let axis = 0;
  const dims: number[] = [];
  const dimStrides: number[] = [];
  const axes: AdvancedAxis[] = [];
  let firstAdvanced = -1; // the number of basic result axes before the first advanced key
  let lastAdvancedKey = -1;
  let separated = false;
  const advanced = (i: number): void => {
    if (firstAdvanced < 0) firstAdvanced = dims.length;
    else if (lastAdvancedKey !== i - 1) separated = true;
    lastAdvancedKey = i;
  };
  for (let i = 0; i < read.length; i++) {
    const k = read[i] as ReadKey;
    switch (k.kind) {
      case "int": {
        const n = shape[axis] as number;
        checkBound(fn, k.value, n, axis, i);
        if (hasArray) {
          advanced(i);
          axes.push({ size: n, stride: strides[axis] as number, axis, position: i, index: { shape: [], values: [k.value] } });
        } else {
          offset += (k.value < 0 ? k.value + n : k.value) * (strides[axis] as number);
        }
        axis++;
        break;
      }
      case "slice": {
        const r = sliceRange(k.slice, shape[axis] as number);
        const st = strides[axis] as number;
        if (r.length > 0) offset += r.start * st;
        dims.push(r.length);
        dimStrides.push(st * r.step);
        axis++;
        break;
      }
      case "newaxis":
        dims.push(1);
        dimStrides.push(0);
        break;
      case "ellipsis":
        for (let n = ndim - consumed; n > 0; n--, axis++) {
          dims.push(shape[axis] as number);
          dimStrides.push(strides[axis] as number);
        }
        break;
      case "array":
        // a 0-d integer array is checked as an integer is (numpy reads it as one), even when the
        // advanced block turns out empty
        if (k.array.shape.length === 0) checkBound(fn, k.array.values[0] as number, shape[axis] as number, axis, i);
        advanced(i);
        axes.push({ size: shape[axis] as number, stride: strides[axis] as number, axis, position: i, index: k.array });
        axis++;
        break;
      case "mask": {
        advanced(i);
        const m = k.array;
        if (m.shape.length === 0) {
          // a 0-d mask: a new axis of length 1, taken (true) or not (false)
          axes.push({ size: 1, stride: 0, axis: -1, position: i, index: { shape: [m.values[0] !== 0 ? 1 : 0], values: [0] } });
          break;
        }
        for (let d = 0; d < m.shape.length; d++) {
          const n = shape[axis + d] as number;
          if (m.shape[d] !== n) {
            throw new IndexError(
              `${fn}: boolean index keys[${i}] of shape ${formatShape(m.shape)} did not match indexed array along ${axisName(axis + d)}; size of axis is ${n} but size of corresponding boolean axis is ${m.shape[d]} (a mask's shape must equal the shape of the axes it covers, ${formatShape(shape.slice(axis, axis + m.shape.length))})`,
            );
          }
        }
        if (k === lone) {
          mask = { values: m.values, shape: m.shape, strides: strides.slice(axis, axis + m.shape.length) };
        } else {
          nonzero(m).forEach((index, d) => {
            axes.push({ size: shape[axis + d] as number, stride: strides[axis + d] as number, axis: axis + d, position: i, index });
          });
        }
        axis += m.shape.length;
        break;
      }
    }
  }
  for (; axis < ndim; axis++) {
    dims.push(shape[axis] as number);
    dimStrides.push(strides[axis] as number);
  }
  if (firstAdvanced < 0) {
    return {
      shape: dims,
      offset,
      pre: { shape: [], strides: [] },
      post: { shape: dims, strides: dimStrides },
      advanced: null,
      scalar: onlyInts && dims.length === 0,
      assign: onlyInts && dims.length === 0 ? "element" : "view",
    };
  }
  // numpy reads an assigned number here: after the keys, before the index arrays broadcast
  beforeAdvanced?.();
  const advShape = mask === null ? broadcastIndexShapes(fn, axes) : [countNonzero((mask as MaskOnly).values)];
  const before = separated ? 0 : firstAdvanced;
  const pre = { shape: dims.slice(0, before), strides: dimStrides.slice(0, before) };
  const post = { shape: dims.slice(before), strides: dimStrides.slice(before) };
  return {
    shape: [...pre.shape, ...advShape, ...post.shape],
    offset,
    pre,
    post,
    advanced: { shape: advShape, axes, mask },
    scalar: false,
    assign:
      masks === 0 && arrays0d === arrays
        ? integerLike && dims.length === 0
          ? "element"
          : "view"
        : keys.length === 1 && masks === 1 && ndim > 0 && (read[0] as ReadKey & { array: FlatArray }).array.shape.length === ndim
          ? "mask"
          : "fancy",
  };
}

function broadcastIndexShapes(fn: string, axes: readonly AdvancedAxis[]): Shape {
  const shapes = axes.map((x) => x.index.shape);
  const joint = resolveBroadcast(shapes);
  if (!("shape" in joint)) {
    throw new IndexError(
      `${fn}: shape mismatch: indexing arrays could not be broadcast together with shapes ${shapes.map(formatShape).join(" ")} (keys ${[...new Set(axes.map((x) => x.position))].map((p) => `[${p}]`).join(", ")})`,
    );
  }
  return joint.shape;
}

/**
 * The offsets in the data of the advanced block's elements, relative to the plan's offset, in C
 * order of its broadcast shape; each index is checked against its axis (negative ones count from
 * the end) before any is used.
 */
export function advancedTable(fn: string, shape: Shape, axes: readonly AdvancedAxis[]): Int32Array {
  const size = shapeSize(shape);
  const table = new Int32Array(size);
  const rank = shape.length;
  for (const ax of axes) {
    const { values, shape: own } = ax.index;
    const n = ax.size;
    const stride = ax.stride;
    // the index array's strides seen with the broadcast shape (0 on stretched axes)
    const st = new Array<number>(rank).fill(0);
    let s = 1;
    for (let d = own.length - 1; d >= 0; d--) {
      const len = own[d] as number;
      if (len !== 1) st[d + rank - own.length] = s;
      s *= len;
    }
    const where = blockOffsets(shape, st);
    for (let b = 0; b < size; b++) {
      const at = where[b] as number;
      let v = values[at] as number;
      if (v < 0) v += n;
      if (v < 0 || v >= n) {
        const name = ax.axis < 0 ? "the new axis" : axisName(ax.axis);
        throw new IndexError(`${fn}: index ${values[at]} (keys[${ax.position}]) is out of bounds for ${name} with size ${n}`);
      }
      table[b] = (table[b] as number) + v * stride;
    }
  }
  return table;
}

/**
 * The offsets (relative to 0) of every element of a strided block of `shape` and `strides`, in
 * C order.
 */
export function blockOffsets(shape: readonly number[], strides: readonly number[]): Int32Array {
  const size = shapeSize(shape);
  const out = new Int32Array(size);
  const rank = shape.length;
  if (size === 0) return out;
  const idx = new Array<number>(rank).fill(0);
  let off = 0;
  for (let k = 0; k < size; k++) {
    out[k] = off;
    for (let d = rank - 1; d >= 0; d--) {
      off += strides[d] as number;
      if (++(idx[d] as number) < (shape[d] as number)) break;
      off -= (strides[d] as number) * (shape[d] as number);
      idx[d] = 0;
    }
  }
  return out;
}

/**
 * Every element's offset in the data, in C order of the result: what a gather reads and a
 * scatter writes. For an advanced index only.
 */
export function planOffsets(fn: string, plan: IndexPlan): Int32Array {
  const adv = plan.advanced as NonNullable<IndexPlan["advanced"]>;
  const table = adv.mask ? maskTable(adv.mask) : advancedTable(fn, adv.shape, adv.axes);
  const pre = blockOffsets(plan.pre.shape, plan.pre.strides);
  const post = blockOffsets(plan.post.shape, plan.post.strides);
  const out = new Int32Array(pre.length * table.length * post.length);
  let k = 0;
  const base = plan.offset;
  for (let i = 0; i < pre.length; i++) {
    const p = base + (pre[i] as number);
    for (let t = 0; t < table.length; t++) {
      const pt = p + (table[t] as number);
      for (let q = 0; q < post.length; q++) out[k++] = pt + (post[q] as number);
    }
  }
  return out;
}

/** The offsets of a mask's selected elements, in C order (the advanced block of a lone mask). */
function maskTable(mask: MaskOnly): Int32Array {
  const { values, shape, strides } = mask;
  const table = new Int32Array(countNonzero(values));
  const offs = blockOffsets(shape, strides);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== 0) table[j++] = offs[i] as number;
  return table;
}
