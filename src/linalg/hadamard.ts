/**
 * The Hadamard product: the mathematician's elementwise product, defined for equal shapes only.
 *
 * @module
 */
import { ShapeError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import type { NDArray } from "../ndarray.js";
import { binary, type OperandLike, type OutOptions } from "../ops/elementwise.js";
import { operandShape } from "../ops/operand.js";
import { resolveBroadcast } from "../shape/broadcast-shapes.js";
import { shapesEqual, type Shape } from "../validate.js";

function suggestion(sa: Shape, sb: Shape): string {
  const r = resolveBroadcast([sa, sb]);
  if (!("shape" in r)) return "the shapes do not broadcast either";
  const target = `[${r.shape.join(", ")}]`;
  if (shapesEqual(r.shape, sa)) return `use multiply(a, b) to broadcast, or broadcastTo(b, ${target}) to make it explicit`;
  if (shapesEqual(r.shape, sb)) return `use multiply(a, b) to broadcast, or broadcastTo(a, ${target}) to make it explicit`;
  return `use multiply(a, b) to broadcast, or broadcastTo both to ${target} to make it explicit`;
}

/**
 * `a ⊙ b`: the elementwise product of two arrays of **equal shapes**. Unlike `multiply` it never
 * broadcasts: a shape mismatch throws `ShapeError` that points to `multiply` or an explicit
 * `broadcastTo`. For vectors, `hadamard(a, b)` equals `matmul(diag(a), b)`. A JS number is a
 * scalar factor and is allowed.
 *
 * @example
 * import { array, hadamard } from "ndarray-broadcast";
 * console.log(hadamard(array([1, 2, 3]), array([4, 5, 6])).toString());
 * // => array([ 4., 10., 18.])
 * try {
 *   hadamard(array([[1, 2, 3], [4, 5, 6]]), array([1, 2, 3]));
 * } catch (e) {
 *   console.log((e as Error).message);
 *   // => hadamard: shapes (2, 3) and (3,) differ; the Hadamard product needs equal shapes — use multiply(a, b) to broadcast, or broadcastTo(b, [2, 3]) to make it explicit
 * }
 */
export function hadamard(a: OperandLike, b: OperandLike, options?: OutOptions): NDArray {
  return binary("multiply", a, b, options, "hadamard", (x, y, out) => {
    const sa = operandShape(x);
    const sb = operandShape(y);
    if (x.kind === "array" && y.kind === "array" && !shapesEqual(sa, sb)) {
      throw new ShapeError(
        `hadamard: shapes ${formatShape(sa)} and ${formatShape(sb)} differ; the Hadamard product needs equal shapes — ${suggestion(sa, sb)}`,
      );
    }
    const shape = x.kind === "array" ? sa : sb;
    if (out && x.kind + y.kind !== "scalarscalar" && !shapesEqual(out.shape, shape)) {
      throw new ShapeError(`hadamard: out has shape ${formatShape(out.shape)}, the operands ${formatShape(shape)}; out must have the operands' shape`);
    }
  });
}
