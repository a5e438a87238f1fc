/**
 * The rest of numpy's elementwise functions, each a row of the table in kernels.ts: rounding,
 * integer division and remainders, signs, exponentials and logarithms, trigonometric and
 * hyperbolic functions and their inverses, and bitwise operations. Aliases are numpy 2's names.
 * Float functions of integer (and bool) inputs compute in float32 for 8- and 16-bit integers and
 * float64 for 32-bit ones; rounding, `sign`, `positive`, `reciprocal`, the divisions and the
 * bitwise functions keep integer dtypes, as numpy.
 *
 * @module
 */
import { asArray } from "../create.js";
import { allocate, DTYPES } from "../dtype.js";
import { DTypeError } from "../errors.js";
import { describeType } from "../format/format-shape.js";
import { freshArray, NDArray } from "../ndarray.js";
import { power } from "./binary.js";
import { binary, binaryFunction, unary, unaryFunction, type BinaryFunction, type OperandLike, type OutOptions, type UnaryFunction } from "./elementwise.js";
import { abs } from "./unary.js";

// rounding

/**
 * The largest integer not greater than each element; integers and bool are returned as they are.
 *
 * @example
 * import { array, floor } from "ndarray-broadcast";
 * console.log(floor(array([-1.5, 0.5, 2])).toString());
 * // => array([-2.,  0.,  2.])
 */
export const floor: UnaryFunction = unaryFunction("floor");

/**
 * The smallest integer not less than each element.
 *
 * @example
 * import { array, ceil } from "ndarray-broadcast";
 * console.log(ceil(array([-1.5, 0.5, 2])).toString());
 * // => array([-1.,  1.,  2.])
 */
export const ceil: UnaryFunction = unaryFunction("ceil");

/**
 * Each element rounded towards zero.
 *
 * @example
 * import { array, trunc } from "ndarray-broadcast";
 * console.log(trunc(array([-1.5, 0.5, 2])).toString());
 * // => array([-1.,  0.,  2.])
 */
export const trunc: UnaryFunction = unaryFunction("trunc");

/**
 * Each element rounded to the nearest integer, halves to even (numpy's `rint`).
 *
 * @example
 * import { array, rint } from "ndarray-broadcast";
 * console.log(rint(array([0.5, 1.5, 2.5, -0.5])).toString());
 * // => array([ 0.,  2.,  2., -0.])
 */
export const rint: UnaryFunction = unaryFunction("rint");

/** Options of {@link round}. */
export interface RoundOptions extends OutOptions {
  /** Decimal places (negative: tens, hundreds, …); 0 by default. */
  decimals?: number;
}

/**
 * Each element rounded to `decimals` places, halves to even, computed as numpy computes it:
 * `rint(a · 10^d) / 10^d` (for d < 0, `rint(a / 10^-d) · 10^-d`) in the array's float dtype, so
 * `round(2.675, 2)` is 2.67 as in numpy (2.675 is stored just below). Integers are returned as
 * they are for d ≥ 0 and rounded in float64 then converted back for d < 0.
 *
 * @example
 * import { array, round } from "ndarray-broadcast";
 * console.log(round(array([0.5, 1.5, 2.5])).toString());
 * // => array([0., 2., 2.])
 * console.log(round(array([1.25, 2.675, 150]), 1).toString());
 * // => array([  1.2,   2.7, 150. ])
 * console.log(round(array([1234, 1250], { dtype: "int32" }), { decimals: -2 }).toString());
 * // => array([1200, 1200], dtype=int32)
 */
export function round(a: OperandLike, decimals?: number | RoundOptions, options?: RoundOptions): NDArray {
  const fn = "round";
  if (decimals !== undefined && typeof decimals !== "number" && (typeof decimals !== "object" || decimals === null)) {
    throw new DTypeError(`${fn}: decimals must be an integer or an options object like { decimals, out }, got ${describeType(decimals)}`);
  }
  const opts = typeof decimals === "object" ? decimals : options;
  for (const k in opts ?? {}) {
    if (k !== "decimals" && k !== "out") throw new DTypeError(`${fn}: unknown option "${k}"; round takes decimals and out`);
  }
  const d = typeof decimals === "number" ? decimals : (opts?.decimals ?? 0);
  if (!Number.isInteger(d)) throw new DTypeError(`${fn}: decimals must be an integer, got ${typeof d === "number" ? d : describeType(d)}`);
  const out = opts?.out === undefined ? undefined : { out: opts.out };
  const x = asArray(fn, a);
  const kind = DTYPES[x.dtype].kind;
  // numpy rounds bool with rint too (float16 there, float32 here)
  if (d === 0 && (kind === "f" || kind === "b")) return unary("rint", x, out, fn);
  if (kind === "i" || kind === "u") {
    if (d >= 0) return unary("conj", x, out, fn);
    const f = 10 ** -d;
    const rounded = binary("multiply", unary("rint", binary("divide", x, f, undefined, fn), undefined, fn), f, undefined, fn);
    // back to the integer dtype as numpy's C cast does on x86: through int32 (int64 for uint32),
    // whose out-of-range values become the most negative one, then wrapping; then into `out`
    const data = allocate(x.dtype, rounded.size);
    const r = rounded.data;
    const wide = x.dtype === "uint32";
    for (let i = 0; i < data.length; i++) {
      const v = r[i] as number;
      data[i] = wide ? (Math.abs(v) < 2 ** 63 ? v % 2 ** 32 : 0) : v >= -(2 ** 31) && v < 2 ** 31 ? v : -(2 ** 31);
    }
    const back = freshArray(x.dtype, x.shape, data);
    return out ? unary("conj", back, out, fn) : back;
  }
  const f = 10 ** Math.abs(d);
  const scaled = binary(d >= 0 ? "multiply" : "divide", x, f, undefined, fn);
  unary("rint", scaled, { out: scaled }, fn);
  return binary(d >= 0 ? "divide" : "multiply", scaled, f, out, fn);
}

// signs and arithmetic

/**
 * `+a`: a copy in the same dtype (numpy's `positive`).
 *
 * @example
 * import { array, positive } from "ndarray-broadcast";
 * console.log(positive(array([1, -2], { dtype: "int8" })).toString());
 * // => array([ 1, -2], dtype=int8)
 */
export const positive: UnaryFunction = unaryFunction("positive");

/**
 * -1, 0 or 1 by the sign of each element; NaN stays NaN, and `sign(-0)` is 0.
 *
 * @example
 * import { array, sign } from "ndarray-broadcast";
 * console.log(sign(array([-2, 0, 3.5, NaN])).toString());
 * // => array([-1.,  0.,  1., nan])
 */
export const sign: UnaryFunction = unaryFunction("sign");

/**
 * `1 / a`. Integer dtypes keep their dtype, as numpy's C cast of `1.0 / a`: 1, -1, else 0
 * (`1 / 0` is the most negative int32 for int32, 0 for narrower types).
 *
 * @example
 * import { array, reciprocal } from "ndarray-broadcast";
 * console.log(reciprocal(array([2, 0.5, 0])).toString());
 * // => array([0.5, 2. , inf])
 */
export const reciprocal: UnaryFunction = unaryFunction("reciprocal");

/**
 * The complex conjugate, which for the real dtypes here is the value itself (numpy's
 * `conjugate`; bool gives int8, as numpy).
 *
 * @example
 * import { array, conj } from "ndarray-broadcast";
 * console.log(conj(array([1.5, -2])).toString());
 * // => array([ 1.5, -2. ])
 */
export const conj: UnaryFunction = unaryFunction("conj");

/** numpy's name for {@link conj}. */
export const conjugate: UnaryFunction = conj;

/**
 * The real part: for the real dtypes here, a view of `a` itself (writable when `a` is), as numpy.
 *
 * @example
 * import { array, real } from "ndarray-broadcast";
 * const a = array([1.5, -2]);
 * real(a).set(0, 7);
 * console.log(a.toString());
 * // => array([ 7., -2.])
 */
export function real(a: NDArray | OperandLike): NDArray {
  const x = asArray("real", a);
  return x.transpose(...x.shape.map((_, i) => i));
}

/**
 * The imaginary part: for the real dtypes here, zeros of `a`'s dtype and shape, read-only as in
 * numpy.
 *
 * @example
 * import { array, imag } from "ndarray-broadcast";
 * const z = imag(array([1.5, -2]));
 * console.log(z.toString(), z.readonly);
 * // => array([0., 0.]) true
 */
export function imag(a: NDArray | OperandLike): NDArray {
  const x = asArray("imag", a);
  return new NDArray(freshArray(x.dtype, x.shape).toNdarray(), x.dtype, true);
}

/**
 * The floor of `a / b` (numpy's `floor_divide`, `//`): for floats numpy's `divmod` quotient,
 * exactly; for integers division by zero gives 0, as numpy.
 *
 * @example
 * import { array, floorDivide } from "ndarray-broadcast";
 * console.log(floorDivide(array([7, -7, 7]), array([2, 2, 0])).toString());
 * // => array([ 3., -4., inf])
 * console.log(floorDivide(array([7, -7], { dtype: "int32" }), 2).toString());
 * // => array([ 3, -4], dtype=int32)
 */
export const floorDivide: BinaryFunction = binaryFunction("floorDivide");

/**
 * The remainder of {@link floorDivide}, with the sign of `b` (Python's `%`); integers modulo 0
 * give 0, as numpy.
 *
 * @example
 * import { array, remainder } from "ndarray-broadcast";
 * console.log(remainder(array([7, -7, 7.5]), 2).toString());
 * // => array([1. , 1. , 1.5])
 * console.log(remainder(array([7, -7], { dtype: "int8" }), -3).toString());
 * // => array([-2, -1], dtype=int8)
 */
export const remainder: BinaryFunction = binaryFunction("remainder");

/** numpy's `mod`: {@link remainder}. */
export const mod: BinaryFunction = remainder;

/**
 * C's `fmod`: the remainder with the sign of `a` (JavaScript's `%`); integers modulo 0 give 0.
 *
 * @example
 * import { array, fmod } from "ndarray-broadcast";
 * console.log(fmod(array([7, -7], { dtype: "int8" }), -3).toString());
 * // => array([ 1, -1], dtype=int8)
 */
export const fmod: BinaryFunction = binaryFunction("fmod");

/**
 * `|a|` with the sign of `b` (of -0 too).
 *
 * @example
 * import { array, copysign } from "ndarray-broadcast";
 * console.log(copysign(array([1, 2, 3]), array([-1, 0, -0])).toString());
 * // => array([-1.,  2., -3.])
 */
export const copysign: BinaryFunction = binaryFunction("copysign");

/**
 * The next representable number after `a` towards `b`, in `a`'s float dtype.
 *
 * @example
 * import { array, nextafter } from "ndarray-broadcast";
 * console.log(nextafter(array([1, 0]), array([2, -1])).toString());
 * // => array([ 1.e+000, -5.e-324])
 */
export const nextafter: BinaryFunction = binaryFunction("nextafter");

/**
 * `√(a² + b²)` without overflow; an infinite operand gives ∞ even beside NaN.
 *
 * @example
 * import { array, hypot } from "ndarray-broadcast";
 * console.log(hypot(array([3, Infinity]), array([4, NaN])).toString());
 * // => array([ 5., inf])
 */
export const hypot: BinaryFunction = binaryFunction("hypot");

/**
 * `log(eᵃ + eᵇ)` without overflow (numpy's formula).
 *
 * @example
 * import { array, logaddexp } from "ndarray-broadcast";
 * console.log(logaddexp(array([0, 1000]), array([0, 1000])).toString());
 * // => array([6.93147181e-01, 1.00069315e+03])
 */
export const logaddexp: BinaryFunction = binaryFunction("logaddexp");

/**
 * `log₂(2ᵃ + 2ᵇ)` without overflow.
 *
 * @example
 * import { array, logaddexp2 } from "ndarray-broadcast";
 * console.log(logaddexp2(array([1]), 1).toString());
 * // => array([2.])
 */
export const logaddexp2: BinaryFunction = binaryFunction("logaddexp2");

/**
 * The elementwise maximum ignoring NaN: NaN only where both are NaN (numpy's `fmax`).
 *
 * @example
 * import { array, fmax } from "ndarray-broadcast";
 * console.log(fmax(array([1, NaN, 3]), array([NaN, NaN, 2])).toString());
 * // => array([ 1., nan,  3.])
 */
export const fmax: BinaryFunction = binaryFunction("fmax");

/**
 * The elementwise minimum ignoring NaN.
 *
 * @example
 * import { array, fmin } from "ndarray-broadcast";
 * console.log(fmin(array([1, NaN]), 0).toString());
 * // => array([0., 0.])
 */
export const fmin: BinaryFunction = binaryFunction("fmin");

/** numpy 2's name for {@link power}. */
export const pow: typeof power = power;

/** numpy's name for {@link abs}. */
export const absolute: typeof abs = abs;

// exponentials and logarithms

/**
 * `eᵃ − 1`, accurate near 0.
 *
 * @example
 * import { array, expm1 } from "ndarray-broadcast";
 * console.log(expm1(array([0, 1e-10])).toString());
 * // => array([0.e+00, 1.e-10])
 */
export const expm1: UnaryFunction = unaryFunction("expm1");

/**
 * `2ᵃ`.
 *
 * @example
 * import { array, exp2 } from "ndarray-broadcast";
 * console.log(exp2(array([3, -1])).toString());
 * // => array([8. , 0.5])
 */
export const exp2: UnaryFunction = unaryFunction("exp2");

/**
 * `log(1 + a)`, accurate near 0.
 *
 * @example
 * import { array, log1p } from "ndarray-broadcast";
 * console.log(log1p(array([0, 1e-10])).toString());
 * // => array([0.e+00, 1.e-10])
 */
export const log1p: UnaryFunction = unaryFunction("log1p");

/**
 * The base-2 logarithm.
 *
 * @example
 * import { array, log2 } from "ndarray-broadcast";
 * console.log(log2(array([8, 0.5])).toString());
 * // => array([ 3., -1.])
 */
export const log2: UnaryFunction = unaryFunction("log2");

/**
 * The base-10 logarithm.
 *
 * @example
 * import { array, log10 } from "ndarray-broadcast";
 * console.log(log10(array([1000, 0.1])).toString());
 * // => array([ 3., -1.])
 */
export const log10: UnaryFunction = unaryFunction("log10");

/**
 * The cube root (negative for negative numbers).
 *
 * @example
 * import { array, cbrt } from "ndarray-broadcast";
 * console.log(cbrt(array([27, -8])).toString());
 * // => array([ 3., -2.])
 */
export const cbrt: UnaryFunction = unaryFunction("cbrt");

// trigonometric and hyperbolic

/**
 * The tangent (radians).
 *
 * @example
 * import { array, tan } from "ndarray-broadcast";
 * console.log(tan(array([0, Math.PI / 4])).toString());
 * // => array([0., 1.])
 */
export const tan: UnaryFunction = unaryFunction("tan");

/**
 * The inverse cosine, in [0, π]; NaN outside [-1, 1].
 *
 * @example
 * import { acos, array } from "ndarray-broadcast";
 * console.log(acos(array([1, 0, 2])).toString());
 * // => array([0.        , 1.57079633,        nan])
 */
export const acos: UnaryFunction = unaryFunction("acos");

/** numpy's name for {@link acos}. */
export const arccos: UnaryFunction = acos;

/**
 * The inverse sine, in [-π/2, π/2].
 *
 * @example
 * import { array, asin } from "ndarray-broadcast";
 * console.log(asin(array([0, 1])).toString());
 * // => array([0.        , 1.57079633])
 */
export const asin: UnaryFunction = unaryFunction("asin");

/** numpy's name for {@link asin}. */
export const arcsin: UnaryFunction = asin;

/**
 * The inverse tangent, in [-π/2, π/2].
 *
 * @example
 * import { array, atan } from "ndarray-broadcast";
 * console.log(atan(array([0, Infinity])).toString());
 * // => array([0.        , 1.57079633])
 */
export const atan: UnaryFunction = unaryFunction("atan");

/** numpy's name for {@link atan}. */
export const arctan: UnaryFunction = atan;

/**
 * The angle of the point (b, a) — `atan(a / b)` in the right quadrant, with the signs of zeros.
 *
 * @example
 * import { array, atan2 } from "ndarray-broadcast";
 * console.log(atan2(array([1, -0, 0]), array([1, -1, -1])).toString());
 * // => array([ 0.78539816, -3.14159265,  3.14159265])
 */
export const atan2: BinaryFunction = binaryFunction("atan2");

/** numpy's name for {@link atan2}. */
export const arctan2: BinaryFunction = atan2;

/**
 * The hyperbolic sine.
 *
 * @example
 * import { array, sinh } from "ndarray-broadcast";
 * console.log(sinh(array([0, 1])).toString());
 * // => array([0.        , 1.17520119])
 */
export const sinh: UnaryFunction = unaryFunction("sinh");

/**
 * The hyperbolic cosine.
 *
 * @example
 * import { array, cosh } from "ndarray-broadcast";
 * console.log(cosh(array([0, 1])).toString());
 * // => array([1.        , 1.54308063])
 */
export const cosh: UnaryFunction = unaryFunction("cosh");

/**
 * The inverse hyperbolic cosine; NaN below 1.
 *
 * @example
 * import { acosh, array } from "ndarray-broadcast";
 * console.log(acosh(array([1, 2])).toString());
 * // => array([0.       , 1.3169579])
 */
export const acosh: UnaryFunction = unaryFunction("acosh");

/** numpy's name for {@link acosh}. */
export const arccosh: UnaryFunction = acosh;

/**
 * The inverse hyperbolic sine.
 *
 * @example
 * import { array, asinh } from "ndarray-broadcast";
 * console.log(asinh(array([0, 1])).toString());
 * // => array([0.        , 0.88137359])
 */
export const asinh: UnaryFunction = unaryFunction("asinh");

/** numpy's name for {@link asinh}. */
export const arcsinh: UnaryFunction = asinh;

/**
 * The inverse hyperbolic tangent; ±∞ at ±1.
 *
 * @example
 * import { array, atanh } from "ndarray-broadcast";
 * console.log(atanh(array([0, 0.5, 1])).toString());
 * // => array([0.        , 0.54930614,        inf])
 */
export const atanh: UnaryFunction = unaryFunction("atanh");

/** numpy's name for {@link atanh}. */
export const arctanh: UnaryFunction = atanh;

// bitwise

/**
 * `a & b` on bool and integer dtypes.
 *
 * @example
 * import { array, bitwiseAnd } from "ndarray-broadcast";
 * console.log(bitwiseAnd(array([12, 10], { dtype: "uint8" }), 6).toString());
 * // => array([4, 2], dtype=uint8)
 */
export const bitwiseAnd: BinaryFunction = binaryFunction("bitwiseAnd");

/**
 * `a | b` on bool and integer dtypes.
 *
 * @example
 * import { array, bitwiseOr } from "ndarray-broadcast";
 * console.log(bitwiseOr(array([true, false]), array([false, false])).toString());
 * // => array([ True, False])
 */
export const bitwiseOr: BinaryFunction = binaryFunction("bitwiseOr");

/**
 * `a ^ b` on bool and integer dtypes.
 *
 * @example
 * import { array, bitwiseXor } from "ndarray-broadcast";
 * console.log(bitwiseXor(array([5, -1], { dtype: "int8" }), 3).toString());
 * // => array([ 6, -4], dtype=int8)
 */
export const bitwiseXor: BinaryFunction = binaryFunction("bitwiseXor");

/**
 * `~a`: every bit flipped (NOT for bool).
 *
 * @example
 * import { array, bitwiseInvert } from "ndarray-broadcast";
 * console.log(bitwiseInvert(array([0, 5], { dtype: "uint8" })).toString(), bitwiseInvert(array([true, false])).toString());
 * // => array([255, 250], dtype=uint8) array([False,  True])
 */
export const bitwiseInvert: UnaryFunction = unaryFunction("bitwiseInvert");

/** numpy's name for {@link bitwiseInvert}. */
export const invert: UnaryFunction = bitwiseInvert;

/**
 * `a << b`, wrapping in the dtype; shifting by the bit width or more (or a negative amount) gives 0, as numpy.
 *
 * @example
 * import { array, bitwiseLeftShift } from "ndarray-broadcast";
 * console.log(bitwiseLeftShift(array([1, 1, 1], { dtype: "int8" }), array([1, 7, 8], { dtype: "int8" })).toString());
 * // => array([   2, -128,    0], dtype=int8)
 */
export const bitwiseLeftShift: BinaryFunction = binaryFunction("bitwiseLeftShift");

/** numpy's name for {@link bitwiseLeftShift}. */
export const leftShift: BinaryFunction = bitwiseLeftShift;

/**
 * `a >> b`, arithmetic for signed dtypes; by the bit width or more it gives 0, or -1 for a
 * negative `a`, as numpy.
 *
 * @example
 * import { array, bitwiseRightShift } from "ndarray-broadcast";
 * console.log(bitwiseRightShift(array([-8, 8, -8], { dtype: "int16" }), array([1, 2, 20], { dtype: "int16" })).toString());
 * // => array([-4,  2, -1], dtype=int16)
 */
export const bitwiseRightShift: BinaryFunction = binaryFunction("bitwiseRightShift");

/** numpy's name for {@link bitwiseRightShift}. */
export const rightShift: BinaryFunction = bitwiseRightShift;
