/**
 * `explainBroadcast`: what broadcasting does to each operand, step by step — left-padding with
 * 1s, stretching size-1 axes — and the same thing written as products with all-ones vectors.
 *
 * @module
 */
import { formatShape } from "../format/format-shape.js";
import { checkOptions, checkShape, copyList, type Shape } from "../validate.js";
import { resolveBroadcast } from "./broadcast-shapes.js";

/** What broadcasting does to one operand. */
export interface OperandExplanation {
  /** The label used in the formulas (`a`, `b`, … unless names were given). */
  name: string;
  /** The operand's shape as given. */
  shape: Shape;
  /** The shape left-padded with 1s to the result's rank. */
  padded: Shape;
  /** Axes (of the result, 0-based) added on the left by padding. */
  added: number[];
  /** Axes (of the result, 0-based) where size 1 is stretched; added axes included. */
  stretched: number[];
  /** The broadcast as products with all-ones vectors, e.g. `1₂ ⊗ aᵀ`; empty when broadcasting failed. */
  onesProduct: string;
}

/** One axis of the result, counted from the end as numpy does. */
export interface AxisExplanation {
  /** Negative: -1 is the last axis. */
  axis: number;
  /** Each operand's size on this axis after padding. */
  sizes: number[];
  /** The result's size, or `null` when the sizes conflict. */
  size: number | null;
}

/** The whole explanation; `toString()` gives it as text. */
export interface BroadcastExplanation {
  /** Whether the shapes broadcast. */
  ok: boolean;
  /** The broadcast shape, or `null` when the shapes do not broadcast. */
  shape: Shape | null;
  /** What happens to each operand, in order. */
  operands: OperandExplanation[];
  /** Each axis of the result, left to right. */
  axes: AxisExplanation[];
  /** The explanation as text, one line per operand (and per failing axis). */
  toString(): string;
}

const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
const sub = (n: number): string => String(n).replace(/[0-9]/g, (d) => SUBSCRIPTS[Number(d)] as string);
const ones = (n: number): string => `1${sub(n)}`;

/**
 * The matrix form of one operand's broadcast for results of rank ≤ 2 (`1₂ ⊗ aᵀ`, `a ⊗ 1₃ᵀ`),
 * and an axis-by-axis tensor form beyond.
 */
function onesProduct(name: string, shape: Shape, padded: Shape, result: Shape): string {
  const stretched = result.map((n, i) => (padded[i] as number) !== n);
  if (!stretched.some(Boolean)) return shape.length === result.length ? name : `${name} reshaped to ${formatShape(result)}`;
  if (result.length === 1) return `${name} ${ones(result[0] as number)}`;
  if (result.length === 2) {
    const [m, n] = result as [number, number];
    const [rows, cols] = stretched as [boolean, boolean];
    if (rows && cols) return `${name} ${ones(m)} ${ones(n)}ᵀ`;
    const x = shape.length === 1 ? `${name}ᵀ` : name;
    return rows ? `${ones(m)} ⊗ ${x}` : `${x} ⊗ ${ones(n)}ᵀ`;
  }
  const factors = result.flatMap((n, i) => (stretched[i] ? [`${ones(n)} on axis ${i}`] : []));
  return `${name} ⊗ ${factors.join(" ⊗ ")}`;
}

/**
 * Explains how `shapes` broadcast: per operand, the shape left-padded with 1s, the axes that
 * stretch and the equivalent product with all-ones vectors; per axis, the sizes. It never
 * throws on shapes that do not broadcast: it says which axis fails. Give `{ names }` to label the
 * operands (default `a`, `b`, `c`, …).
 *
 * @example
 * import { explainBroadcast } from "ndarray-broadcast";
 * console.log(explainBroadcast([3], [2, 3], { names: ["v", "A"] }).toString());
 * // => v: (3,) → (1, 3) → 1₂ ⊗ vᵀ = (2, 3)
 * //    A: (2, 3) = (2, 3)
 * console.log(explainBroadcast([2, 3], [4]).toString());
 * // => a: (2, 3)
 * //    b: (4,) → (1, 4)
 * //    axis -1: 3 vs 4 — cannot broadcast (sizes must be equal, or one of them 1)
 */
export function explainBroadcast(
  ...args: (number | readonly number[] | { names: readonly string[] })[]
): BroadcastExplanation {
  const last = args[args.length - 1];
  const hasOptions = typeof last === "object" && last !== null && !Array.isArray(last);
  if (hasOptions) checkOptions("explainBroadcast", last, ["names"]);
  const given: unknown = hasOptions ? (last as { names?: unknown }).names : undefined;
  const names = given === undefined ? [] : copyList("explainBroadcast", given, "names", "an array of strings").map((n) => (typeof n === "string" ? n : undefined));
  const shapes = (hasOptions ? args.slice(0, -1) : args).map((s) =>
    checkShape("explainBroadcast", s, { allocate: false }),
  );
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const resolved = resolveBroadcast(shapes);
  const shape = "shape" in resolved ? resolved.shape : null;
  const label = (k: number): string => names[k] ?? String.fromCharCode(97 + (k % 26)) + (k >= 26 ? sub(Math.floor(k / 26)) : "");
  const operands = shapes.map((s, k): OperandExplanation => {
    const padded = [...new Array<number>(rank - s.length).fill(1), ...s];
    const added = Array.from({ length: rank - s.length }, (_, i) => i);
    const stretched = shape ? shape.flatMap((n, i) => ((padded[i] as number) !== n ? [i] : [])) : [];
    return {
      name: label(k),
      shape: s,
      padded,
      added,
      stretched,
      onesProduct: shape ? onesProduct(label(k), s, padded, shape) : "",
    };
  });
  const axes = Array.from({ length: rank }, (_, i): AxisExplanation => {
    const sizes = operands.map((o) => o.padded[i] as number);
    const big = new Set(sizes.filter((d) => d !== 1));
    return { axis: i - rank, sizes, size: big.size > 1 ? null : big.size === 1 ? [...big][0] as number : 1 };
  });
  const text = (): string => {
    const lines = operands.map((o) => {
      const steps = [formatShape(o.shape)];
      if (o.added.length > 0) steps.push(formatShape(o.padded));
      if (!shape) return `${o.name}: ${steps.join(" → ")}`;
      if (o.stretched.length > 0) steps.push(o.onesProduct);
      return `${o.name}: ${steps.join(" → ")} = ${formatShape(shape)}`;
    });
    if (!shape) {
      for (const ax of axes) {
        if (ax.size === null) {
          lines.push(`axis ${ax.axis}: ${ax.sizes.join(" vs ")} — cannot broadcast (sizes must be equal, or one of them 1)`);
        }
      }
    }
    return lines.join("\n");
  };
  return { ok: shape !== null, shape, operands, axes, toString: text };
}
