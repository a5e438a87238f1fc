/**
 * The options object of a creation or manipulation function: a plain object whose keys are
 * numpy's keywords in camelCase; unknown keys are refused.
 *
 * @module
 */
import { DTypeError } from "../errors.js";
import { describeType } from "../format/format-shape.js";

/** Checks that `options` is undefined or a plain object with only `allowed` keys; returns it (or `{}`). @internal */
export function checkOptions<T extends object>(fn: string, options: unknown, allowed: readonly string[]): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new DTypeError(`${fn}: options must be an object like { ${allowed[0] ?? ""} }, got ${describeType(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new DTypeError(
        `${fn}: unknown option ${JSON.stringify(key)}; ${allowed.length === 0 ? "it takes no options" : `the options are ${allowed.join(", ")}`}`,
      );
    }
  }
  return options as Partial<T>;
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
