/**
 * Choosing values elementwise: `where(cond, x, y)` with a constant condition, `clip`, and `sign`.
 * Their Jacobians select (`Diag(cond)`, `Diag(!cond)`), saturate (`clip`: JAX's ties, 0.5 at a
 * bound) or vanish (`sign`: the zero map). The values are the core's `where` and `sign`; `clip` is
 * written with the strict `maximum` and `minimum`, which give JAX's derivative at a bound.
 *
 * @module
 */
import { toArray } from "../create.js";
import { DTYPES } from "../dtype.js";
import { DTypeError } from "../errors.js";
import type { NDArray } from "../ndarray.js";
import { sign as coreSign } from "../ops/math.js";
import { where as coreWhere } from "../ops/where.js";
import { flatArray, readInput, requireEqualShapes, type Input, type Operand } from "./operands.js";
import { maximum, minimum, reshape, type Output } from "./ops.js";
import { DiagonalMap, ZeroMap } from "./structured/diagonal.js";
import { record, Traced } from "./trace.js";

/**
 * `x` where `cond` is true, else `y` (numpy's `where` with three arguments), for a **constant**
 * condition (a boolean or numeric array, nonzero meaning true) of the operands' shape; `x` and
 * `y` are arrays of that shape or numbers, never broadcast. The Jacobian is `Diag(cond)` for `x`
 * and `Diag(!cond)` for `y`; linear, so no curvature.
 *
 * @example
 * import { jacobian, where } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * const cond = array([true, false, true]);
 * console.log(where(cond, array([1, 2, 3]), 0).toString());
 * // => array([1., 0., 3.])
 * console.log(jacobian((x) => where(cond, x, array([9, 9, 9])), array([1, 2, 3])).toString());
 * // => Diag(array([1., 0., 1.]))
 */
export function where(cond: NDArray | readonly unknown[], x: Input, y: Input): Output {
  const fn = "where";
  if (cond instanceof Traced) {
    throw new DTypeError(`${fn}: the condition is a traced value; a condition is a constant (compare .value, e.g. greater(x.value, 0))`);
  }
  const c = readInput(fn, cond, 1);
  if (c.kind === "number") throw new DTypeError(`${fn}: the condition must be an array of the operands' shape, got a number`);
  const a = readInput(fn, x, 2);
  const b = readInput(fn, y, 3);
  requireEqualShapes(fn, [c, a, b]);
  const shape = c.value.shape;
  // the value is the core's where (numpy's dtype rules); a constant condition's values are taken now
  const value = coreWhere(c.value, a.value, b.value);
  const pick = Uint8Array.from(flatArray(c.value), (v) => (v !== 0 ? 1 : 0));
  const traced = [a, b].flatMap((op, k) => (op.kind === "traced" ? [{ op, k }] : []));
  return record(
    fn,
    value,
    traced.map(({ op }) => (op as Operand & { kind: "traced" }).traced),
    () =>
      traced.map(({ k }) => {
        const d = Float64Array.from(pick, (p) => (k === 0 ? p : 1 - p));
        return d.every((v) => v === 0) ? new ZeroMap(shape, shape) : new DiagonalMap(d, shape, shape, true);
      }),
  );
}

/**
 * `x` limited to `[min, max]` (numpy's `clip`; either bound may be `null` or omitted): the same
 * as `minimum(maximum(x, min), max)`, which it is, so its Jacobian follows JAX — 1 inside, 0
 * outside, and 0.5 at a bound (a tie). The bounds are numbers or arrays of `x`'s shape (they may
 * be traced too).
 *
 * @example
 * import { jacobian, clip } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(clip(array([-2, 0, 1, 3]), 0, 1).toString());
 * // => array([0., 0., 1., 1.])
 * console.log(jacobian((x) => clip(x, 0, 1), array([-2, 0.5, 1, 3])).toString());
 * // => Diag(array([0. , 1. , 0.5, 0. ]))
 */
export function clip(x: Input, min?: Input | null, max?: Input | null): Output {
  let out: Input = x;
  if (min !== undefined && min !== null) out = maximum(out, min);
  if (max !== undefined && max !== null) out = minimum(out, max);
  if (out === x) {
    const op = readInput("clip", x, 1);
    // no bound: numpy returns a copy; a traced value passes through as an identity
    return op.kind === "number" ? toArray("clip", x) : op.kind === "array" ? op.value.copy() : reshape(x, op.value.shape);
  }
  return out as Output;
}

/**
 * The sign of each element, −1, 0 or 1 (NaN stays NaN; the dtype is kept, as numpy's). Its
 * derivative is 0 everywhere it exists, and JAX takes 0 at 0 too: the Jacobian is the zero map.
 *
 * @example
 * import { jacobian, sign } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * console.log(sign(array([-2, 0, 3])).toString());
 * // => array([-1.,  0.,  1.])
 * console.log(jacobian(sign, array([-2, 0, 3])).kind);
 * // => zero
 */
export function sign(x: Input): Output {
  const fn = "sign";
  const a = readInput(fn, x, 1);
  const arr = a.kind === "number" ? toArray(fn, a.value) : a.value;
  if (DTYPES[arr.dtype].kind === "b") throw new DTypeError(`${fn}: numpy's sign is not defined for bool arrays; convert with array(x, { dtype: "int8" })`);
  const value = coreSign(arr);
  return record(fn, value, a.kind === "traced" ? [a.traced] : [], () => [new ZeroMap(arr.shape, arr.shape)]);
}
