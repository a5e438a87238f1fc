/**
 * Slices: `slice(start, stop, step)`, numpy's slice strings (`"1:-1"`, `"::-1"`), and Python's rule
 * that turns a slice into the start, step and length it selects on an axis of a given size.
 *
 * @module
 */
import { IndexError } from "../errors.js";
import { describeType } from "../format/format-shape.js";

/**
 * Python's `slice`: `null` for an omitted part. Made by {@link slice} or parsed from a string key.
 *
 * @example
 * import { slice, Slice } from "ndarray-broadcast";
 * const s = slice(1, null, 2);
 * console.log(s instanceof Slice, s.start, s.stop, s.step, String(s));
 * // => true 1 null 2 1::2
 */
export class Slice {
  /** The first index (from the end when negative); `null`: the start of the walk. */
  readonly start: number | null;
  /** The index the walk stops before; `null`: walk to the end. */
  readonly stop: number | null;
  /** The step (never 0); `null`: 1. */
  readonly step: number | null;

  /**
   * Use {@link slice}. Checked as `slice()` checks its arguments (integers or `null`, a step that
   * is not 0), so that every `Slice` a key can hold is valid.
   */
  constructor(start: number | null, stop: number | null, step: number | null) {
    const fn = "Slice";
    this.start = sliceBound(fn, "start", start);
    this.stop = sliceBound(fn, "stop", stop);
    this.step = sliceBound(fn, "step", step);
    if (this.step === 0) throw new IndexError(`${fn}: slice step cannot be zero`);
    Object.freeze(this);
  }

  /** The slice as numpy writes it: `"1:-1"`, `"::2"`, `":"`. */
  toString(): string {
    const part = (x: number | null): string => (x === null ? "" : String(x));
    return `${part(this.start)}:${part(this.stop)}${this.step === null ? "" : `:${this.step}`}`;
  }
}

function sliceBound(fn: string, name: string, x: unknown): number | null {
  if (x === null || x === undefined) return null;
  if (typeof x !== "number" || !Number.isInteger(x)) {
    throw new IndexError(`${fn}: slice ${name} must be an integer or null, got ${typeof x === "number" ? x : describeType(x)}`);
  }
  return x === 0 ? 0 : x; // -0 is 0
}

/**
 * Python's `slice(stop)` and `slice(start, stop, step)`: `null` (or `undefined`) for an omitted
 * part. As a key it selects like the string `"start:stop:step"`; bounds past either end are
 * clamped, a negative bound counts from the end, and the step may be negative but never 0.
 *
 * @example
 * import { arange, index, slice } from "ndarray-broadcast";
 * const a = arange(10);
 * console.log(index(a, slice(1, null, 3)).toString(), index(a, slice(3)).toString());
 * // => array([1., 4., 7.]) array([0., 1., 2.])
 * console.log(String(slice(null, null, -1)));
 * // => ::-1
 */
export function slice(start?: number | null, stop?: number | null, step?: number | null): Slice {
  const fn = "slice";
  // as Python: one argument is the stop, and none is an error
  if (arguments.length === 0) {
    throw new IndexError(`${fn}: expected at least 1 argument, got 0 (as Python's slice()); for the whole axis pass ":" or slice(null)`);
  }
  if (arguments.length === 1) return new Slice(null, sliceBound(fn, "stop", start), null);
  const st = sliceBound(fn, "step", step);
  if (st === 0) throw new IndexError(`${fn}: slice step cannot be zero`);
  return new Slice(sliceBound(fn, "start", start), sliceBound(fn, "stop", stop), st);
}

/**
 * numpy's `np.newaxis`: `null`. As a key it inserts an axis of length 1.
 *
 * @example
 * import { arange, index, newaxis } from "ndarray-broadcast";
 * console.log(index(arange(3), ":", newaxis).shape);
 * // => [ 3, 1 ]
 */
export const newaxis = null;

const SLICE = /^\s*(-?\d+)?\s*:\s*(-?\d+)?\s*(?::\s*(-?\d+)?\s*)?$/;
const parsed = new Map<string, Slice>();

/**
 * The slice a string key writes (`"1:-1"`, `":"`, `"::-1"`, `"2:"`, `":-1:3"`), or an
 * `IndexError` naming the key's position: a string key is a slice or `"..."`, nothing else.
 * Parsed strings are remembered (a few hundred), so a key repeated in a loop is parsed once.
 */
export function parseSlice(fn: string, text: string, position: number): Slice {
  const known = parsed.get(text);
  if (known !== undefined) return known;
  const m = SLICE.exec(text);
  if (m === null) {
    const hint = /^\s*-?\d+\s*$/.test(text) ? `; for an integer index pass the number ${text.trim()}` : "";
    throw new IndexError(
      `${fn}: keys[${position}] is the string ${JSON.stringify(text)}, which is not a slice; a string key is a slice such as "1:-1", ":", "::-1" or "2:", or "..."${hint}`,
    );
  }
  const num = (x: string | undefined): number | null => (x === undefined ? null : Number(x) || 0);
  const step = num(m[3]);
  if (step === 0) throw new IndexError(`${fn}: keys[${position}] ${JSON.stringify(text)}: slice step cannot be zero`);
  const s = new Slice(num(m[1]), num(m[2]), step);
  if (parsed.size >= 512) parsed.clear();
  parsed.set(text, s);
  return s;
}

/**
 * What slice `s` selects on an axis of length `n` (CPython's `PySlice_AdjustIndices`): the first
 * index, the step, and how many elements. Out-of-range bounds are clamped, never an error.
 */
export function sliceRange(s: Slice, n: number): { start: number; step: number; length: number } {
  const step = s.step ?? 1;
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? n - 1 : n;
  const clamp = (x: number | null, dflt: number): number => {
    if (x === null) return dflt;
    const v = x < 0 ? x + n : x;
    return v < lower ? lower : v > upper ? upper : v;
  };
  const start = clamp(s.start, step < 0 ? upper : lower);
  const stop = clamp(s.stop, step < 0 ? lower : upper);
  let length = 0;
  if (step < 0) {
    if (stop < start) length = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    length = Math.floor((stop - start - 1) / step) + 1;
  }
  return { start, step, length };
}
