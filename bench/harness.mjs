// Timing helpers for the benchmarks: warm up, run several rounds, report the median.

/** Median of an array of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Times `fn` (called `inner` times per sample) over `rounds` samples after `warmup` calls;
 * returns the median time of one call in milliseconds.
 */
export function time(fn, { rounds = 15, inner = 1, warmup = 3 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < inner; i++) fn();
    samples.push((performance.now() - t0) / inner);
  }
  return median(samples);
}

/** Throws unless `actual` equals `expected` element by element (both array-likes of numbers). */
export function check(name, actual, expected, rtol = 0) {
  if (actual.length !== expected.length) throw new Error(`${name}: length ${actual.length} vs ${expected.length}`);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i];
    const e = expected[i];
    const ok = rtol === 0 ? Object.is(a, e) : Math.abs(a - e) <= rtol * Math.abs(e);
    if (!ok) throw new Error(`${name}: element ${i} is ${a}, expected ${e}`);
  }
}

/** Formats a number of milliseconds with 3 significant digits, or µs below 0.1 ms. */
export function fmt(ms) {
  if (ms === undefined || Number.isNaN(ms)) return "—";
  return ms < 0.1 ? `${(ms * 1000).toPrecision(3)} µs` : `${ms.toPrecision(3)} ms`;
}
