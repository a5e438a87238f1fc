/**
 * Decimal digits of floats the way numpy's Dragon4 writes them: the shortest digits that read
 * back to the same float64 or float32, cut to a precision with round-half-even on the exact
 * binary value.
 *
 * @module
 */

/** Digits `d₁d₂…dₖ` (no leading zeros, at least one digit) and the exponent of d₁: x = d₁.d₂…dₖ × 10^exp. */
export interface Digits {
  digits: string;
  exp: number;
}

/** The shortest digits that read back to `x` (a finite, non-negative number) as float64 or float32. */
export function shortestDigits(x: number, float32: boolean): Digits {
  if (x === 0) return { digits: "0", exp: 0 };
  if (!float32) return parseExponential(x.toExponential());
  for (let k = 1; k < 9; k++) {
    const s = x.toExponential(k - 1);
    if (Math.fround(Number(s)) === x) return parseExponential(s);
  }
  return parseExponential(x.toExponential(8));
}

function parseExponential(s: string): Digits {
  const e = s.indexOf("e");
  const mantissa = s.slice(0, e).replace(".", "");
  return { digits: mantissa.replace(/0+$/, "") || "0", exp: Number(s.slice(e + 1)) };
}

/** The exact decimal expansion of a finite non-negative double (every double is a finite decimal). */
export function exactDigits(x: number): Digits {
  if (x === 0) return { digits: "0", exp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (biased === 0) {
    e2 = -1074;
  } else {
    mantissa |= 1n << 52n;
    e2 = biased - 1075;
  }
  // x = mantissa · 2^e2 = mantissa · 5^(-e2) · 10^e2 when e2 < 0.
  let digits: string;
  let pointShift: number;
  if (e2 >= 0) {
    digits = (mantissa << BigInt(e2)).toString();
    pointShift = 0;
  } else {
    digits = (mantissa * 5n ** BigInt(-e2)).toString();
    pointShift = e2;
  }
  const exp = digits.length - 1 + pointShift;
  return { digits: digits.replace(/0+$/, "") || "0", exp };
}

/**
 * Rounds exact digits to `keep` significant digits with round-half-even, as Dragon4 does at a
 * cutoff; trailing zeros are dropped. `keep` may be 0 or negative (the value rounds to 0 or to
 * one unit of the first kept place).
 */
export function roundDigits(d: Digits, keep: number): Digits {
  if (d.digits.length <= keep) return d;
  if (keep < 0) return { digits: "0", exp: 0 };
  const head = d.digits.slice(0, keep);
  const next = d.digits.charCodeAt(keep) - 48;
  const rest = d.digits.slice(keep + 1);
  const lastKept = keep > 0 ? head.charCodeAt(keep - 1) - 48 : 0;
  const up = next > 5 || (next === 5 && (/[1-9]/.test(rest) || lastKept % 2 === 1));
  if (!up) {
    const trimmed = head.replace(/0+$/, "");
    return trimmed ? { digits: trimmed, exp: d.exp } : { digits: "0", exp: 0 };
  }
  if (keep === 0) return { digits: "1", exp: d.exp + 1 };
  const bumped = (BigInt(head) + 1n).toString();
  const exp = bumped.length > head.length ? d.exp + 1 : d.exp;
  return { digits: bumped.replace(/0+$/, "") || "0", exp };
}

/**
 * `x` (finite) in positional notation with at most `precision` fractional digits and no
 * trailing zeros: `[integer part with sign, fractional part]`, as numpy's
 * `format_float_positional(x, precision, unique=True, trim=".")`.
 */
export function positionalParts(x: number, precision: number, float32: boolean): [string, string] {
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const a = Math.abs(x);
  let d = shortestDigits(a, float32);
  if (d.digits.length - 1 - d.exp > precision) {
    const exact = exactDigits(a);
    d = roundDigits(exact, exact.exp + 1 + precision);
  }
  if (d.digits === "0") return [sign + "0", ""];
  const intLen = d.exp + 1;
  if (intLen <= 0) return [sign + "0", "0".repeat(-intLen) + d.digits];
  if (d.digits.length <= intLen) return [sign + d.digits + "0".repeat(intLen - d.digits.length), ""];
  return [sign + d.digits.slice(0, intLen), d.digits.slice(intLen)];
}

/**
 * `x` (finite) in scientific notation with at most `precision` and at least `minDigits`
 * fractional digits in the mantissa: `[mantissa integer part with sign, mantissa fraction,
 * exponent]`, as numpy's `format_float_scientific(x, precision, unique=True, min_digits)`.
 */
export function scientificParts(
  x: number,
  precision: number,
  float32: boolean,
  minDigits = 0,
): [string, string, number] {
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const a = Math.abs(x);
  let d = shortestDigits(a, float32);
  // Past the shortest digits, Dragon4 goes on with the exact value's digits, not zeros.
  if (d.digits.length - 1 > precision || d.digits.length - 1 < minDigits) {
    d = roundDigits(exactDigits(a), Math.min(precision, Math.max(minDigits, d.digits.length - 1)) + 1);
  }
  return [sign + d.digits[0], d.digits.slice(1).padEnd(minDigits, "0"), d.digits === "0" ? 0 : d.exp];
}
