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

/**
 * Writes one user-supplied value for an error message: numbers as JS prints them, strings quoted
 * (and cut at 40 characters). Never calls the value's own code (`toString`, `Symbol.toPrimitive`,
 * getters): objects are described by {@link describeType}.
 */
export function formatValue(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string") return quote(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "boolean") return String(value);
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (isPlainArray(value)) {
    // one level only: a nested or cyclic list is not walked
    if (value.length > 64) return `a list of ${value.length} entries`;
    return `[${Array.from(value, (v) => (typeof v === "object" && v !== null ? (Array.isArray(v) ? "[…]" : describeType(v)) : formatValue(v))).join(", ")}]`;
  }
  return describeType(value);
}

/**
 * Describes the type of a value for an error message: `a string ("a")`, `undefined`, `a number`,
 * `a Float64Array`. Never runs the value's own code: a Proxy is named as one without asking its
 * traps, and an object's class is read from its prototype's own `constructor` data property only.
 */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") return `a string (${quote(value)})`;
  if (typeof value === "bigint") return `a BigInt (${value}n)`;
  if (typeof value === "boolean") return `a boolean (${value})`;
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "object") return describeObject(value);
  return article(typeof value);
}

const TRACED = Symbol.for("ndarray-broadcast.traced");

function describeObject(value: object): string {
  try {
    if (isProxy(value)) return "a Proxy";
    // A value traced by ndarray-broadcast/jacobian, recognized by its marker (the core does not import that module).
    const marker = Object.getOwnPropertyDescriptor(value, TRACED) ?? protoProperty(value, TRACED);
    if (marker !== undefined) {
      return "a traced value (inside jacobian, use the operations of ndarray-broadcast/jacobian)";
    }
    const ctor = protoProperty(value, "constructor")?.value as unknown;
    const name = typeof ctor === "function" ? Object.getOwnPropertyDescriptor(ctor, "name")?.value : undefined;
    return typeof name === "string" && /^[A-Za-z_$][\w$]{0,40}$/.test(name) ? article(name) : "an object";
  } catch {
    return "an object";
  }
}

/** A data or accessor descriptor of `key` on the prototype chain of `value` (own properties of the prototypes only). */
function protoProperty(value: object, key: PropertyKey): PropertyDescriptor | undefined {
  let proto = Object.getPrototypeOf(value) as object | null;
  for (let depth = 0; proto !== null && depth < 16; depth++) {
    if (isProxy(proto)) return undefined;
    const d = Object.getOwnPropertyDescriptor(proto, key);
    if (d !== undefined) return d;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return undefined;
}

/** Node's exact Proxy test where available (it asks no trap); elsewhere nothing is a Proxy. */
const isProxy: (x: object) => boolean = (() => {
  const g = globalThis as { process?: { getBuiltinModule?: (m: string) => unknown } };
  const util = g.process?.getBuiltinModule?.("node:util") as { types?: { isProxy?: (x: unknown) => boolean } } | undefined;
  const test = util?.types?.isProxy;
  return test ? (x: object) => test(x) : () => false;
})();

/** A real array (not a Proxy of one), whose entries can be listed. */
function isPlainArray(value: unknown): value is unknown[] {
  return Array.isArray(value) && !isProxy(value);
}

const quote = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

const article = (noun: string): string => (/^[aeiouAEIOU]/.test(noun) ? `an ${noun}` : `a ${noun}`);
