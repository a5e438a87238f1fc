// npm run bench: ndarray-broadcast against a plain Float64Array loop (the practical limit) and the
// libraries a user would pick instead, on the workloads of the performance issue. Every result is
// checked against the plain loop before anything is timed; participants are timed in interleaved
// rounds and the median is reported (bench/harness.mjs).
import { mkdirSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import * as nb from "ndarray-broadcast";
import * as J from "ndarray-broadcast/jacobian";
import { argmaxFlat, check, cumsumFlat, fmt, race } from "./harness.mjs";
import { jaxjs, mathjs, stdlib, tfjs } from "./peers.mjs";

// `npm run bench -- W7 J2` runs only the workloads named (all by default).
const only = process.argv.slice(2);
const wanted = (id) => only.length === 0 || only.includes(id);

const N = 1000;
const rand = (n, seed = 1) => Float64Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898 + seed) * 0.9);
const a = rand(N * N, 1);
const b = rand(N * N, 2);
const v = rand(N, 3);
const c = rand(N, 4);

const peers = [stdlib(), await tfjs(), await mathjs()];
try {
  peers.push(await jaxjs());
} catch (e) {
  peers.push({ name: "@jax-js/jax wasm", unavailable: `does not load: ${e.message}` });
}
// jax-js computes tanh with a float32-accurate approximation even in float64.
const RTOL = { "@stdlib/ndarray": 1e-12, "tfjs-core cpu (float32)": 2e-6, mathjs: 1e-12, "@jax-js/jax wasm": 3e-7 };
/** A participant slower than this per call is timed apart, with 3 calls, not in every round. */
const SLOW_MS = 300;

const rows = [];

/**
 * One workload: `plain()` returns a Float64Array, `ours` maps names to functions returning
 * NDArrays, `peer(p)` returns a function running the peer's version (or a string: why it cannot).
 */
async function workload(id, what, { plain, plainFn, ours, peer = () => "not measured", rtol = 0, scale = 1, options = {} }) {
  if (!wanted(id)) return;
  const expected = plain();
  const participants = [{ name: "plain", run: plain }];
  if (plainFn) {
    check(`${id} plain fn`, plainFn(), expected);
    participants.push({ name: "plain fn", run: plainFn });
  }
  for (const [name, fn] of Object.entries(ours)) {
    const r = fn();
    check(`${id} ${name}`, nb.array(r).data, expected, rtol);
    participants.push({ name, run: fn });
  }
  const notes = {};
  const slow = [];
  for (const p of peers) {
    if (p.unavailable) {
      notes[p.name] = p.unavailable;
      continue;
    }
    const made = peer(p);
    if (typeof made === "string") {
      notes[p.name] = made;
      continue;
    }
    const t0 = performance.now();
    const out = made();
    if (p.async) await p.ready(out);
    const first = performance.now() - t0;
    const values = await p.read(out);
    check(`${id} ${p.name}`, values, expected, Math.max(rtol, RTOL[p.name] ?? 0), scale);
    p.dispose?.(out);
    const participant = p.async
      ? { name: p.name, async: true, run: async () => { const r = made(); await p.ready(r); p.dispose(r); } }
      : { name: p.name, run: () => { const r = made(); p.dispose?.(r); } };
    if (first > SLOW_MS) slow.push(participant);
    else participants.push(participant);
    // a sample of a slow peer on a small workload stays near 100 ms
    const inner = options.inner ?? 1;
    if (inner > 1 && first * inner > 100) participant.inner = Math.max(10, Math.floor(100 / first));
  }
  options.before?.();
  const times = await race(participants, options);
  for (const p of slow) {
    Object.assign(times, await race([p], { rounds: 3, warmup: 0, inner: 1 }));
    notes[p.name] = `${fmt(times[p.name])} per call: timed apart with 3 calls`;
  }
  rows.push({ id, what, times, notes });
  const peerTimes = peers.filter((p) => times[p.name] !== undefined).map((p) => `${p.name.split(" ")[0]} ${fmt(times[p.name])}`);
  console.error(`${id.padEnd(4)} done: plain ${fmt(times.plain)}, ours ${fmt(times.ours)}; ${peerTimes.join(", ")}`);
}

// The same loops as functions of their arrays, as a library (or any code given data it did not
// create) must run them: V8 specializes the closures above on their constant module-level arrays,
// which makes them faster than any function of its arguments can be (about 1.4× on W3 here).
function addRows(x, y, n, m) {
  const o = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) o[i * m + j] = x[i * m + j] + y[j];
  return o;
}
function mulCols(x, y, n, m) {
  const o = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) o[i * m + j] = x[i * m + j] * y[i];
  return o;
}
function mulFlat(x, y, n) {
  const o = new Float64Array(n);
  for (let i = 0; i < n; i++) o[i] = x[i] * y[i];
  return o;
}
function tanhFlat(x, n) {
  const o = new Float64Array(n);
  for (let i = 0; i < n; i++) o[i] = Math.tanh(x[i]);
  return o;
}
function sumCols(x, n, m) {
  const o = new Float64Array(m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) o[j] += x[i * m + j];
  return o;
}

const A = nb.array(a).reshape(N, N);
const B = nb.array(b).reshape(N, N);
const V = nb.array(v);
const C = nb.array(c).reshape(N, 1);
const OUT = nb.zeros([N, N]);
const prepared = new Map(peers.filter((p) => !p.unavailable).map((p) => [p.name, { A: p.wrap(a, [N, N]), B: p.wrap(b, [N, N]), V: p.wrap(v, [N]), C: p.wrap(c, [N, 1]) }]));
const inputs = (p) => prepared.get(p.name);

await workload("W1", "A + v, v (1000,)", {
  plain: () => {
    const o = new Float64Array(N * N);
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) o[i * N + j] = a[i * N + j] + v[j];
    return o;
  },
  plainFn: () => addRows(a, v, N, N),
  ours: { ours: () => nb.add(A, V), "ours, into out": () => nb.add(A, V, { out: OUT }) },
  peer: (p) => () => p.add(inputs(p).A, inputs(p).V, [N, N]),
});
await workload("W2", "A * c, c (1000, 1)", {
  plain: () => {
    const o = new Float64Array(N * N);
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) o[i * N + j] = a[i * N + j] * c[i];
    return o;
  },
  plainFn: () => mulCols(a, c, N, N),
  ours: { ours: () => nb.multiply(A, C) },
  peer: (p) => () => p.mul(inputs(p).A, inputs(p).C, [N, N]),
});
await workload("W3", "A ⊙ B", {
  plain: () => {
    const o = new Float64Array(N * N);
    for (let i = 0; i < N * N; i++) o[i] = a[i] * b[i];
    return o;
  },
  plainFn: () => mulFlat(a, b, N * N),
  ours: { ours: () => nb.hadamard(A, B) },
  peer: (p) => () => p.mul(inputs(p).A, inputs(p).B, [N, N]),
});
await workload("W4", "tanh, 1e6 elements", {
  plain: () => {
    const o = new Float64Array(N * N);
    for (let i = 0; i < N * N; i++) o[i] = Math.tanh(a[i]);
    return o;
  },
  plainFn: () => tanhFlat(a, N * N),
  ours: { ours: () => nb.tanh(A) },
  peer: (p) => () => p.tanh(inputs(p).A),
  // ours computes tanh with its own formula (within 1 ulp of exact), the plain loop with Math.tanh (within 2)
  rtol: 5e-16,
});
await workload("W6", "sum(A, axis 0)", {
  plain: () => {
    const o = new Float64Array(N);
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) o[j] += a[i * N + j];
    return o;
  },
  plainFn: () => sumCols(a, N, N),
  ours: { ours: () => nb.sum(A, { axis: 0 }) },
  peer: (p) => () => p.sumAxis0(inputs(p).A),
  rtol: 1e-12,
  scale: N,
});

// Comparisons and where (issue 14): a bool result or a mask, 1e6 elements, against plain loops
// writing a Uint8Array / selecting with one.
const MASK = nb.greater(A, 0);
const mask = Uint8Array.from(a, (t) => (t > 0 ? 1 : 0));
await workload("W8", "less(A, B) → bool, 1e6 elements", {
  plain: () => {
    const o = new Uint8Array(N * N);
    for (let i = 0; i < N * N; i++) o[i] = a[i] < b[i] ? 1 : 0;
    return o;
  },
  ours: { ours: () => nb.less(A, B) },
});
await workload("W9", "where(mask, A, B), 1e6 elements", {
  plain: () => {
    const o = new Float64Array(N * N);
    for (let i = 0; i < N * N; i++) o[i] = mask[i] !== 0 ? a[i] : b[i];
    return o;
  },
  ours: { ours: () => nb.where(MASK, A, B) },
});

// Manipulation and einsum (issue 15): copies through views, and einsum's strided loop.
await workload("M1", "concat([A, B], axis 1)", {
  plain: () => {
    const o = new Float64Array(2 * N * N);
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < N; j++) {
        o[i * 2 * N + j] = a[i * N + j];
        o[i * 2 * N + N + j] = b[i * N + j];
      }
    }
    return o;
  },
  ours: { ours: () => nb.concat([A, B], { axis: 1 }) },
});
await workload("M2", "tile(v, [1000, 1])", {
  plain: () => {
    const o = new Float64Array(N * N);
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) o[i * N + j] = v[j];
    return o;
  },
  ours: { ours: () => nb.tile(V, [N, 1]) },
});
await workload("M3", "pad(A, 1, reflect)", {
  plain: () => {
    const M = N + 2;
    const o = new Float64Array(M * M);
    const r = (k) => (k < 0 ? -k : k >= N ? 2 * (N - 1) - k : k);
    for (let i = 0; i < M; i++) for (let j = 0; j < M; j++) o[i * M + j] = a[r(i - 1) * N + r(j - 1)];
    return o;
  },
  ours: { ours: () => nb.pad(A, 1, "reflect") },
});
await workload("M4", "einsum('ij,j->i', A, v)", {
  plain: () => {
    const o = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      let s = 0;
      for (let j = 0; j < N; j++) s += a[i * N + j] * v[j];
      o[i] = s;
    }
    return o;
  },
  ours: { ours: () => nb.einsum("ij,j->i", A, V) },
  rtol: 1e-12,
  scale: N,
});
// einsum's optimize (session 4): a 3-operand chain of 100×100 matrices, two matrix products
// pairwise; the one loop over i, j, k and l together is 50× the work.
const K = 100;
const [e1, e2, e3] = [rand(K * K, 5), rand(K * K, 6), rand(K * K, 7)];
const [E1, E2, E3] = [e1, e2, e3].map((d) => nb.array(d).reshape(K, K));
await workload("M5", "einsum('ij,jk,kl->il', 100×100 ×3, optimize: true)", {
  plain: () => {
    const mm = (x, y) => {
      const o = new Float64Array(K * K);
      for (let i = 0; i < K; i++) {
        for (let j = 0; j < K; j++) {
          const s = x[i * K + j];
          for (let l = 0; l < K; l++) o[i * K + l] += s * y[j * K + l];
        }
      }
      return o;
    };
    return mm(mm(e1, e2), e3);
  },
  ours: { ours: () => nb.einsum("ij,jk,kl->il", E1, E2, E3, { optimize: true }), "ours, one loop (no optimize)": () => nb.einsum("ij,jk,kl->il", E1, E2, E3) },
  rtol: 1e-12,
  scale: K,
});

// The peers' copies of the 1000×1000 inputs are dropped before the small and the Jacobian
// workloads: mathjs holds a matrix as nested arrays of a million boxed numbers, which every
// later full collection has to mark (J2 read 3× in most runs and 10–13× in the runs where one
// landed in its samples).
for (const p of peers) for (const t of Object.values(inputs(p) ?? {})) p.dispose?.(t);
prepared.clear();
globalThis.gc?.();

// W5: a broadcast view costs O(1) whatever the target size.
if (wanted("W5")) {
  const big = nb.arange(1000);
  const before = process.memoryUsage().arrayBuffers;
  const view = nb.broadcastTo(big, [100000, 1000]);
  const grown = process.memoryUsage().arrayBuffers - before;
  if (view.get(99999, 999) !== 999) throw new Error("W5: wrong element");
  const participants = [{ name: "ours", run: () => nb.broadcastTo(big, [100000, 1000]) }];
  const notes = {
    "tfjs-core cpu (float32)": "broadcastTo copies: 1e8 floats (400 MB), not run",
    mathjs: "no broadcast views: broadcasting copies (800 MB), not run",
  };
  const sb = peers[0];
  const sv = sb.wrap(Float64Array.from({ length: 1000 }, (_, i) => i), [1000]);
  participants.push({ name: sb.name, run: () => sb.broadcastTo(sv, [100000, 1000]) });
  const jx = peers.find((p) => p.name.startsWith("@jax-js") && !p.unavailable);
  if (jx) {
    const jv = jx.wrap(Float64Array.from({ length: 1000 }, (_, i) => i), [1000]);
    participants.push({ name: jx.name, run: () => jx.dispose(jx.broadcastTo(jv, [100000, 1000])) });
  }
  const times = await race(participants, { inner: 2000, rounds: 9 });
  rows.push({ id: "W5", what: `broadcastTo (1000,) → (1e5, 1000); ours grows memory by ${grown} bytes`, times, notes });
}

// W7: per-operation overhead on tiny arrays (W10 measures it again at the end).
async function tinyAdd(id, what, withPeers) {
  const s3 = nb.array([1, 2, 3]);
  const m23 = nb.array([[1, 2, 3], [4, 5, 6]]);
  const p3 = new Float64Array([1, 2, 3]);
  const p23 = new Float64Array([1, 2, 3, 4, 5, 6]);
  const small = new Map(peers.filter((p) => !p.unavailable).map((p) => [p.name, [p.wrap(p3, [3]), p.wrap(p23, [2, 3])]]));
  await workload(id, what, {
    plain: () => {
      const o = new Float64Array(6);
      for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) o[i * 3 + j] = p3[j] + p23[i * 3 + j];
      return o;
    },
    ours: { ours: () => nb.add(s3, m23) },
    peer: withPeers ? (p) => () => p.add(small.get(p.name)[0], small.get(p.name)[1], [2, 3]) : undefined,
    // The heap is collected once first: without that, a major collection of the earlier
    // workloads' garbage lands in whichever sample happens to run then (W7 read 0.3 µs alone,
    // 0.7–1.0 µs after W1). Not before every sample: right after a full collection V8 runs
    // with a small young generation again, and 20,000 calls then pay for extra scavenges.
    options: { inner: 20000, rounds: 9, warmup: 2000, collect: false, before: () => globalThis.gc?.() },
  });
}
await tinyAdd("W7", "(3,) + (2, 3), per op", true);

// I1–I3: indexing. A basic index is a view: O(1), no element storage; a mask gathers a copy.
if (wanted("I1") || wanted("I2")) {
  const nd = A.toNdarray();
  const row = A.index(5);
  const cols = A.index(":", "::2");
  if (row.data !== A.data || cols.data !== A.data || row.get(7) !== a[5 * N + 7] || cols.get(3, 4) !== a[3 * N + 8]) throw new Error("I1/I2: wrong view");
  const options = { inner: 20000, rounds: 9, warmup: 20000, collect: false, before: () => globalThis.gc?.() };
  // element storage allocated by 20,000 calls: 0 when every result is a view of A's buffer
  const grown = (fn) => {
    globalThis.gc?.();
    const before = process.memoryUsage().arrayBuffers;
    const keep = Array.from({ length: 20000 }, fn);
    const bytes = process.memoryUsage().arrayBuffers - before;
    return keep.length && bytes;
  };
  if (wanted("I1")) {
    options.before();
    const times = await race([{ name: "plain", run: () => a.subarray(5 * N, 6 * N) }, { name: "ours", run: () => A.index(5) }], options);
    rows.push({ id: "I1", what: `a.index(5), a 1000×1000: a view (20,000 calls allocate ${grown(() => A.index(5))} bytes of elements); "plain" = Float64Array.subarray`, times, notes: {} });
  }
  if (wanted("I2")) {
    options.before();
    const times = await race([{ name: "plain", run: () => nd.step(1, 2) }, { name: "ours", run: () => A.index(":", "::2") }], options);
    rows.push({ id: "I2", what: `a.index(":", "::2"), a 1000×1000: a view (20,000 calls allocate ${grown(() => A.index(":", "::2"))} bytes of elements); "plain" = scijs nd.step(1, 2)`, times, notes: {} });
  }
}
function gatherMask(x, m, n) {
  let count = 0;
  for (let i = 0; i < n; i++) count += m[i];
  const o = new Float64Array(count);
  for (let i = 0, k = 0; i < n; i++) if (m[i] !== 0) o[k++] = x[i];
  return o;
}
if (wanted("I3")) {
  const n = N * N;
  const keep = Array.from({ length: n }, (_, i) => a[i] > 0);
  const bits = Uint8Array.from(keep, (k) => (k ? 1 : 0));
  const X = nb.array(a);
  // a bool NDArray where the library has the dtype; nested booleans otherwise (their conversion is then timed too)
  const mask = nb.isDType("bool") ? nb.array(keep, { dtype: "bool" }) : keep;
  await workload("I3", `a[mask], 1e6 elements, half selected (mask: ${nb.isDType("bool") ? "bool NDArray" : "JS booleans"})`, {
    plain: () => {
      let count = 0;
      for (let i = 0; i < n; i++) count += bits[i];
      const o = new Float64Array(count);
      for (let i = 0, k = 0; i < n; i++) if (bits[i] !== 0) o[k++] = a[i];
      return o;
    },
    plainFn: () => gatherMask(a, bits, n),
    ours: { ours: () => nb.index(X, mask) },
    options: { rounds: 9, warmup: 5 },
  });
}

// Sorting, searching and statistics on 1e6 float64 (issue 16), each against the plain JS way.
{
  const M = 1_000_000;
  const x = rand(M, 5);
  const X = nb.array(x);
  // repeats for unique: 2001 distinct values
  const r = Float64Array.from(x, (t) => Math.round(t * 1000));
  const R = nb.array(r);
  const few = { rounds: 7, warmup: 2 };
  await workload("S1", "sort, 1e6", {
    plain: () => Float64Array.from(x).sort(),
    ours: { ours: () => nb.sort(X) },
    options: few,
  });
  await workload("S2", "argsort, 1e6", {
    // a plain index sort: Array.prototype.sort is stable, as argsort must be
    plain: () => Float64Array.from(Array.from({ length: M }, (_, i) => i).sort((i, j) => x[i] - x[j])),
    ours: { ours: () => nb.argsort(X) },
    options: few,
  });
  await workload("S3", "argmax, 1e6", {
    plain: () => {
      let best = x[0];
      let at = 0;
      for (let i = 1; i < M; i++) {
        if (x[i] > best) {
          best = x[i];
          at = i;
        }
      }
      return Float64Array.of(at);
    },
    plainFn: () => Float64Array.of(argmaxFlat(x, M)),
    ours: { ours: () => nb.argmax(X) },
    options: { inner: 10 },
  });
  await workload("S4", "cumsum, 1e6", {
    plain: () => {
      const o = new Float64Array(M);
      let acc = 0;
      for (let i = 0; i < M; i++) o[i] = acc = i === 0 ? x[0] : acc + x[i];
      return o;
    },
    plainFn: () => cumsumFlat(x, M),
    ours: { ours: () => nb.cumsum(X) },
  });
  await workload("S5", "unique, 1e6 (2001 values)", {
    plain: () => {
      const s = Float64Array.from(r).sort();
      const out = [];
      for (let i = 0; i < M; i++) if (i === 0 || s[i] !== s[i - 1]) out.push(s[i]);
      return Float64Array.from(out);
    },
    ours: { ours: () => nb.unique(R) },
    options: few,
  });
}

// The Jacobian module, each against evaluating the function alone.
/** Array-buffer bytes in use once the heap is collected and freed backing stores are returned. */
async function settledArrayBuffers() {
  for (let i = 0; i < 3; i++) {
    globalThis.gc?.();
    await sleep(20);
  }
  return process.memoryUsage().arrayBuffers;
}
if (wanted("J1")) {
  // an elementwise chain: f(x) = tanh(sin(x) ⊙ x); ∂f/∂x = Diag(tanh′(u) ⊙ (cos(x) ⊙ x + sin(x))), u = sin(x) ⊙ x
  const x = nb.array(a);
  const chainJ = (t) => J.tanh(J.multiply(J.sin(t), t));
  const chain = (t) => nb.tanh(nb.multiply(nb.sin(t), t));
  const Jt = J.jacobian(chainJ, x);
  if (Jt.kind !== "diagonal") throw new Error(`J1: the Jacobian is ${Jt.kind}, not diagonal`);
  check("J1", Jt.diagonal().data, Float64Array.from(a, (t) => (1 - Math.tanh(Math.sin(t) * t) ** 2) * (Math.cos(t) * t + Math.sin(t))), 1e-14);
  // what a Jacobian keeps alive, once its computation's temporaries are collected
  const before = await settledArrayBuffers();
  const keep = J.jacobian(chainJ, x);
  const bytes = (await settledArrayBuffers()) - before;
  const times = await race(
    [
      { name: "plain", run: () => chain(x) },
      { name: "ours", run: () => J.jacobian(chainJ, x) },
    ],
    { rounds: 9, warmup: 10 },
  );
  rows.push({ id: "J1", what: `jacobian of tanh(sin(x) ⊙ x), 1e6 elements: keeps ${(bytes / 1e6).toFixed(1)} MB (the diagonal; dense would be 8 TB); "plain" = the chain alone`, times, notes: {} });
  void keep;
}

if (wanted("J2")) {
  const M = 500;
  const W = nb.array(rand(M * M, 5)).reshape(M, M);
  const xv = nb.array(rand(M, 6));
  const yv = nb.array(rand(M, 7));
  const loss = (w) => J.sum(J.square(J.subtract(J.matmul(w, xv), yv)));
  const g = J.grad(loss, W);
  const wd = W.data, xd = xv.data, yd = yv.data, want = new Float64Array(M * M);
  for (let i = 0; i < M; i++) {
    let r = -yd[i];
    for (let j = 0; j < M; j++) r += wd[i * M + j] * xd[j];
    for (let j = 0; j < M; j++) want[i * M + j] = 2 * r * xd[j];
  }
  check("J2", g.data, want, 1e-9);
  // warmed up until the optimizing compiler has seen the whole tape walk (a few hundred calls),
  // after collecting the garbage of the large workloads (once: one run of three gave 13× without)
  globalThis.gc?.();
  const t2 = await race([{ name: "plain", run: () => loss(W) }, { name: "ours", run: () => J.grad(loss, W) }], { rounds: 15, warmup: 300, collect: false });
  rows.push({ id: "J2", what: `grad of sum((W x − y)²), W 500×500; "plain" = the loss alone`, times: t2, notes: {} });
}

if (wanted("J3")) {
  // the Hessian of an elementwise sum: sum(tanh(x)) has H = Diag(tanh″(x)), kept as its diagonal
  const x = nb.array(a);
  const f = (t) => J.sum(J.tanh(t));
  const H = J.hessian(f, x);
  if (H.kind !== "diagonal") throw new Error(`J3: the Hessian is ${H.kind}, not diagonal`);
  check("J3", H.diagonal().data, Float64Array.from(a, (t) => -2 * Math.tanh(t) * (1 - Math.tanh(t) ** 2)), 1e-12);
  const before = await settledArrayBuffers();
  const keep = J.hessian(f, x);
  const bytes = (await settledArrayBuffers()) - before;
  const times = await race(
    [
      { name: "plain", run: () => nb.sum(nb.tanh(x)) },
      { name: "ours", run: () => J.hessian(f, x) },
    ],
    { rounds: 9, warmup: 10 },
  );
  rows.push({ id: "J3", what: `hessian of sum(tanh(x)), 1e6 elements: keeps ${(bytes / 1e6).toFixed(1)} MB (the diagonal); "plain" = the function alone`, times, notes: {} });
  void keep;
}

// W10: W7 again, in a process that has now run every workload above and, below, every
// elementwise function of the table on every dtype (the loops' type feedback and the resolution
// caches as a long-running program leaves them; issue 14's target: at most numpy's ~1 µs).
if (wanted("W10")) {
  const dtypes = ["float64", "float32", "int32", "int16", "int8", "uint32", "uint16", "uint8", "bool"];
  const names = ["add", "subtract", "multiply", "divide", "power", "maximum", "minimum", "less", "equal", "logicalAnd", "where", "clip", "floorDivide", "remainder", "hypot", "bitwiseAnd",
    "negative", "abs", "exp", "log", "sqrt", "square", "tanh", "sin", "cos", "floor", "rint", "isnan", "sign", "tan", "expm1", "log1p", "atan", "bitwiseInvert"];
  for (const name of names) {
    const f = nb[name];
    for (const d of dtypes) {
      const x = nb.array([[1, 0, 3], [4, 5, 6]], { dtype: d });
      const y = nb.array([1, 2, 3], { dtype: d }).T;
      for (let k = 0; k < 50; k++) {
        try {
          if (name === "where" || name === "clip") f(x, y, x);
          else if (f.length >= 2) f(x, y);
          else f(x);
        } catch {
          // a function without a loop for this dtype (bitwise of floats, …)
        }
      }
    }
  }
  await tinyAdd("W10", "W7 after every workload, function and dtype", false);
}

if (wanted("J4")) {
  // grad through an advanced index with repeats (a gather; its transpose scatter-adds), 1e6 elements
  const x = nb.array(a);
  const picks = nb.array(Int32Array.from({ length: a.length }, (_, i) => (i * 7919) % a.length), { dtype: "int32" });
  const f = (t) => J.sum(J.square(J.index(t, picks)));
  const g = J.grad(f, x);
  const want = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) want[(i * 7919) % a.length] += 2 * a[(i * 7919) % a.length];
  check("J4", g.data, want, 1e-12);
  const times = await race([{ name: "plain", run: () => nb.sum(nb.square(nb.index(x, picks))) }, { name: "ours", run: () => J.grad(f, x) }], { rounds: 9, warmup: 10 });
  rows.push({ id: "J4", what: `grad of sum(x[idx]²), idx 1e6 integers; "plain" = the function alone`, times, notes: {} });
}

if (wanted("J5")) {
  // grad of a batched product: 2000 independent 16 × 16 products (a block-diagonal Jacobian)
  const [B, n] = [2000, 16];
  const A = nb.array(rand(B * n * n, 8)).reshape(B, n, n);
  const X = nb.array(rand(B * n * n, 9)).reshape(B, n, n);
  const f = (t) => J.sum(J.square(J.matmul(A, t)));
  const g = J.grad(f, X);
  check("J5", g.data, nb.multiply(nb.matmul(A.transpose(0, 2, 1), nb.matmul(A, X)), 2).data, 1e-9);
  const times = await race([{ name: "plain", run: () => nb.sum(nb.square(nb.matmul(A, X))) }, { name: "ours", run: () => J.grad(f, X) }], { rounds: 9, warmup: 10 });
  rows.push({ id: "J5", what: `grad of sum((A X)²), batch of 2000 16×16 products; "plain" = the function alone`, times, notes: {} });
}

if (wanted("J6")) {
  // grad of an elementwise function of the Jacobian module's table (issue 19): softplus' = sigmoid, 1e6 elements
  const x = nb.array(a);
  const f = (t) => J.sum(J.softplus(t));
  check("J6", J.grad(f, x).data, Float64Array.from(a, (t) => 1 / (1 + Math.exp(-t))), 1e-15);
  const times = await race([{ name: "plain", run: () => nb.sum(nb.logaddexp(x, 0)) }, { name: "ours", run: () => J.grad(f, x) }], { rounds: 9, warmup: 10 });
  rows.push({ id: "J6", what: `grad of sum(softplus(x)), 1e6 elements; "plain" = the function alone`, times, notes: {} });
}

// IO1: .npy bytes of the 1000×1000 float64 array and back (issue 18); "plain" copies the
// elements' bytes out and back, the least any serialization does.
if (wanted("IO1")) {
  const bytes = nb.toNpy(A);
  if (nb.fromNpy(bytes).get(3, 4) !== a[3 * N + 4]) throw new Error("IO1: wrong round trip");
  const plain = () => new Float64Array(new Uint8Array(a.buffer).slice().buffer);
  const times = await race([{ name: "plain", run: plain }, { name: "ours", run: () => nb.fromNpy(nb.toNpy(A)) }], { inner: 5, rounds: 9 });
  rows.push({ id: "IO1", what: "fromNpy(toNpy(A)), A 1000×1000 float64 (8 MB)", times, notes: {} });
}

// The table.
const peerNames = peers.map((p) => p.name);
const head = ["", "workload", "plain", "ours", "ours/plain", "ours/plain fn", ...peerNames.map((n) => n.split(" ")[0]), "best JS peer / ours"];
const lines = [head.join(" | ")];
for (const r of rows) {
  const ours = r.times.ours;
  const ratio = r.times.plain ? (ours / r.times.plain).toFixed(2) + "×" : "—";
  const peerCells = peerNames.map((n) => (r.times[n] !== undefined ? fmt(r.times[n]) : "n/a"));
  const cpuPeers = ["@stdlib/ndarray", "tfjs-core cpu (float32)", "mathjs"].map((n) => r.times[n]).filter((t) => t !== undefined);
  const best = cpuPeers.length ? (Math.min(...cpuPeers) / ours).toFixed(1) + "×" : "—";
  const ratioFn = r.times["plain fn"] ? (ours / r.times["plain fn"]).toFixed(2) + "×" : "—";
  lines.push([r.id, r.what, fmt(r.times.plain), fmt(ours), ratio, ratioFn, ...peerCells, best].join(" | "));
  for (const [k, t] of Object.entries(r.times)) {
    if (!k.startsWith("ours,")) continue;
    const fn = r.times["plain fn"] ? (t / r.times["plain fn"]).toFixed(2) + "×" : "";
    lines.push(["", `  ${k}`, "", fmt(t), r.times.plain ? (t / r.times.plain).toFixed(2) + "×" : "", fn, ...peerNames.map(() => ""), ""].join(" | "));
  }
}
console.log(`\nnode ${process.version}; median ms per call. "plain": a loop closed over the data (V8 specializes it on the
constant arrays); "plain fn": the same loop as a function of its arrays. "best JS peer / ours" > 1: ours is faster than
every CPU peer (stdlib, tfjs cpu, mathjs).\n`);
console.log(lines.map((l) => `| ${l} |`).join("\n"));
const notes = rows.flatMap((r) => Object.entries(r.notes).map(([p, why]) => `- ${r.id}, ${p}: ${why}`));
if (notes.length) console.log(`\nNot measured:\n${[...new Set(notes)].join("\n")}`);
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
const file = new URL(`./results/bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`, import.meta.url);
writeFileSync(file, JSON.stringify({ node: process.version, rows }, null, 2));
console.log("\nwritten to bench/results/ (not committed)");
