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
import {
  clipFloat,
  clipFloatScalars,
  copysign,
  floorDivide32,
  floorDivide64,
  logaddexp,
  logaddexp2,
  logaddexp232,
  logaddexp32,
  nextafter32,
  nextafter64,
  powC,
  powInt,
  remainderFloat,
  remainderInt,
  rint,
  signbit,
  tanh64,
} from "./scalar-math.js";
import { cwiseKernel } from "../scijs.js";
import { refuseNegativeIntegerPowers, ufunc, type Exprs, type Helper, type Ufunc, type UfuncDecl } from "./ufunc.js";

export { tanh64 };

/** numpy's loops `xx->x` (or `xx->out` when `out` is given) for each type character in `codes`. */
const same = (codes: string, nin: number, out?: string): string =>
  [...codes].map((c) => `${c.repeat(nin)}->${out ?? c}`).join(" ");
/** A float function of one input: numpy's `f->f d->d` loops calling `Math.<name>`. */
const math = (numpy: string, fn: string): UfuncDecl => ({ numpy, types: same(FLOATS, 1), exprs: { "*": `Math.${fn}(a)` } });

/** Shifts by the bit width of each integer loop: numpy gives 0 (or -1 for a negative `a >> b`) from there on. */
const WIDTH = { b: 8, B: 8, h: 16, H: 16, i: 32, I: 32 } as const;
const shifts = (expr: (width: number, code: string) => string): Exprs =>
  Object.fromEntries(Object.entries(WIDTH).map(([c, w]) => [c, expr(w, c)]));

const ALL = "?bBhHiIfd";
const INTS = "bBhHiI";
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
  // 1 / (1 + e⁻ᵃ) in float64, rounded once to the result dtype (docs/numpy-differences.md)
  sigmoid: ufunc("sigmoid", { numpy: "exp", types: same(FLOATS, 1), exprs: { "*": "1/(1+Math.exp(-a))" } }),

  // trigonometric and hyperbolic
  sin: ufunc("sin", { numpy: "sin", types: same(FLOATS, 1), exprs: { "*": "Math.sin(a)" } }),
  cos: ufunc("cos", { numpy: "cos", types: same(FLOATS, 1), exprs: { "*": "Math.cos(a)" } }),
  tanh: ufunc("tanh", { numpy: "tanh", types: same(FLOATS, 1), exprs: { "*": ["f(a)", tanh64] } }),

  // comparisons: bool results; NaN compares unequal to everything, itself included
  equal: ufunc("equal", { numpy: "equal", types: same(ALL, 2, "?"), exprs: { "*": "a===b" }, outOfRange: "float64" }),
  notEqual: ufunc("notEqual", { numpy: "not_equal", types: same(ALL, 2, "?"), exprs: { "*": "a!==b" }, outOfRange: "float64" }),
  less: ufunc("less", { numpy: "less", types: same(ALL, 2, "?"), exprs: { "*": "a<b" }, outOfRange: "float64" }),
  lessEqual: ufunc("lessEqual", { numpy: "less_equal", types: same(ALL, 2, "?"), exprs: { "*": "a<=b" }, outOfRange: "float64" }),
  greater: ufunc("greater", { numpy: "greater", types: same(ALL, 2, "?"), exprs: { "*": "a>b" }, outOfRange: "float64" }),
  greaterEqual: ufunc("greaterEqual", { numpy: "greater_equal", types: same(ALL, 2, "?"), exprs: { "*": "a>=b" }, outOfRange: "float64" }),

  // logic: any dtype, read as its truth value (NaN is true); bool results
  logicalAnd: ufunc("logicalAnd", { outOfRange: "float64", numpy: "logical_and", types: same(ALL, 2, "?"), exprs: { "?": "a&b", "*": "a!==0&&b!==0" } }),
  logicalOr: ufunc("logicalOr", { outOfRange: "float64", numpy: "logical_or", types: same(ALL, 2, "?"), exprs: { "?": "a|b", "*": "a!==0||b!==0" } }),
  logicalXor: ufunc("logicalXor", { outOfRange: "float64", numpy: "logical_xor", types: same(ALL, 2, "?"), exprs: { "?": "a^b", "*": "(a!==0)!==(b!==0)" } }),
  logicalNot: ufunc("logicalNot", { numpy: "logical_not", types: same(ALL, 1, "?"), exprs: { "*": "a===0" } }),

  // predicates
  isnan: ufunc("isnan", { numpy: "isnan", types: same(ALL, 1, "?"), exprs: { float: "a!==a", "*": "false" } }),
  isinf: ufunc("isinf", { numpy: "isinf", types: same(ALL, 1, "?"), exprs: { float: "a===Infinity||a===-Infinity", "*": "false" } }),
  isfinite: ufunc("isfinite", { numpy: "isfinite", types: same(ALL, 1, "?"), exprs: { float: "a-a===0", "*": "true" } }),
  signbit: ufunc("signbit", { numpy: "signbit", types: same(FLOATS, 1, "?"), exprs: { "*": ["f(a)", signbit as unknown as Helper] } }),

  // selection: where(cond, x, y) and clip(x, lo, hi) (numpy 2: NaN anywhere gives NaN, lo > hi gives hi)
  where: ufunc("where", {
    numpy: "where",
    types: [...ALL].map((c) => `?${c}${c}->${c}`).join(" "),
    exprs: { "*": "a!==0?b:c" },
    condition: true,
    outOfRange: "wrap",
  }),
  clip: ufunc("clip", {
    numpy: "clip",
    types: same(ALL, 3),
    exprs: { float: ["f(a,b,c)", clipFloat], "*": "a<b?(b<c?b:c):(a<c?a:c)" },
  }),
  /** clip with two scalar bounds: numpy's fast path, whose ties differ in the sign of zero. */
  clipScalars: ufunc("clip", { numpy: "clip", types: same(ALL, 3), exprs: { float: ["f(a,b,c)", clipFloatScalars], "*": "a<b?(b<c?b:c):(a<c?a:c)" } }),

  // rounding: integers and bool are returned as they are
  floor: ufunc("floor", { numpy: "floor", types: same(ALL, 1), exprs: { float: "Math.floor(a)", "*": "a" } }),
  ceil: ufunc("ceil", { numpy: "ceil", types: same(ALL, 1), exprs: { float: "Math.ceil(a)", "*": "a" } }),
  trunc: ufunc("trunc", { numpy: "trunc", types: same(ALL, 1), exprs: { float: "Math.trunc(a)", "*": "a" } }),
  rint: ufunc("rint", { numpy: "rint", types: same(FLOATS, 1), exprs: { "*": ["f(a)", rint] } }),

  // more arithmetic
  positive: ufunc("positive", {
    numpy: "positive",
    types: same(NUMBERS, 1),
    exprs: { "*": "a" },
    refuseBool: "numpy's positive has no bool loop; convert first, e.g. array(x, { dtype: \"int8\" })",
  }),
  conj: ufunc("conj", { numpy: "conjugate", types: same(NUMBERS, 1), exprs: { "*": "a" } }),
  sign: ufunc("sign", {
    numpy: "sign",
    types: same(NUMBERS, 1),
    exprs: { float: "a>0?1:a<0?-1:a===0?0:a", "*": "a>0?1:a<0?-1:0" },
    refuseBool: "numpy's sign has no bool loop; convert first, e.g. array(x, { dtype: \"int8\" })",
  }),
  // numpy's integer reciprocal is C's (int)(1.0 / a): 1 / 0 converts to INT_MIN for int32, 0 for narrower types
  reciprocal: ufunc("reciprocal", {
    numpy: "reciprocal",
    types: same(NUMBERS, 1),
    exprs: { float: "1/a", i: "a===0?-2147483648:Math.trunc(1/a)", "*": "a===0?0:Math.trunc(1/a)" },
    int64: "a===0?-9223372036854775808:Math.trunc(1/a)+0",
  }),
  floorDivide: ufunc("floorDivide", {
    numpy: "floor_divide",
    types: same(NUMBERS, 2),
    exprs: { f: ["f(a,b)", floorDivide32], d: ["f(a,b)", floorDivide64], "*": "b===0?0:Math.floor(a/b)" },
    int64: "b===0?0:Math.floor(a/b)+0",
  }),
  remainder: ufunc("remainder", {
    numpy: "remainder",
    types: same(NUMBERS, 2),
    exprs: { float: ["f(a,b)", remainderFloat], "*": ["f(a,b)", remainderInt] },
    int64: ["f(a,b)+0", remainderInt],
  }),
  fmod: ufunc("fmod", { numpy: "fmod", types: same(NUMBERS, 2), exprs: { float: "a%b", "*": "b===0?0:a%b" }, int64: "b===0?0:a%b+0" }),
  copysign: ufunc("copysign", { numpy: "copysign", types: same(FLOATS, 2), exprs: { "*": ["f(a,b)", copysign] } }),
  nextafter: ufunc("nextafter", { numpy: "nextafter", types: same(FLOATS, 2), exprs: { f: ["f(a,b)", nextafter32], d: ["f(a,b)", nextafter64] } }),
  hypot: ufunc("hypot", { numpy: "hypot", types: same(FLOATS, 2), exprs: { "*": "Math.hypot(a,b)" } }),
  logaddexp: ufunc("logaddexp", { numpy: "logaddexp", types: same(FLOATS, 2), exprs: { f: ["f(a,b)", logaddexp32], d: ["f(a,b)", logaddexp] } }),
  logaddexp2: ufunc("logaddexp2", { numpy: "logaddexp2", types: same(FLOATS, 2), exprs: { f: ["f(a,b)", logaddexp232], d: ["f(a,b)", logaddexp2] } }),
  fmax: ufunc("fmax", { numpy: "fmax", types: same(ALL, 2), exprs: { float: "(a>b||b!==b)?a:b", "*": "a>b?a:b" } }),
  fmin: ufunc("fmin", { numpy: "fmin", types: same(ALL, 2), exprs: { float: "(a<b||b!==b)?a:b", "*": "a<b?a:b" } }),

  // exponentials and logarithms
  expm1: ufunc("expm1", math("expm1", "expm1")),
  exp2: ufunc("exp2", { numpy: "exp2", types: same(FLOATS, 1), exprs: { "*": "2**a" } }),
  log1p: ufunc("log1p", math("log1p", "log1p")),
  log2: ufunc("log2", math("log2", "log2")),
  log10: ufunc("log10", math("log10", "log10")),
  cbrt: ufunc("cbrt", math("cbrt", "cbrt")),

  // trigonometric and hyperbolic
  tan: ufunc("tan", math("tan", "tan")),
  acos: ufunc("acos", math("arccos", "acos")),
  asin: ufunc("asin", math("arcsin", "asin")),
  atan: ufunc("atan", math("arctan", "atan")),
  atan2: ufunc("atan2", { numpy: "arctan2", types: same(FLOATS, 2), exprs: { "*": "Math.atan2(a,b)" } }),
  sinh: ufunc("sinh", math("sinh", "sinh")),
  cosh: ufunc("cosh", math("cosh", "cosh")),
  acosh: ufunc("acosh", math("arccosh", "acosh")),
  asinh: ufunc("asinh", math("arcsinh", "asinh")),
  atanh: ufunc("atanh", math("arctanh", "atanh")),

  // bitwise: bool and integers
  bitwiseAnd: ufunc("bitwiseAnd", { numpy: "bitwise_and", types: same("?" + INTS, 2), exprs: { "*": "a&b" } }),
  bitwiseOr: ufunc("bitwiseOr", { numpy: "bitwise_or", types: same("?" + INTS, 2), exprs: { "*": "a|b" } }),
  bitwiseXor: ufunc("bitwiseXor", { numpy: "bitwise_xor", types: same("?" + INTS, 2), exprs: { "*": "a^b" } }),
  bitwiseInvert: ufunc("bitwiseInvert", { numpy: "invert", types: same("?" + INTS, 1), exprs: { "?": "a^1", "*": "~a" } }),
  bitwiseLeftShift: ufunc("bitwiseLeftShift", {
    numpy: "left_shift",
    types: same(INTS, 2),
    exprs: shifts((w) => `(b>=0&&b<${w})?a<<b:0`),
  }),
  bitwiseRightShift: ufunc("bitwiseRightShift", {
    numpy: "right_shift",
    types: same(INTS, 2),
    exprs: shifts((w, c) => (c === "I" ? `(b>=0&&b<32)?a>>>b:0` : `(b>=0&&b<${w})?a>>b:(a<0?-1:0)`)),
  }),
} satisfies Record<string, Ufunc>;

export type UfuncName = keyof typeof UFUNCS;

/** `out[i] = fn(a[i])` for any scalar function (`map`). */
export const mapKernel = cwiseKernel("map", "f(a)", 1, true) as (out: ScijsArray, a: ScijsArray, fn: (x: number) => number) => void;
