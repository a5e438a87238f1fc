/**
 * What an elementwise function is made of, declared once per function in kernels.ts: numpy's
 * type table (its loops over this library's dtypes, in numpy's order), the JavaScript expression
 * of each loop, and numpy's type resolution — the first loop every input casts to safely, after
 * weak scalars (NEP 50) took their dtypes. The machinery in elementwise.ts gives every declared
 * function broadcasting, `{ out }`, overlap safety and nothing-written-on-error.
 *
 * @module
 */
import { canCastSafely, DTYPES, weakScalarDType, type DType } from "../dtype.js";
import { DTypeError } from "../errors.js";
import { viewOf, type ScijsArray } from "../ndarray.js";
import { cwiseKernel } from "../scijs.js";
import { binaryLoop, ternaryLoop, unaryLoop, type BinaryLoop, type TernaryLoop, type UnaryLoop } from "./loops.js";
import type { Operand } from "./operand.js";

/** numpy's type characters for the dtypes this library has. */
const CODES: Readonly<Record<string, DType>> = {
  "?": "bool",
  b: "int8",
  B: "uint8",
  h: "int16",
  H: "uint16",
  i: "int32",
  I: "uint32",
  f: "float32",
  d: "float64",
};

/** A scalar helper a loop expression calls as `f(a)`, `f(a, b)` or `f(a, b, c)`. */
export type Helper = (...args: number[]) => number;

/** A loop's body: a JavaScript expression on `a`, `b`, `c`, optionally with its helper `f`. */
export type Expr = string | readonly [string, Helper];

/**
 * Which expression a loop runs, looked up in this order: the loop's signature (`"ff->f"`), its
 * first input's type character (`"f"`), its group (`bool`: `?`; `int`: `bBhHiI`; `float`: `fd`),
 * then `"*"`.
 */
export type Exprs = Readonly<Partial<Record<string, Expr>>>;

/** One elementwise function as declared in the table. */
export interface UfuncDecl {
  /** numpy's name, for the documentation link `https://numpy.org/doc/stable/reference/generated/numpy.<numpy>.html`. */
  readonly numpy: string;
  /** numpy's loops over this library's dtypes, in numpy's order: `"??->? bb->b … dd->d"`. */
  readonly types: string;
  /** The expression of each loop. */
  readonly exprs: Exprs;
  /**
   * numpy's true-division resolver: when no input is a float, the loop is float64's (and a JS
   * integer with an integer array is not checked against the array's range).
   */
  readonly trueDivide?: boolean;
  /**
   * What a JS integer outside an integer array's range does: numpy's `OverflowError` (a
   * `DTypeError`; the default); `"float64"`: compared exactly in float64, as numpy 2's
   * comparisons; `"wrap"`: wraps into the dtype, as numpy 2's `where` does.
   */
  readonly outOfRange?: "float64" | "wrap";
  /**
   * The first input is a condition (`where`): any dtype, read as its truth value; it resolves as
   * bool and takes no part in the dtype the weak scalars take.
   */
  readonly condition?: boolean;
  /**
   * numpy's refusal of boolean `-` and unary `-`: when every input is bool, a `DTypeError` with
   * this advice (numpy's linear search would otherwise pick the int8 loop).
   */
  readonly refuseBool?: string;
  /**
   * The expression of numpy's int64 loop where its integer rules differ from the float ones
   * (division by zero gives 0): run in float64, which stands in for int64, when every input is an
   * integer or bool but the resolution landed on the float64 loop (`int32` with `uint32`, bool
   * with a JS integer, two JS integers).
   */
  readonly int64?: Expr;
  /** A check of the operands' values once the loop is known (integer powers refuse negative exponents). */
  readonly check?: (fn: string, loop: Loop, ...operands: Operand[]) => void;
}

/** A compiled loop: its dtypes, expression, helper, the strided loop and (made on first use) the cwise kernel. */
export interface Loop {
  readonly signature: string;
  readonly inputs: readonly DType[];
  readonly output: DType;
  readonly expr: string;
  readonly f: Helper | undefined;
  readonly loop: UnaryLoop & BinaryLoop & TernaryLoop;
  /** The cwise kernel `(out, a[, b[, c]])` (as ndarray-ops makes them) for large strided layouts. */
  kernel(): (...arrays: ScijsArray[]) => void;
}

/** A declared function with its loops, ready for the machinery. */
export interface Ufunc extends UfuncDecl {
  /** The name errors use (the public camelCase name). */
  readonly name: string;
  /** How many inputs (1, 2 or 3). */
  readonly nin: number;
  readonly loops: readonly Loop[];
  /** The resolved loop by the input dtypes' indices (`null`: none). */
  readonly cache: (Loop | null | undefined)[];
  /** No float loop (bitwise functions, shifts): a JS integer that numpy would make int64 is int32 here when it fits. */
  readonly integerOnly: boolean;
  /** The float64 loop with {@link UfuncDecl.int64}'s expression, when the row has one. */
  readonly int64Loop: Loop | undefined;
  /**
   * Arrays alone resolve by their dtypes alone: no condition input, no int64 stand-in and no
   * check of the values (the elementwise machinery's short path for array operands).
   */
  readonly direct: boolean;
  /** The last resolution of {@link loopFor}: its input dtypes and loop (a call in a loop resolves once). */
  last: { d0: DType | undefined; d1: DType | undefined; d2: DType | undefined; loop: Loop | null };
}

const DTYPE_NAMES = Object.keys(DTYPES) as DType[];
/** Each dtype's position in {@link DTYPES}, for the resolution cache. */
export const DTYPE_INDEX: Readonly<Record<DType, number>> = Object.fromEntries(DTYPE_NAMES.map((d, i) => [d, i])) as Record<DType, number>;
const NT = DTYPE_NAMES.length;

const GROUPS: Readonly<Record<string, string>> = { "?": "bool", b: "int", B: "int", h: "int", H: "int", i: "int", I: "int", f: "float", d: "float" };

/** Every compiled loop body by expression and helper: functions sharing one body share the compiled loops. */
const compiled = new Map<string, Map<Helper | undefined, Loop["loop"]>>();

function makeLoop(name: string, signature: string, exprs: Exprs, nin: number): Loop {
  const [ins, outs] = signature.split("->") as [string, string];
  const first = ins[0] as string;
  const chosen = exprs[signature] ?? exprs[first] ?? exprs[GROUPS[first] as string] ?? exprs["*"];
  if (chosen === undefined) throw new Error(`${name}: no expression for loop ${signature}`);
  const [expr, f] = typeof chosen === "string" ? [chosen, undefined] : chosen;
  let byHelper = compiled.get(expr);
  if (!byHelper) compiled.set(expr, (byHelper = new Map()));
  let loop = byHelper.get(f);
  if (!loop) {
    loop = (nin === 1 ? unaryLoop(expr) : nin === 2 ? binaryLoop(expr) : ternaryLoop(expr)) as Loop["loop"];
    byHelper.set(f, loop);
  }
  let kernel: ((...arrays: ScijsArray[]) => void) | undefined;
  return {
    signature,
    inputs: [...ins].map((c) => CODES[c] as DType),
    output: CODES[outs] as DType,
    expr,
    f,
    loop,
    kernel: () => {
      if (kernel === undefined) {
        const k = cwiseKernel(`${name}_${signature.replace("->", "_").replaceAll("?", "bool")}`, expr, nin, f !== undefined);
        kernel = f ? (...a: ScijsArray[]) => k(...a, f) : k;
      }
      return kernel;
    },
  };
}

/** Declares a function of the table under its public `name`. */
export function ufunc(name: string, decl: UfuncDecl): Ufunc {
  const signatures = decl.types.split(" ");
  const nin = (signatures[0] as string).indexOf("-");
  // every field written out, in one order: every row has one object shape, so the machinery's
  // reads of a row stay monomorphic however many functions a program calls (bench/ W10)
  return {
    numpy: decl.numpy,
    types: decl.types,
    exprs: decl.exprs,
    trueDivide: decl.trueDivide,
    outOfRange: decl.outOfRange,
    condition: decl.condition,
    refuseBool: decl.refuseBool,
    int64: decl.int64,
    check: decl.check,
    name,
    nin,
    loops: signatures.map((s) => makeLoop(name, s, decl.exprs, nin)),
    cache: new Array<Loop | null | undefined>(NT ** nin),
    integerOnly: !signatures.some((s) => /[fd]/.test(s)),
    int64Loop: decl.int64 === undefined ? undefined : makeLoop(`${name}_int64`, `${"d".repeat(nin)}->d`, { "*": decl.int64 }, nin),
    direct: !decl.condition && decl.int64 === undefined && decl.check === undefined,
    last: { d0: undefined, d1: undefined, d2: undefined, loop: null },
  };
}

/** `"int8 and uint8"`: the operands' dtypes as a message shows them. */
const listDTypes = (dtypes: readonly DType[]): string => dtypes.join(dtypes.length === 2 ? " and " : ", ");

/** numpy's linear search: the first loop whose inputs every input dtype casts to safely. */
function search(u: Ufunc, dtypes: readonly DType[]): Loop | null {
  if (u.refuseBool !== undefined && dtypes.every((d) => d === "bool")) return null;
  if (u.trueDivide && dtypes.every((d) => DTYPES[d].kind !== "f")) dtypes = dtypes.map(() => "float64");
  for (const loop of u.loops) {
    if (dtypes.every((d, i) => canCastSafely(d, loop.inputs[i] as DType))) return loop;
  }
  return null;
}

/** The loop for these input dtypes (cached), or a `DTypeError` naming them. */
export function loopFor(u: Ufunc, d0: DType, d1?: DType, d2?: DType): Loop {
  const last = u.last;
  if (d0 === last.d0 && d1 === last.d1 && d2 === last.d2 && last.loop !== null) return last.loop;
  let key = DTYPE_INDEX[d0];
  if (d1 !== undefined) key = key * NT + DTYPE_INDEX[d1];
  if (d2 !== undefined) key = key * NT + DTYPE_INDEX[d2];
  let loop = u.cache[key];
  if (loop === undefined) {
    const dtypes = d2 !== undefined ? [d0, d1 as DType, d2] : d1 !== undefined ? [d0, d1] : [d0];
    loop = u.cache[key] = search(u, dtypes);
  }
  if (loop === null) {
    const dtypes = [d0, d1, d2].filter((d): d is DType => d !== undefined);
    if (u.refuseBool !== undefined && dtypes.every((d) => d === "bool")) {
      throw new DTypeError(`${u.name}: ${u.refuseBool}`);
    }
    const takes = u.loops.map((l) => l.inputs[0]).filter((d, i, all) => all.indexOf(d) === i);
    const int64 = dtypes.some((d) => DTYPES[d].kind !== "b") && dtypes.every((d) => DTYPES[d].kind !== "f") && u.loops.some((l) => DTYPES[l.inputs[0] as DType].kind === "i");
    throw new DTypeError(
      int64
        ? `${u.name}: numpy computes ${listDTypes(dtypes)} in int64, which has no typed array of JS numbers; convert the operands to one of ${takes.join(", ")} first`
        : `${u.name}: not supported for ${listDTypes(dtypes)} (numpy's ${u.numpy} takes ${takes.join(", ")})`,
    );
  }
  last.d0 = d0;
  last.d1 = d1;
  last.d2 = d2;
  last.loop = loop;
  return loop;
}

/**
 * The dtype an operand brings to the resolution: an array's own; a weak scalar's from the
 * arrays' promoted dtype `arrays` (NEP 50), or on its own (bool, or float64 for a number: this
 * library's stand-in for numpy's int64 and its float64) when every operand is a scalar.
 */
export function operandDType(u: Ufunc, x: Operand, arrays: DType | undefined): DType {
  if (x.kind === "array") return x.array.dtype;
  if (!x.bool && u.integerOnly && (arrays === undefined || arrays === "bool") && Number.isInteger(x.value) && !Object.is(x.value, -0)) {
    // numpy's int64 for a JS integer alone or with bool: int32 when it fits, for functions without a float loop
    if (x.value >= -(2 ** 31) && x.value < 2 ** 31) return "int32";
    throw new DTypeError(`${u.name}: numpy computes the integer ${x.value} in int64, which has no typed array of JS numbers; this library uses int32 there, and ${x.value} does not fit`);
  }
  if (arrays === undefined) return x.bool ? "bool" : "float64";
  if (u.trueDivide && !x.bool && DTYPES[arrays].kind !== "f") return "float64";
  // an out-of-range integer is refused only if the chosen loop is an integer one: checkScalars
  return weakScalarDType(u.name, arrays, x.value, x.bool, u.outOfRange ?? "wrap");
}

/**
 * numpy's `OverflowError` for a JS integer that an integer loop cannot hold (`add(uint8Array,
 * 300)`); a float loop takes any number (`hypot(uint8Array, -1)`), and `where` wraps.
 */
export function checkScalars(u: Ufunc, loop: Loop, ...operands: (Operand | undefined)[]): void {
  if (u.outOfRange !== undefined) return;
  operands.forEach((x, i) => {
    if (x === undefined || x.kind !== "scalar" || x.bool) return;
    const t = DTYPES[loop.inputs[i] as DType];
    if ((t.kind === "i" || t.kind === "u") && (x.value < t.min || x.value > t.max)) weakScalarDType(u.name, t.name, x.value);
  });
}

/** Whether any element of the operand is negative. */
function anyNegative(x: Operand): boolean {
  if (x.kind === "scalar") return x.value < 0;
  const a = x.array;
  const nd = viewOf(a);
  const idx: number[] = [];
  const visit = (axis: number): boolean => {
    if (axis === a.ndim) return nd.get(...idx) < 0;
    for (let i = 0; i < (a.shape[axis] as number); i++) {
      idx[axis] = i;
      if (visit(axis + 1)) return true;
    }
    return false;
  };
  return visit(0);
}

/** Whether numpy sees an integer (or bool) here: an integer array, or a JS integer or boolean. */
export const integral = (x: Operand): boolean =>
  x.kind === "array" ? DTYPES[x.array.dtype].kind !== "f" : x.bool === true || (Number.isInteger(x.value) && !Object.is(x.value, -0));

/**
 * numpy's `ValueError` for an integer `power` with a negative exponent: both operands integers
 * (the float64 loop that stands in for numpy's int64 one included).
 */
export function refuseNegativeIntegerPowers(fn: string, _loop: Loop, base: Operand, exponent: Operand): void {
  if (integral(base) && integral(exponent) && anyNegative(exponent)) {
    throw new DTypeError(
      `${fn}: integers to negative integer powers are not allowed; make the base a float array, e.g. array(x, { dtype: "float64" })`,
    );
  }
}
