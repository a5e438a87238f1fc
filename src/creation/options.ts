/**
 * The options object of a creation or manipulation function: a plain object whose keys are
 * numpy's keywords in camelCase; unknown keys are refused.
 *
 * @module
 */
import { checkDType, DEFAULT_DTYPE, type DType } from "../dtype.js";
import { DTypeError } from "../errors.js";
import { describeType } from "../format/format-shape.js";
import { checkOptions as refuseUnknownOptions, checkShape } from "../validate.js";

/** Checks that `options` is undefined or a plain object with only `allowed` keys; returns it (or `{}`). @internal */
export function checkOptions<T extends object>(fn: string, options: unknown, allowed: readonly string[]): Partial<T> {
  refuseUnknownOptions(fn, options, allowed);
  return (options ?? {}) as Partial<T>;
}

/**
 * Splits `args` into up to `max` positional values and a trailing options object: the first
 * plain object ends the positional list, wherever it stands (numpy users write keywords there).
 * @internal
 */
export function splitTrailingOptions(fn: string, args: readonly unknown[], max: number): [unknown[], unknown] {
  const k = args.findIndex((x) => typeof x === "object" && x !== null && !Array.isArray(x) && !ArrayBuffer.isView(x) && Object.getPrototypeOf(x) === Object.prototype);
  const nums = k === -1 ? args.slice() : args.slice(0, k);
  if (k !== -1 && k < args.length - 1) {
    throw new DTypeError(`${fn}: the options object must be the last argument, got ${args.length - 1 - k} more after it`);
  }
  if (nums.length > max) throw new DTypeError(`${fn}: takes at most ${max} positional arguments, got ${nums.length}`);
  return [nums, k === -1 ? undefined : args[k]];
}

/**
 * The arguments of `eye` and `tri`: `(n, m?, k?, { k, dtype })`, numpy's positional `k` or the
 * option (not both), `m` defaulting to `n`.
 * @internal
 */
export function matrixArgs(fn: string, args: readonly unknown[]): { rows: number; cols: number; k: number; dtype: DType } {
  const [pos, options] = splitTrailingOptions(fn, args, 3);
  const opts = checkOptions<{ k: number; dtype: DType }>(fn, options, ["k", "dtype"]);
  if (pos[2] !== undefined && opts.k !== undefined) throw new DTypeError(`${fn}: k given both as the third argument and as an option`);
  const k = pos[2] ?? opts.k ?? 0;
  const [rows, cols] = checkShape(fn, [pos[0], pos[1] ?? pos[0]]) as [number, number];
  if (typeof k !== "number" || !Number.isInteger(k)) throw new DTypeError(`${fn}: k must be an integer, got ${typeof k === "number" ? k : describeType(k)}`);
  return { rows, cols, k, dtype: opts.dtype === undefined ? DEFAULT_DTYPE : checkDType(fn, opts.dtype) };
}
