/**
 * Memory overlap between an output and an input, so that `out=` behaves as if every input were
 * copied first (numpy ≥ 1.13), even though `ndarray-ops` loops are not overlap-safe.
 *
 * @module
 */
import type { TypedArray } from "../dtype.js";

/** Where a view's elements are: what the overlap tests need of a scijs array or a strided operand. */
export interface Layout {
  readonly data: TypedArray;
  readonly offset: number;
  readonly shape: readonly number[];
  readonly stride: readonly number[];
}

/** The byte range `[lo, hi)` a view can touch in its buffer, or null for an empty view. */
function byteRange(nd: Layout): [number, number] | null {
  let lo = nd.offset;
  let hi = nd.offset;
  for (let i = 0; i < nd.shape.length; i++) {
    const n = nd.shape[i] as number;
    if (n === 0) return null;
    const step = (nd.stride[i] as number) * (n - 1);
    if (step < 0) lo += step;
    else hi += step;
  }
  const size = nd.data.BYTES_PER_ELEMENT;
  const base = nd.data.byteOffset;
  return [base + lo * size, base + (hi + 1) * size];
}

/** Whether the two views may touch the same bytes (same buffer, intersecting ranges). */
export function mayShareMemory(a: Layout, b: Layout): boolean {
  if (a.data.buffer !== b.data.buffer) return false;
  const ra = byteRange(a);
  const rb = byteRange(b);
  return ra !== null && rb !== null && ra[0] < rb[1] && rb[0] < ra[1];
}

/**
 * Whether `input` (seen with `out`'s shape) reads each element exactly where `out` writes it,
 * with the same element type: then an elementwise loop may run in place without a copy
 * (`add(a, b, { out: a })`).
 */
export function sameElements(out: Layout, input: Layout): boolean {
  if (out.data.constructor !== input.data.constructor) return false;
  if (out.data.byteOffset + out.offset * out.data.BYTES_PER_ELEMENT !== input.data.byteOffset + input.offset * input.data.BYTES_PER_ELEMENT) {
    return false;
  }
  for (let i = 0; i < out.shape.length; i++) {
    if ((out.shape[i] as number) > 1 && out.stride[i] !== input.stride[i]) return false;
  }
  return true;
}
