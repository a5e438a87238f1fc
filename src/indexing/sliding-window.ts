/**
 * `slidingWindowView`: numpy's stride trick — every window of an array as a view, O(1).
 *
 * @module
 */
import { AxisError, ReadOnlyError, ShapeError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import { NDArray } from "../ndarray.js";
import { scijsView } from "../scijs.js";
import { checkShape } from "../validate.js";
import { target } from "./index-array.js";
import { readAxis, readOptions } from "./take.js";

/** Options of {@link slidingWindowView}. */
export interface SlidingWindowOptions {
  /** The axis or axes the windows slide along (one per entry of the window shape); all axes when omitted. */
  axis?: number | readonly number[] | null;
  /** Whether the view may be written (default false; refused for a read-only array). */
  writeable?: boolean;
}

/**
 * numpy's `sliding_window_view(x, windowShape, axis)`: every window of `windowShape` as a view
 * of shape `[...outer, ...windowShape]`, where each slid axis shrinks to `n - w + 1`. O(1): it
 * shares `x`'s buffer and copies nothing. It is **read-only** (unless `writeable: true`): its
 * windows overlap, so one memory cell is many elements, and a write through one would change the
 * others.
 *
 * @example
 * import { arange, slidingWindowView } from "ndarray-broadcast";
 * const w = slidingWindowView(arange(5), 3);
 * console.log(w.toString(), w.readonly);
 * // => array([[0., 1., 2.],
 * //           [1., 2., 3.],
 * //           [2., 3., 4.]]) true
 * console.log(slidingWindowView(arange(12).reshape(3, 4), 2, 1).shape);
 * // => [ 3, 3, 2 ]
 */
export function slidingWindowView(
  x: NDArray,
  windowShape: number | readonly number[],
  axis?: number | readonly number[] | null | SlidingWindowOptions,
  options?: SlidingWindowOptions,
): NDArray {
  const fn = "slidingWindowView";
  const a = target(fn, x);
  const positional = typeof axis === "number" || Array.isArray(axis) || axis === null;
  const opts = readOptions<SlidingWindowOptions>(fn, positional ? options : axis, ["axis", "writeable"]);
  const ax = positional ? axis : opts.axis;
  const windows = typeof windowShape === "number" ? [windowShape] : windowShape;
  if (Array.isArray(windows) && windows.some((w) => typeof w === "number" && w < 0)) {
    throw new ShapeError(`${fn}: windowShape cannot contain negative values, got ${formatShape(windows)}`);
  }
  const win = checkShape(fn, windows, { allocate: false });
  let axes: number[];
  if (ax === undefined || ax === null) {
    if (win.length !== a.ndim) {
      throw new ShapeError(
        `${fn}: since axis is omitted, windowShape must have one entry per axis of x (shape ${formatShape(a.shape)}); got ${win.length}`,
      );
    }
    axes = a.shape.map((_, d) => d);
  } else {
    const list = typeof ax === "number" ? [ax] : (ax as readonly number[]);
    if (list.length !== win.length) {
      throw new AxisError(`${fn}: windowShape ${formatShape(win)} and axis ${formatShape(list)} must have the same length`);
    }
    axes = list.map((d) => readAxis(fn, d, a.ndim));
  }
  const shape = a.shape.slice();
  axes.forEach((d, i) => {
    const w = win[i] as number;
    if ((shape[d] as number) < w) {
      throw new ShapeError(`${fn}: window shape cannot be larger than input array shape: window ${w} on axis ${d} of x's shape ${formatShape(a.shape)}`);
    }
    shape[d] = (shape[d] as number) - w + 1;
  });
  const writeable = opts.writeable ?? false;
  if (writeable && a.readonly) throw new ReadOnlyError(`${fn}: writeable: true asked for a view of a read-only array`);
  const strides = [...a.strides, ...axes.map((d) => a.strides[d] as number)];
  return new NDArray(scijsView(a.data, a.dtype, [...shape, ...win], strides, a.offset), a.dtype, !writeable);
}
