/**
 * Every elementwise function, declared once: numpy's name (its documentation is
 * `https://numpy.org/doc/stable/reference/generated/numpy.<numpy>.html`), numpy's type table
 * over this library's dtypes (`ufunc.types` without int64, float16, complex, …; checked against
 * numpy by test/ops/ufunc-table.test.ts), and the JavaScript expression of each loop on `a`, `b`,
 * `c` (with a helper `f` where one expression is not enough). Integer loops compute exactly in
 * float64 and let the store into the typed array wrap, as numpy's C loops do; float32 loops
 * compute in float64 and round once on the store.
 *
 * The machinery in ufunc.ts and elementwise.ts turns a row into a function with numpy's type
 * resolution, broadcasting, `{ out }` and overlap safety.
 *
 * @module
 */
import type { ScijsArray } from "../ndarray.js";
import { powC, powInt, tanh64 } from "./scalar-math.js";
import { cwiseKernel, refuseNegativeIntegerPowers, ufunc, type Ufunc } from "./ufunc.js";

export { tanh64 };

/** numpy's loops `xx->x` (or `xx->out` when `out` is given) for each type character in `codes`. */
const same = (codes: string, nin: number, out?: string): string =>
  [...codes].map((c) => `${c.repeat(nin)}->${out ?? c}`).join(" ");

const ALL = "?bBhHiIfd";
const NUMBERS = "bBhHiIfd";
const FLOATS = "fd";

const FLOAT_MAX = "(a>b||a!==a)?a:b";
const FLOAT_MIN = "(a<b||a!==a)?a:b";

/** The table. Keys are the public names; aliases are exported beside them. */
export const UFUNCS = {
  // arithmetic
  add: ufunc("add", { numpy: "add", types: same(ALL, 2), exprs: { "?": "a|b", "*": "a+b" } }),
  subtract: ufunc("subtract", {
    numpy: "subtract",
    types: same(NUMBERS, 2),
    exprs: { "*": "a-b" },
    refuseBool: "numpy's boolean subtract is not supported; use logicalXor (or bitwiseXor) instead",
  }),
  multiply: ufunc("multiply", { numpy: "multiply", types: same(ALL, 2), exprs: { "?": "a&b", int: "Math.imul(a,b)", "*": "a*b" } }),
  divide: ufunc("divide", { numpy: "divide", types: same(FLOATS, 2), exprs: { "*": "a/b" }, trueDivide: true }),
  power: ufunc("power", {
    numpy: "power",
    types: same(NUMBERS, 2),
    exprs: { int: ["f(a,b)", powInt], float: ["f(a,b)", powC] },
    check: refuseNegativeIntegerPowers,
  }),
  maximum: ufunc("maximum", { numpy: "maximum", types: same(ALL, 2), exprs: { float: FLOAT_MAX, "*": "a>b?a:b" } }),
  minimum: ufunc("minimum", { numpy: "minimum", types: same(ALL, 2), exprs: { float: FLOAT_MIN, "*": "a<b?a:b" } }),

  // unary arithmetic
  negative: ufunc("negative", {
    numpy: "negative",
    types: same(NUMBERS, 1),
    exprs: { "*": "-a" },
    refuseBool: "numpy's boolean negative is not supported; use logicalNot (or bitwiseInvert) instead",
  }),
  abs: ufunc("abs", { numpy: "absolute", types: same(ALL, 1), exprs: { "?": "a", "*": "Math.abs(a)" } }),
  square: ufunc("square", { numpy: "square", types: same(NUMBERS, 1), exprs: { int: "Math.imul(a,a)", "*": "a*a" } }),
  relu: ufunc("relu", { numpy: "maximum", types: same(ALL, 1), exprs: { "?": "a", float: "(a>0||a!==a)?a:0", "*": "a>0?a:0" } }),

  // exponentials, logarithms, powers
  exp: ufunc("exp", { numpy: "exp", types: same(FLOATS, 1), exprs: { "*": "Math.exp(a)" } }),
  log: ufunc("log", { numpy: "log", types: same(FLOATS, 1), exprs: { "*": "Math.log(a)" } }),
  sqrt: ufunc("sqrt", { numpy: "sqrt", types: same(FLOATS, 1), exprs: { "*": "Math.sqrt(a)" } }),
  sigmoid: ufunc("sigmoid", { numpy: "exp", types: same(FLOATS, 1), exprs: { "*": "1/(1+Math.exp(-a))" } }),

  // trigonometric and hyperbolic
  sin: ufunc("sin", { numpy: "sin", types: same(FLOATS, 1), exprs: { "*": "Math.sin(a)" } }),
  cos: ufunc("cos", { numpy: "cos", types: same(FLOATS, 1), exprs: { "*": "Math.cos(a)" } }),
  tanh: ufunc("tanh", { numpy: "tanh", types: same(FLOATS, 1), exprs: { "*": ["f(a)", tanh64] } }),

  // comparisons: bool results; NaN compares unequal to everything, itself included
  equal: ufunc("equal", { numpy: "equal", types: same(ALL, 2, "?"), exprs: { "*": "a===b" }, exactScalars: true }),
  notEqual: ufunc("notEqual", { numpy: "not_equal", types: same(ALL, 2, "?"), exprs: { "*": "a!==b" }, exactScalars: true }),
  less: ufunc("less", { numpy: "less", types: same(ALL, 2, "?"), exprs: { "*": "a<b" }, exactScalars: true }),
  lessEqual: ufunc("lessEqual", { numpy: "less_equal", types: same(ALL, 2, "?"), exprs: { "*": "a<=b" }, exactScalars: true }),
  greater: ufunc("greater", { numpy: "greater", types: same(ALL, 2, "?"), exprs: { "*": "a>b" }, exactScalars: true }),
  greaterEqual: ufunc("greaterEqual", { numpy: "greater_equal", types: same(ALL, 2, "?"), exprs: { "*": "a>=b" }, exactScalars: true }),
} satisfies Record<string, Ufunc>;

export type UfuncName = keyof typeof UFUNCS;

/** `out[i] = fn(a[i])` for any scalar function (`map`). */
export const mapKernel = cwiseKernel("map", "f(a)", 1, true) as (out: ScijsArray, a: ScijsArray, fn: (x: number) => number) => void;
