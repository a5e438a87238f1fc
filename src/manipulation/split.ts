/**
 * Splitting an array into views: `split`, `arraySplit`, `hsplit`, `vsplit`, `dsplit`.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { AxisError, DTypeError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { NDArray } from "../ndarray.js";
import { normalizeAxis } from "../shape/axes.js";
import { axisArgument, sliceAxis } from "./common.js";

/** A number of equal sections, or the indices where each new piece starts. */
export type Sections = number | readonly number[] | NDArray;

/** Python's `seq[start:stop]` bounds on a length `n`: negative counts from the end, then clamped. */
function pyBound(i: number, n: number): number {
  const j = i < 0 ? i + n : i;
  return Math.min(Math.max(j, 0), n);
}

function pieces(fn: string, x: NDArray, sectionsArg: unknown, axis: number, equal: boolean): NDArray[] {
  const n = x.shape[axis] as number;
  // an array of indices reads as its list (a 0-d array as its number), as numpy does
  const sections = sectionsArg instanceof NDArray ? sectionsArg.tolist() : sectionsArg;
  let bounds: number[];
  if (Array.isArray(sections)) {
    for (const s of sections) {
      if (typeof s !== "number" || !Number.isInteger(s)) {
        throw new DTypeError(`${fn}: split indices must be integers, got ${typeof s === "number" ? s : describeType(s)}`);
      }
    }
    bounds = [0, ...(sections as number[]), n];
  } else if (typeof sections === "number" && Number.isInteger(sections)) {
    if (sections <= 0) throw new ShapeError(`${fn}: the number of sections must be larger than 0, got ${sections}`);
    if (equal && n % sections !== 0) {
      throw new ShapeError(
        `${fn}: an array of shape ${formatShape(x.shape)} does not split into ${sections} equal sections along axis ${axis} (length ${n}); arraySplit allows unequal ones`,
      );
    }
    // numpy's array_split: the first n % sections pieces have one more element
    const each = Math.floor(n / sections);
    const extra = n % sections;
    bounds = [0];
    for (let i = 0; i < sections; i++) bounds.push((bounds[i] as number) + each + (i < extra ? 1 : 0));
  } else {
    throw new DTypeError(`${fn}: sections must be an integer or a list of indices, got ${describeType(sections)}`);
  }
  const out: NDArray[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const lo = pyBound(bounds[i] as number, n);
    const hi = pyBound(bounds[i + 1] as number, n);
    out.push(sliceAxis(x, axis, lo, Math.max(lo, hi)));
  }
  return out;
}

function splitAs(fn: string, a: NDArray | ArrayLike, sections: unknown, axisArg: unknown, equal: boolean): NDArray[] {
  const x = asArray(fn, a);
  const axis = axisArgument<{ axis: unknown }>(fn, axisArg).axis ?? 0;
  if (x.ndim === 0) throw new AxisError(`${fn}: a 0-d array has no axis ${String(axis)} to split`);
  return pieces(fn, x, sections, normalizeAxis(fn, axis, x.ndim), equal);
}

/**
 * Views of `a` split along `axis` (default 0) into `sections` equal pieces, or at the given
 * indices; unequal sections are refused (see {@link arraySplit}).
 *
 * @example
 * import { arange, split } from "ndarray-broadcast";
 * console.log(split(arange(6), 3).map((p) => p.tolist()), split(arange(6), [1, 4]).map((p) => p.tolist()));
 * // => [ [ 0, 1 ], [ 2, 3 ], [ 4, 5 ] ] [ [ 0 ], [ 1, 2, 3 ], [ 4, 5 ] ]
 */
export function split(a: NDArray | ArrayLike, sections: Sections, axis?: number | { axis?: number }): NDArray[] {
  return splitAs("split", a, sections, axis, true);
}

/**
 * {@link split} that allows unequal sections: the first `n % sections` pieces get one more
 * element (numpy's `array_split`).
 *
 * @example
 * import { arange, arraySplit } from "ndarray-broadcast";
 * console.log(arraySplit(arange(7), 3).map((p) => p.tolist()));
 * // => [ [ 0, 1, 2 ], [ 3, 4 ], [ 5, 6 ] ]
 */
export function arraySplit(a: NDArray | ArrayLike, sections: Sections, axis?: number | { axis?: number }): NDArray[] {
  return splitAs("arraySplit", a, sections, axis, false);
}

function splitAtLeast(fn: string, a: NDArray | ArrayLike, sections: Sections, minNdim: number, axisFor: (ndim: number) => number): NDArray[] {
  const x = asArray(fn, a);
  if (x.ndim < minNdim) {
    throw new ShapeError(`${fn}: only works on arrays of ${minNdim} or more dimensions, got shape ${formatShape(x.shape)}`);
  }
  return pieces(fn, x, sections, axisFor(x.ndim), true);
}

/**
 * {@link split} along the second axis (the first for 1-D arrays), as numpy's `hsplit`.
 *
 * @example
 * import { arange, hsplit } from "ndarray-broadcast";
 * console.log(hsplit(arange(4).reshape(2, 2), 2).map((p) => p.tolist()));
 * // => [ [ [ 0 ], [ 2 ] ], [ [ 1 ], [ 3 ] ] ]
 */
export function hsplit(a: NDArray | ArrayLike, sections: Sections): NDArray[] {
  return splitAtLeast("hsplit", a, sections, 1, (n) => (n > 1 ? 1 : 0));
}

/**
 * {@link split} along the first axis of an array of at least 2 dimensions (numpy's `vsplit`).
 *
 * @example
 * import { arange, vsplit } from "ndarray-broadcast";
 * console.log(vsplit(arange(4).reshape(2, 2), 2).map((p) => p.tolist()));
 * // => [ [ [ 0, 1 ] ], [ [ 2, 3 ] ] ]
 */
export function vsplit(a: NDArray | ArrayLike, sections: Sections): NDArray[] {
  return splitAtLeast("vsplit", a, sections, 2, () => 0);
}

/**
 * {@link split} along the third axis of an array of at least 3 dimensions (numpy's `dsplit`).
 *
 * @example
 * import { arange, dsplit } from "ndarray-broadcast";
 * console.log(dsplit(arange(4).reshape(1, 1, 4), 2).map((p) => p.shape));
 * // => [ [ 1, 1, 2 ], [ 1, 1, 2 ] ]
 */
export function dsplit(a: NDArray | ArrayLike, sections: Sections): NDArray[] {
  return splitAtLeast("dsplit", a, sections, 3, () => 2);
}
