/**
 * Operands of the elementwise functions: arrays, nested lists, typed arrays, and JS numbers and
 * booleans as numpy's *weak* scalars (NEP 50).
 *
 * @module
 */
import { toArray } from "../create.js";
import { DTypeError } from "../errors.js";
import { describeType } from "../format/format-shape.js";
import { checkAttached, NDArray } from "../ndarray.js";

/**
 * An array, or a JS number or boolean that takes the dtype of the array it meets. A boolean
 * scalar has `bool: true` and `value` 0 or 1.
 */
export type Operand = { kind: "array"; array: NDArray } | { kind: "scalar"; value: number; bool?: boolean };

/** Reads argument `position` (1-based, for messages) of `fn`. */
export function readOperand(fn: string, x: unknown, position: number): Operand {
  if (x instanceof NDArray) return { kind: "array", array: checkAttached(fn, x) };
  if (typeof x === "number") return { kind: "scalar", value: x };
  if (typeof x === "boolean") return { kind: "scalar", value: x ? 1 : 0, bool: true };
  if (Array.isArray(x) || ArrayBuffer.isView(x)) return { kind: "array", array: toArray(fn, x) };
  throw new DTypeError(
    `${fn}: argument ${position} is ${describeType(x)}; expected an NDArray, a nested array of numbers, a typed array, a number or a boolean`,
  );
}

/** The shape an operand contributes to broadcasting (`()` for a scalar). */
export function operandShape(x: Operand): readonly number[] {
  return x.kind === "array" ? x.array.shape : [];
}
