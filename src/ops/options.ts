/**
 * Options objects: numpy's keyword arguments in camelCase. An option the function does not know
 * is refused by name, so a misspelt `keepDims` is an error rather than silently ignored.
 *
 * @module
 */
import { DTypeError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { assign, type NDArray, viewOf } from "../ndarray.js";
import { checkOptions as refuseUnknownOptions, shapesEqual } from "../validate.js";
import { checkOutWritable, readOut } from "./elementwise.js";

/**
 * `options` as a record (empty when undefined), after checking that it is a plain object and
 * that every key is one of `allowed`.
 */
export function readOptions(fn: string, options: unknown, allowed: readonly string[]): Record<string, unknown> {
  refuseUnknownOptions(fn, options, allowed);
  return (options ?? {}) as Record<string, unknown>;
}

/** A boolean option (undefined gives `fallback`). */
export function booleanOption(fn: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new DTypeError(`${fn}: ${name} must be true or false, got ${describeType(value)}`);
  return value;
}

/** A string option that must be one of `choices` (undefined gives `fallback`). */
export function choiceOption<T extends string>(fn: string, name: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !(choices as readonly string[]).includes(value)) {
    throw new DTypeError(
      `${fn}: ${name} must be one of ${choices.map((c) => JSON.stringify(c)).join(", ")}, got ${typeof value === "string" ? JSON.stringify(value) : describeType(value)}`,
    );
  }
  return value as T;
}

/** Whether `x` is an options object: a plain object, not an array, typed array or NDArray. */
function isPlainObject(x: unknown): boolean {
  if (x === null || typeof x !== "object") return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Splits numpy's "keyword written positionally" form: `f(a, 0)` and `f(a, { axis: 0 })` both
 * mean axis 0 (`histogram(a, edges)` and `histogram(a, { bins: edges })` both give the edges).
 * Returns the positional value (or undefined) and the options object.
 */
export function positionalOr<T>(second: T | Record<string, unknown> | undefined, third: unknown): [T | undefined, unknown] {
  if (isPlainObject(second)) return [undefined, second];
  return [second as T | undefined, third];
}

/**
 * numpy's `out=` for functions that compute into a fresh array first (so `out` may overlap the
 * input): `out` must have exactly the result's shape (it is never broadcast), be writable, and
 * take the result's dtype under same_kind casting. Everything is checked before anything is
 * written. Returns `out` filled, or `result` when no `out` was given.
 */
export function deliver(fn: string, out: unknown, result: NDArray): NDArray {
  if (out === undefined || out === null) return result;
  const target = readOut(fn, { out: out as NDArray });
  if (target === undefined) return result;
  if (!shapesEqual(target.shape, result.shape)) {
    throw new ShapeError(`${fn}: out has shape ${formatShape(target.shape)} but the result has shape ${formatShape(result.shape)}; out is never broadcast`);
  }
  checkOutWritable(fn, target, result.dtype);
  if (target.size > 0) assign(viewOf(target), viewOf(result));
  return target;
}
