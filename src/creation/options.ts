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
