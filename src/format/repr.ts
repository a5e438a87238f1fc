/**
 * numpy's `repr` for arrays (`numpy/_core/arrayprint.py` with default print options: precision 8,
 * floatmode "maxprec", linewidth 75, threshold 1000, edgeitems 3), and a LaTeX `bmatrix`.
 *
 * @module
 */
import type { DType } from "../dtype.js";
import type { Shape } from "../validate.js";
import { formatShape } from "./format-shape.js";
import { positionalParts, scientificParts, shortestDigits } from "./float-digits.js";

/** What printing needs of an array: its shape, dtype and a way to read one element. */
export interface Printable {
  readonly shape: Shape;
  readonly dtype: DType;
  at(index: readonly number[]): number;
}

const LINE_WIDTH = 75;
const THRESHOLD = 1000;
const EDGE_ITEMS = 3;
const PRECISION = 8;
const SEPARATOR = ", ";

type ElementFormat = (x: number) => string;

/** The text numpy's `repr` prints for the same array: `array([[1., 2.],\n       [3., 4.]])`. */
export function formatRepr(a: Printable): string {
  const prefix = "array(";
  const size = a.shape.reduce((p, d) => p * d, 1);
  let body: string;
  if (size === 0) {
    body = "[]";
  } else {
    const summary = size > THRESHOLD ? "..." : "";
    const format = elementFormat(a.dtype, cornerValues(a, summary !== ""), a.shape.length === 0);
    body = formatArray(a, format, LINE_WIDTH - 1, " ".repeat(prefix.length + 1), summary);
  }
  const extras: string[] = [];
  const isEmptyVector = a.shape.length === 1 && a.shape[0] === 0;
  if ((size === 0 && !isEmptyVector) || size > THRESHOLD) extras.push(`shape=${formatShape(a.shape)}`);
  // numpy leaves out the dtypes a literal would have (float64 and bool here) unless the array is empty
  if ((a.dtype !== "float64" && a.dtype !== "bool") || size === 0) extras.push(`dtype=${a.dtype}`);
  if (extras.length === 0) return `${prefix}${body})`;
  const head = `${prefix}${body},`;
  const tail = `${extras.join(", ")})`;
  const lastLine = head.length - (head.lastIndexOf("\n") + 1);
  const spacer = lastLine + tail.length + 1 > LINE_WIDTH ? "\n" + " ".repeat(prefix.length) : " ";
  return head + spacer + tail;
}

/** The values numpy looks at to choose a format: all of them, or the corners of a summarised array. */
function cornerValues(a: Printable, summarise: boolean): number[] {
  const values: number[] = [];
  const index: number[] = [];
  const visit = (axis: number): void => {
    if (axis === a.shape.length) {
      values.push(a.at(index));
      return;
    }
    const n = a.shape[axis] as number;
    for (let i = 0; i < n; i++) {
      if (summarise && n > 2 * EDGE_ITEMS && i === EDGE_ITEMS) i = n - EDGE_ITEMS;
      index[axis] = i;
      visit(axis + 1);
    }
  };
  visit(0);
  return values;
}

function elementFormat(dtype: DType, values: readonly number[], zeroD: boolean): ElementFormat {
  if (dtype === "float64" || dtype === "float32") return floatFormat(values, dtype === "float32");
  // numpy's BoolFormat: " True" inside an array whatever the other elements, "True" alone
  if (dtype === "bool") return (x) => (x !== 0 ? (zeroD ? "True" : " True") : "False");
  let width = 0;
  for (const v of values) width = Math.max(width, String(v).length);
  return (x) => String(x).padStart(width);
}

/** numpy's `FloatingFormat` with sign "-", floatmode "maxprec" and suppress off. */
function floatFormat(values: readonly number[], float32: boolean): ElementFormat {
  const finite = values.filter((v) => Number.isFinite(v));
  let expFormat = false;
  let maxAbs = 0;
  let minAbs = Infinity;
  for (const v of finite) {
    if (v === 0) continue;
    const a = Math.abs(v);
    maxAbs = Math.max(maxAbs, a);
    minAbs = Math.min(minAbs, a);
  }
  if (maxAbs > 0) {
    const cutoff = float32 ? 1e6 : 1e8;
    const ratio = float32 ? Math.fround(maxAbs / minAbs) : maxAbs / minAbs;
    expFormat = maxAbs >= cutoff || minAbs < 1e-4 || ratio > 1000;
  }
  let padLeft = 0;
  let padRight = 0;
  let precision = PRECISION;
  let expSize = 2;
  if (finite.length > 0 && expFormat) {
    const parts = finite.map((v) => scientificParts(v, PRECISION, float32));
    precision = Math.max(...parts.map((p) => p[1].length));
    expSize = Math.max(2, ...parts.map((p) => String(Math.abs(p[2])).length));
    padLeft = Math.max(...parts.map((p) => p[0].length));
    padRight = expSize + 2 + precision;
  } else if (finite.length > 0) {
    const parts = finite.map((v) => positionalParts(v, PRECISION, float32));
    padLeft = Math.max(...parts.map((p) => p[0].length));
    padRight = Math.max(...parts.map((p) => p[1].length));
  }
  if (finite.length !== values.length) {
    const negInf = values.some((v) => v === -Infinity) ? 1 : 0;
    padLeft = Math.max(padLeft, 3 - (padRight + 1), 3 + negInf - (padRight + 1));
  }
  const width = padLeft + padRight + 1;
  return (x) => {
    if (Number.isNaN(x)) return "nan".padStart(width);
    if (!Number.isFinite(x)) return (x < 0 ? "-inf" : "inf").padStart(width);
    if (expFormat) {
      const [int, frac, exp] = scientificParts(x, precision, float32, precision);
      const e = String(Math.abs(exp)).padStart(expSize, "0");
      return `${int.padStart(padLeft)}.${frac}e${exp < 0 ? "-" : "+"}${e}`;
    }
    const [int, frac] = positionalParts(x, precision, float32);
    return `${int.padStart(padLeft)}.${frac.padEnd(padRight)}`;
  };
}

/** numpy's `_formatArray`: nested brackets, separators, wrapping at the line width, summaries. */
function formatArray(
  a: Printable,
  format: ElementFormat,
  lineWidth: number,
  nextLinePrefix: string,
  summaryInsert: string,
): string {
  const ndim = a.shape.length;
  const recurse = (index: number[], hanging: string, width: number): string => {
    const axis = index.length;
    const axesLeft = ndim - axis;
    if (axesLeft === 0) return format(a.at(index));
    const nextHanging = hanging + " ";
    const nextWidth = width - 1;
    const n = a.shape[axis] as number;
    const showSummary = summaryInsert !== "" && 2 * EDGE_ITEMS < n;
    const leading = showSummary ? EDGE_ITEMS : 0;
    const trailing = showSummary ? EDGE_ITEMS : n;
    const child = (i: number): string => recurse([...index, i], nextHanging, nextWidth);
    let s = "";
    if (axesLeft === 1) {
      const elemWidth = width - Math.max(SEPARATOR.trimEnd().length, 1);
      let line = hanging;
      const extend = (word: string): void => {
        [s, line] = extendLine(s, line, word, elemWidth, hanging);
      };
      for (let i = 0; i < leading; i++) {
        extend(child(i));
        line += SEPARATOR;
      }
      if (showSummary) {
        extend(summaryInsert);
        line += SEPARATOR;
      }
      for (let i = trailing; i > 1; i--) {
        extend(child(n - i));
        line += SEPARATOR;
      }
      extend(child(n - 1));
      s += line;
    } else {
      const lineSep = SEPARATOR.trimEnd() + "\n".repeat(axesLeft - 1);
      for (let i = 0; i < leading; i++) s += hanging + child(i) + lineSep;
      if (showSummary) s += hanging + summaryInsert + lineSep;
      for (let i = trailing; i > 1; i--) s += hanging + child(n - i) + lineSep;
      s += hanging + child(n - 1);
    }
    return "[" + s.slice(hanging.length) + "]";
  };
  return recurse([], nextLinePrefix, lineWidth);
}

function extendLine(s: string, line: string, word: string, width: number, prefix: string): [string, string] {
  const needsWrap = line.length + word.length > width && line.length > prefix.length;
  if (needsWrap) {
    s += line.trimEnd() + "\n";
    line = prefix;
  }
  return [s, line + word];
}

/** One number for LaTeX: shortest digits, `\infty`, `\mathrm{NaN}`, and `1.5 \times 10^{-7}`. */
function latexNumber(x: number, float32: boolean): string {
  if (Number.isNaN(x)) return "\\mathrm{NaN}";
  if (!Number.isFinite(x)) return x < 0 ? "-\\infty" : "\\infty";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const d = shortestDigits(Math.abs(x), float32);
  if (d.exp >= 16 || d.exp <= -7) {
    const mantissa = d.digits.length > 1 ? `${d.digits[0]}.${d.digits.slice(1)}` : d.digits;
    return `${sign}${mantissa} \\times 10^{${d.exp}}`;
  }
  const [int, frac] = positionalParts(Math.abs(x), 17, float32);
  return sign + (frac ? `${int}.${frac}` : int);
}

/**
 * A LaTeX `bmatrix`: a 2-D array as its rows, a 1-D array as a column vector (the tutorial's
 * convention), a 0-d array as its number. Other ranks are refused by the caller.
 */
export function formatLatex(a: Printable): string {
  const f32 = a.dtype === "float32";
  const num = (index: number[]): string =>
    a.dtype === "bool" ? (a.at(index) !== 0 ? "\\mathrm{True}" : "\\mathrm{False}") : latexNumber(a.at(index), f32);
  if (a.shape.length === 0) return num([]);
  const rows: string[] = [];
  const [m, n] = a.shape as [number, number | undefined];
  for (let i = 0; i < m; i++) {
    if (n === undefined) rows.push(num([i]));
    else rows.push(Array.from({ length: n }, (_, j) => num([i, j])).join(" & "));
  }
  return `\\begin{bmatrix} ${rows.join(" \\\\ ")} \\end{bmatrix}`;
}
