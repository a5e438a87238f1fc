// Timing helpers for the benchmarks. Participants of one workload are timed in interleaved
// rounds (each round runs every participant once, in rotating order), so that drift in the
// machine's state — JIT tiers, the other core's load — falls on all of them alike; the figure
// reported is the median round. Before every sample the heap is collected (node --expose-gc):
// a fresh 8 MB output otherwise costs 0.5 ms or 25 ms depending on whether garbage from an
// earlier call has been returned to the allocator yet, which says nothing about the library.

/** Median of an array of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Times every participant `{ name, run, async?, inner? }` of a workload: `warmup` untimed calls
 * each, then `rounds` rounds of `inner` calls each (a participant's own `inner` wins), collecting
 * the heap before each sample unless `collect` is false (for repeated mid-size allocations, where
 * a steady state is the truer picture: right after a collection even a 2 MB array costs its page
 * faults again). Returns `{ name: median ms per call }`.
 */
export async function race(participants, { rounds = 15, inner = 1, warmup = 3, collect = true } = {}) {
  for (const p of participants) for (let i = 0; i < warmup; i++) await p.run();
  const samples = Object.fromEntries(participants.map((p) => [p.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < participants.length; k++) {
      const p = participants[(r + k) % participants.length];
      if (collect) globalThis.gc?.();
      const t0 = performance.now();
      const n = p.inner ?? inner;
      if (p.async) for (let i = 0; i < n; i++) await p.run();
      else for (let i = 0; i < n; i++) p.run();
      samples[p.name].push((performance.now() - t0) / n);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

/**
 * Throws unless `actual` equals `expected` element by element: exactly, or within
 * `rtol · max(|e|, scale)` (a float32 peer rounds each input, so a result near 0 is compared with
 * the size of what was added, `scale`). NaN equals NaN.
 */
export function check(name, actual, expected, rtol = 0, scale = 1) {
  if (actual.length !== expected.length) throw new Error(`${name}: length ${actual.length} vs ${expected.length}`);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i];
    const e = expected[i];
    const ok = Object.is(a, e) || (Number.isNaN(a) && Number.isNaN(e)) || (rtol > 0 && Math.abs(a - e) <= rtol * Math.max(Math.abs(e), scale));
    if (!ok) throw new Error(`${name}: element ${i} is ${a}, expected ${e}`);
  }
}

/** Formats a number of milliseconds with 3 significant digits, or µs below 0.1 ms. */
export function fmt(ms) {
  if (ms === undefined || Number.isNaN(ms)) return "—";
  return ms < 0.1 ? `${(ms * 1000).toPrecision(3)} µs` : `${ms.toPrecision(3)} ms`;
}

// The "plain fn" participants of S3 and S4 (run.mjs, compare.mjs): the loop as a function of its array.
/** The index of the first largest of `x[0..n)`. */
export function argmaxFlat(x, n) {
  let best = x[0];
  let at = 0;
  for (let i = 1; i < n; i++) {
    if (x[i] > best) {
      best = x[i];
      at = i;
    }
  }
  return at;
}

/** The running sums of `x[0..n)`, into a new array. */
export function cumsumFlat(x, n) {
  const o = new Float64Array(n);
  let acc = 0;
  for (let i = 0; i < n; i++) o[i] = acc = i === 0 ? x[0] : acc + x[i];
  return o;
}
