/**
 * Arbitrary memory layouts for the fuzzer: buffers of the fuzzed dtypes, and views into them with
 * any strides — steps, negative steps, transposes, stride 0 (broadcasts) — several views sharing
 * one buffer.
 */
import fc from "fast-check";
import ndarray from "../scijs-ndarray.js";
import { fromNdarray, type NDArray, type TypedArray } from "../../src/index.js";
import { REF_DTYPES, type RefDType } from "./reference.js";

export const BUFFER_LENGTH = 48;

export interface Buffer {
  dtype: RefDType;
  data: TypedArray;
}

const CTOR = { float64: Float64Array, float32: Float32Array, int32: Int32Array, uint8: Uint8Array } as const;

const floatValue = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -6, max: 6 }) },
  { weight: 3, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 0.5, NaN, Infinity, -Infinity, 1e300, -1e-300) },
);

/** Mostly small integers (so integer powers stay meaningful), sometimes ones that wrap when multiplied. */
const int32Value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -9, max: 9 }) },
  { weight: 1, arbitrary: fc.constantFrom(-(2 ** 31), 2 ** 31 - 1, 65536, -46341, 123456789) },
);

/** A buffer of `dtype` filled with arbitrary values (small integers for integer dtypes). */
export const bufferArb = (dtype: RefDType): fc.Arbitrary<Buffer> =>
  fc
    .array(dtype === "uint8" ? fc.integer({ min: 0, max: 255 }) : dtype === "int32" ? int32Value : floatValue, {
      minLength: BUFFER_LENGTH,
      maxLength: BUFFER_LENGTH,
    })
    .map((values) => ({ dtype, data: CTOR[dtype].from(values) as TypedArray }));

export const dtypeArb = fc.constantFrom(...REF_DTYPES);

/** A view description: shape, element strides and offset into a buffer of BUFFER_LENGTH. */
export interface ViewSpec {
  buffer: number;
  shape: number[];
  strides: number[];
  offset: number;
}

/**
 * A view of `shape` with arbitrary strides in [-3, 3] (0 included) that fits the buffer; strides
 * that would not fit fall back to a C-contiguous layout.
 */
export const viewArb = (shape: number[], buffers: number, writable: boolean): fc.Arbitrary<ViewSpec> =>
  fc
    .tuple(
      fc.integer({ min: 0, max: buffers - 1 }),
      writable ? writableStrides(shape) : fc.array(fc.integer({ min: -3, max: 3 }), { minLength: shape.length, maxLength: shape.length }),
      fc.nat(),
    )
    .map(([buffer, strides, seed]) => place(buffer, shape, strides, seed));

/** Strides of a permuted, stepped, possibly reversed C layout: never two elements in one cell. */
function writableStrides(shape: number[]): fc.Arbitrary<number[]> {
  const n = shape.length;
  return fc
    .tuple(
      fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      fc.array(fc.constantFrom(1, 2, -1, -2), { minLength: n, maxLength: n }),
    )
    .map(([perm, steps]) => {
      const strides = new Array<number>(n).fill(0);
      let s = 1;
      for (let k = n - 1; k >= 0; k--) {
        const axis = perm[k] as number;
        strides[axis] = s * (steps[axis] as number);
        s *= Math.max(1, shape[axis] as number) * Math.abs(steps[axis] as number);
      }
      return strides;
    });
}

function place(buffer: number, shape: number[], strides: number[], seed: number): ViewSpec {
  const span = (st: number[]): [number, number] => {
    let lo = 0;
    let hi = 0;
    shape.forEach((n, i) => {
      const step = (st[i] as number) * Math.max(0, n - 1);
      if (step < 0) lo += step;
      else hi += step;
    });
    return [lo, hi];
  };
  let [lo, hi] = span(strides);
  if (hi - lo >= BUFFER_LENGTH) {
    strides = shape.map((_, i) => shape.slice(i + 1).reduce((p, d) => p * d, 1));
    [lo, hi] = span(strides);
  }
  const room = BUFFER_LENGTH - (hi - lo);
  return { buffer, shape, strides, offset: -lo + (room > 0 ? seed % room : 0) };
}

/** The NDArray a spec describes over the given buffers (read-only where elements alias). */
export function materialize(spec: ViewSpec, buffers: Buffer[]): NDArray {
  const b = buffers[spec.buffer] as Buffer;
  return fromNdarray(ndarray(b.data, spec.shape, spec.strides, spec.offset));
}
