/**
 * Scalar helpers the loop expressions of kernels.ts call as `f(…)` where one JavaScript
 * expression is not enough: C's `pow`, integer powers, the library's float64 `tanh`, …
 *
 * @module
 */

/** C's `pow` where it differs from `Math.pow`: `pow(1, y) = 1` and `pow(-1, ±∞) = 1`, also for NaN. */
export function powC(a: number, b: number): number {
  if (a === 1) return 1;
  if (a === -1 && (b === Infinity || b === -Infinity)) return 1;
  return Math.pow(a, b);
}

/** Integer power with wraparound modulo 2^32 (the store into the typed array narrows further). */
export function powInt(a: number, b: number): number {
  let result = 1;
  let base = a | 0;
  let e = b;
  while (e > 0) {
    if (e % 2 === 1) result = Math.imul(result, base);
    base = Math.imul(base, base);
    e = Math.floor(e / 2);
  }
  return result;
}

// Cephes' rational approximation of tanh on |x| < 0.625: x + x³ P(x²)/Q(x²) (its coefficients
// as the float64 numbers they round to).
const TP0 = -0.9643991794250523;
const TP1 = -99.28772310019185;
const TP2 = -1614.6876844170845;
const TQ0 = 112.81167849163293;
const TQ1 = 2235.4883906010045;
const TQ2 = 4844.063053251255;

/**
 * tanh in float64, ~1.5× faster than `Math.tanh` (a C call V8 cannot inline; bench/ W4) and more
 * accurate: within 1 ulp of the correctly rounded value on the 9,903 points of
 * test/fixtures/accuracy.json and exact on 95% of them, where `Math.tanh` (fdlibm) is exact on 78%
 * and up to 2 ulp off (test/ops/accuracy.test.ts). |x| < 2⁻²⁸ gives x itself (so -0 stays -0),
 * |x| < 0.625 the rational approximation, then 1 − 2/(e^{2|x|} + 1) with the sign of x; |x| > 22
 * gives ±1, as fdlibm.
 */
export function tanh64(x: number): number {
  const z = Math.abs(x);
  if (z < 0.625) {
    if (z < 3.725290298461914e-9) return x;
    const s = x * x;
    return x + x * s * (((TP0 * s + TP1) * s + TP2) / (((s + TQ0) * s + TQ1) * s + TQ2));
  }
  if (z > 22) return x > 0 ? 1 : -1;
  const r = 1 - 2 / (Math.exp(2 * z) + 1);
  return x < 0 ? -r : r;
}


// One scratch cell seen as a float64, a float32 and their bits, for the helpers that read or set
// a sign bit (NaN's included) or step to the neighbouring float.
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const F32 = new Float32Array(1);
const I32 = new Int32Array(F32.buffer);
/** Which 32-bit word of a float64 holds its sign and exponent (1 on little-endian machines). */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** Whether the sign bit of `x` is set: true for -0 and for a negative NaN, as C's `signbit`. */
export function signbit(x: number): boolean {
  F64[0] = x;
  return (U32[HI] as number) >>> 31 === 1;
}

/** C's `copysign`: `|a|` with the sign bit of `b` (that of -0 and of a NaN included). */
export function copysign(a: number, b: number): number {
  return signbit(b) ? -Math.abs(a) : Math.abs(a);
}

/** C's `nextafter` in float64: the float next to `a` in the direction of `b`. */
export function nextafter64(a: number, b: number): number {
  if (a !== a || b !== b) return NaN;
  if (a === b) return b;
  if (a === 0) return b > 0 ? 5e-324 : -5e-324;
  F64[0] = a;
  const lo = 1 - HI;
  const up = b > a === a > 0;
  if (up) {
    U32[lo] = ((U32[lo] as number) + 1) >>> 0;
    if (U32[lo] === 0) U32[HI] = (U32[HI] as number) + 1;
  } else {
    if (U32[lo] === 0) U32[HI] = (U32[HI] as number) - 1;
    U32[lo] = ((U32[lo] as number) - 1) >>> 0;
  }
  return F64[0] as number;
}

/** C's `nextafterf`: the float32 next to `a` (a float32 value) in the direction of `b`. */
export function nextafter32(a: number, b: number): number {
  if (a !== a || b !== b) return NaN;
  if (a === b) return b;
  if (a === 0) return b > 0 ? 1e-45 : -1e-45;
  F32[0] = a;
  I32[0] = (I32[0] as number) + (b > a === a > 0 ? 1 : -1);
  return F32[0] as number;
}

/**
 * numpy's `npy_divmod` for float64: the floor quotient, with numpy's corrections so that
 * `a = q·b + r` holds with the remainder's sign that of `b`; `b = 0` gives `a / b`.
 */
export function floorDivide64(a: number, b: number): number {
  if (b === 0) return a / b;
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
  if (div === 0) return copysign(0, a / b);
  const floor = Math.floor(div);
  return div - floor > 0.5 ? floor + 1 : floor;
}

/** {@link floorDivide64} in float32 arithmetic (numpy's `npy_divmodf`): each step rounded to float32. */
export function floorDivide32(a: number, b: number): number {
  const f = Math.fround;
  if (b === 0) return a / b;
  const mod = f(a % b);
  let div = f(f(a - mod) / b);
  if (mod !== 0 && b < 0 !== mod < 0) div = f(div - 1);
  if (div === 0) return copysign(0, a / b);
  const floor = Math.floor(div);
  return f(div - floor) > 0.5 ? f(floor + 1) : floor;
}

/** numpy's float `remainder` (`npy_divmod`'s remainder): the sign of `b`, `b = 0` gives NaN. */
export function remainderFloat(a: number, b: number): number {
  const mod = a % b;
  if (b === 0) return mod;
  if (mod === 0) return copysign(0, b);
  return b < 0 !== mod < 0 ? mod + b : mod;
}

/** numpy's integer `remainder`: the sign of `b`; `b = 0` gives 0. */
export function remainderInt(a: number, b: number): number {
  if (b === 0) return 0;
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

/** Round half to even (C's `rint` in the default rounding mode). */
export function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** numpy's `npy_logaddexp`: `log(eᵃ + eᵇ)` without overflow; equal infinities stay infinite. */
export function logaddexp(a: number, b: number): number {
  if (a === b) return a + Math.LN2;
  const d = a - b;
  if (d > 0) return a + Math.log1p(Math.exp(-d));
  if (d <= 0) return b + Math.log1p(Math.exp(d));
  return d;
}

/** numpy's `npy_logaddexp2`: `log2(2ᵃ + 2ᵇ)`. */
export function logaddexp2(a: number, b: number): number {
  if (a === b) return a + 1;
  const d = a - b;
  if (d > 0) return a + Math.LOG2E * Math.log1p(2 ** -d);
  if (d <= 0) return b + Math.LOG2E * Math.log1p(2 ** d);
  return d;
}

/**
 * numpy 2's float `clip` with array bounds: `min(max(x, lo), hi)` where a NaN `x` stays and a
 * NaN bound wins (`max(x, NaN)` is NaN), ties keep the bound.
 */
export function clipFloat(x: number, lo: number, hi: number): number {
  const m = x !== x ? x : x > lo ? x : lo;
  return m !== m ? m : m < hi ? m : hi;
}

/**
 * numpy 2's float `clip` when both bounds are scalars (its fast path): NaN bounds give NaN, and a
 * tie keeps `x` (so `clip(0, 0, -0)` is `0` where array bounds give `-0`).
 */
export function clipFloatScalars(x: number, lo: number, hi: number): number {
  if (lo !== lo || hi !== hi) return NaN;
  const m = x < lo ? lo : x;
  return m > hi ? hi : m;
}

/** {@link logaddexp} in float32 arithmetic, as numpy's `npy_logaddexpf`: each step rounded to float32. */
export function logaddexp32(a: number, b: number): number {
  const f = Math.fround;
  if (a === b) return f(a + f(Math.LN2));
  const d = f(a - b);
  if (d > 0) return f(a + f(Math.log1p(f(Math.exp(-d)))));
  if (d <= 0) return f(b + f(Math.log1p(f(Math.exp(d)))));
  return d;
}

/** {@link logaddexp2} in float32 arithmetic, as numpy's `npy_logaddexp2f`. */
export function logaddexp232(a: number, b: number): number {
  const f = Math.fround;
  if (a === b) return f(a + 1);
  const d = f(a - b);
  if (d > 0) return f(a + f(f(Math.LOG2E) * f(Math.log1p(f(2 ** -d)))));
  if (d <= 0) return f(b + f(f(Math.LOG2E) * f(Math.log1p(f(2 ** d)))));
  return d;
}
