/**
 * Operands of the strict operations, and their refusal to broadcast.
 *
 * @module
 */
import { toArray } from "../create.js";
import { DTypeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { checkAttached, isCContiguous, NDArray, viewOf } from "../ndarray.js";
import { resolveBroadcast } from "../shape/broadcast-shapes.js";
import { shapesEqual, type Shape } from "../validate.js";
import { BroadcastRefusedError } from "./errors.js";
import { OnesMap } from "./structured/padding.js";
import { Traced } from "./trace.js";

/** A traced value, a constant array, or a constant number. */
export type Operand =
  | { kind: "traced"; traced: Traced; value: NDArray }
  | { kind: "array"; value: NDArray }
  | { kind: "number"; value: number };

/** What the strict operations accept. */
export type Input = Traced | NDArray | number | readonly unknown[];

export function readInput(fn: string, x: unknown, position: number): Operand {
  if (x instanceof Traced) return { kind: "traced", traced: x, value: x.value };
  if (x instanceof NDArray) return { kind: "array", value: checkAttached(fn, x) };
  if (typeof x === "number") return { kind: "number", value: x };
  if (Array.isArray(x) || ArrayBuffer.isView(x)) return { kind: "array", value: toArray(fn, x) };
  throw new DTypeError(
    `${fn}: argument ${position} is ${describeType(x)}; expected a traced value, an NDArray, a nested array or a number`,
  );
}

/** An array operand (a number is refused by operations that need a shape). */
export function readArray(fn: string, x: unknown, position: number): Exclude<Operand, { kind: "number" }> {
  const op = readInput(fn, x, position);
  if (op.kind === "number") {
    throw new DTypeError(`${fn}: argument ${position} is a number; this operation needs an array (wrap it with array(${op.value}))`);
  }
  return op;
}

export const shapeOf = (op: Operand): Shape => (op.kind === "number" ? [] : op.value.shape);

/** The flat float64 values of an array operand, or the number itself. */
export function flatValues(op: Operand): Float64Array | number {
  if (op.kind === "number") return op.value;
  return flatArray(op.value);
}

/**
 * What a partial Jacobian may keep of an operand, taken when the operation runs: a constant array
 * is copied (the caller may write into it later, even inside `f`, and a derivative must not
 * change with it); a traced value's storage belongs to the tape, and a number is itself.
 */
export function keptValues(op: Operand): Float64Array | number {
  if (op.kind !== "array") return flatValues(op);
  const flat = flatArray(op.value);
  return flat === op.value.data ? flat.slice() : flat;
}

/** An array's values as a C-ordered Float64Array (the array's own data when it already is one). */
export function flatArray(a: NDArray): Float64Array {
  const nd = viewOf(a);
  if (a.dtype === "float64" && nd.offset === 0 && a.data.length === a.size && isCContiguous(nd)) return a.data as Float64Array;
  return toArray("jacobian", a, { dtype: "float64" }).data as Float64Array;
}

const NAMES = ["x", "y"];

/**
 * Throws `BroadcastRefusedError` unless the array operands have equal shapes, naming the
 * `broadcastTo` that would make the broadcast explicit and its ones-padding Jacobian.
 */
export function requireEqualShapes(fn: string, ops: readonly Operand[]): void {
  const arrays = ops.map((op, i) => ({ op, i })).filter(({ op }) => op.kind !== "number");
  if (arrays.length < 2) return;
  const shapes = arrays.map(({ op }) => shapeOf(op));
  if (shapes.every((s) => shapesEqual(s, shapes[0] as Shape))) return;
  const traced = ops.some((op) => op.kind === "traced");
  const where = traced ? " inside a Jacobian" : " (strict operations never broadcast)";
  const listed = shapes.map(formatShape).join(" with ");
  const r = resolveBroadcast(shapes);
  if (!("shape" in r)) {
    throw new BroadcastRefusedError(
      `${fn}: refusing to broadcast ${listed}${where}; these shapes do not broadcast either — strict operations need equal shapes`,
    );
  }
  const target = r.shape;
  const fixes = arrays.filter(({ op }) => !shapesEqual(shapeOf(op), target));
  const writes = fixes.map(({ i }) => `broadcastTo(${NAMES[i] ?? `arg${i + 1}`}, [${target.join(", ")}])`);
  const maps = fixes.map(({ op }) => {
    const s = shapeOf(op);
    const small = [...new Array<number>(target.length - s.length).fill(1), ...s];
    return new OnesMap("pad", target, small, 1, s, target).text();
  });
  const which = fixes.length === 1 ? `for the ${fixes[0]?.i === 0 ? "first" : "second"} operand ${NAMES[fixes[0]?.i ?? 0]}` : "";
  const their = fixes.length === 1 ? `its Jacobian is the ones-padding map ${maps[0]}` : `their Jacobians are the ones-padding maps ${maps.join(" and ")}`;
  throw new BroadcastRefusedError(
    `${fn}: refusing to broadcast ${listed}${where} — broadcasting is not differentiation; write ${writes.join(" and ")}${which ? ` ${which}` : ""} to expand explicitly (${their})`,
  );
}
