/**
 * Operands of the elementwise functions: arrays, nested lists, typed arrays, and JS numbers as
 * numpy's *weak* scalars (NEP 50).
 *
 * @module
 */
import { toArray } from "../create.js";
import { DTypeError } from "../errors.js";
import { describeType } from "../format/format-shape.js";
import { attachedArray, looksLikeNDArray, notAnNDArray, type NDArray } from "../ndarray.js";

/** An array, or a JS number that takes the dtype of the array it meets. */
export type Operand = { kind: "array"; array: NDArray } | { kind: "scalar"; value: number };

/** Reads argument `position` (1-based, for messages) of `fn`. */
export function readOperand(fn: string, x: unknown, position: number): Operand {
  const array = attachedArray(fn, x);
  if (array !== undefined) return { kind: "array", array };
  if (typeof x === "number") return { kind: "scalar", value: x };
  if (looksLikeNDArray(x)) throw notAnNDArray(fn, x, `argument ${position}`);
  if (Array.isArray(x) || ArrayBuffer.isView(x)) return { kind: "array", array: toArray(fn, x) };
  throw new DTypeError(
    `${fn}: argument ${position} is ${describeType(x)}; expected an NDArray, a nested array of numbers, a typed array or a number`,
  );
}

/** The shape an operand contributes to broadcasting (`()` for a scalar). */
export function operandShape(x: Operand): readonly number[] {
  return x.kind === "array" ? x.array.shape : [];
}
