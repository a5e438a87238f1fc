/**
 * Writes a shape the way numpy prints a tuple: `(2, 3)`, `(3,)`, `()`.
 *
 * @example
 * import { formatShape } from "ndarray-broadcast";
 * console.log(formatShape([2, 3]), formatShape([3]), formatShape([]));
 * // => (2, 3) (3,) ()
 */
export function formatShape(shape: readonly unknown[]): string {
  if (shape.length === 1) return `(${formatValue(shape[0])},)`;
  return `(${shape.map(formatValue).join(", ")})`;
}

/** Writes one user-supplied value for an error message: numbers as JS prints them, strings quoted. */
export function formatValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (Array.isArray(value)) return `[${value.map(formatValue).join(", ")}]`;
  if (typeof value === "object") return describeType(value);
  return String(value);
}

/** Describes the type of a value for an error message: `a string ("a")`, `undefined`, `a number`. */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") return `a string (${JSON.stringify(value)})`;
  if (typeof value === "bigint") return `a BigInt (${value}n)`;
  if (typeof value === "boolean") return `a boolean (${value})`;
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "object") {
    // A value traced by ndarray-broadcast/jacobian, recognized by its marker (the core does not import that module).
    if (Symbol.for("ndarray-broadcast.traced") in value) {
      return "a traced value (inside jacobian, use the operations of ndarray-broadcast/jacobian)";
    }
    const name = (value as object).constructor?.name;
    return name ? article(name) : "an object";
  }
  return article(typeof value);
}

const article = (noun: string): string => (/^[aeiouAEIOU]/.test(noun) ? `an ${noun}` : `a ${noun}`);
