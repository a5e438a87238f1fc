/**
 * Tracing: inside `jacobian`, `jvp`, `vjp` and `grad`, the differentiation variable is a
 * {@link Traced} value. Every strict operation on a traced value computes its result with the
 * core and records a node on the tape: its parents and, lazily, the structured Jacobian of the
 * result with respect to each parent. The interpreters (api.ts) then walk the tape forward
 * (Jacobians, JVPs) or backward (VJPs, gradients).
 *
 * @module
 */
import { NDArrayError } from "../errors.js";
import type { NDArray } from "../ndarray.js";
import type { Shape } from "../validate.js";
import type { LinearMap } from "./structured/linear-map.js";

/** The marker the core recognizes, without importing this module, to name a traced value in its errors. */
export const TRACED_MARK = Symbol.for("ndarray-broadcast.traced");

/** One recorded operation. */
export interface TapeNode {
  readonly out: Traced;
  readonly parents: readonly Traced[];
  /** ∂out/∂parentᵢ for each parent, computed once on first use. */
  partials(): readonly LinearMap[];
  /**
   * For Hessians: the second-order terms of the VJP with cotangent `c` — each `[i, j, H]` says
   * that the cotangent of parent i changes by `H dp_j` when parent j moves by `dp_j` (`H` maps
   * parent j's space to parent i's). Linear operations have none and leave it out.
   */
  curvature?(c: Float64Array): readonly Curvature[];
}

/** One second-order term of an operation: parent indices `i`, `j` and the map `H`. */
export type Curvature = readonly [i: number, j: number, H: LinearMap];

/** The record of one differentiation call. */
export class Tape {
  readonly nodes: TapeNode[] = [];
  open = true;
}

/**
 * A value being differentiated: the array `value` together with its place on a tape. Pass it to
 * the functions of `ndarray-broadcast/jacobian`; read its `value` for the plain array.
 *
 * @example
 * import { jacobian, tanh, Traced } from "ndarray-broadcast/jacobian";
 * import { array } from "ndarray-broadcast";
 * jacobian((x) => {
 *   console.log(x instanceof Traced, x.shape, x.toString());
 *   return tanh(x);
 * }, array([1, 2]));
 * // => true [ 2 ] Traced(array([1., 2.]))
 */
export class Traced {
  /** The marker by which the core names a traced value in its errors. */
  readonly [TRACED_MARK] = true;
  /** @internal */
  constructor(
    /** The plain value (the primal). */
    readonly value: NDArray,
    /** @internal */
    readonly tape: Tape,
    /** @internal */
    readonly id: number,
  ) {}
  /** The value's shape. */
  get shape(): Shape {
    return this.value.shape;
  }
  /** The value's number of axes. */
  get ndim(): number {
    return this.value.ndim;
  }
  /** The value's number of elements. */
  get size(): number {
    return this.value.size;
  }
  /** The value's dtype. */
  get dtype(): NDArray["dtype"] {
    return this.value.dtype;
  }
  /** `Traced(array(…))`: the value's repr, marked as traced. */
  toString(): string {
    return `Traced(${this.value.toString()})`;
  }
}

/** Starts a tape with `x` as its variable. */
export function traceVariable(x: NDArray): { tape: Tape; variable: Traced } {
  const tape = new Tape();
  return { tape, variable: new Traced(x, tape, 0) };
}

let nextId = 1;

/**
 * Records `value` as the result of `fn` on `parents` (the traced operands, in order) with the
 * partial Jacobians `partials` (one per parent). Without traced operands, returns `value` as a
 * plain array.
 */
export function record(
  fn: string,
  value: NDArray,
  parents: readonly Traced[],
  partials: () => readonly LinearMap[],
  curvature?: (c: Float64Array) => readonly Curvature[],
): NDArray | Traced {
  if (parents.length === 0) return value;
  const tape = (parents[0] as Traced).tape;
  for (const p of parents) {
    if (p.tape !== tape) {
      throw new NDArrayError(`${fn}: values traced by two different jacobian calls are mixed; nested differentiation is not supported`);
    }
  }
  if (!tape.open) {
    throw new NDArrayError(`${fn}: this traced value escaped the jacobian call that created it; use its .value outside`);
  }
  const out = new Traced(value, tape, nextId++);
  let cached: readonly LinearMap[] | null = null;
  tape.nodes.push({
    out,
    parents,
    partials: () => (cached ??= partials()),
    ...(curvature ? { curvature } : {}),
  });
  return out;
}
