// npm run bench: ndarray-broadcast against a plain Float64Array loop, on the workloads of the
// performance issue. Each result is checked against the plain loop before it is timed.
// Figures are medians; the ratio ours/plain is what matters (1.0 is the practical limit).
import { mkdirSync, writeFileSync } from "node:fs";
import { add, arange, array, broadcastTo, multiply, tanh, zeros } from "ndarray-broadcast";
import * as J from "ndarray-broadcast/jacobian";
import { check, fmt, time } from "./harness.mjs";

const N = 1000;
const rand = (n) => Float64Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898) * 43758.5453 % 1);
const A = array(rand(N * N)).reshape(N, N);
const B = array(rand(N * N).reverse()).reshape(N, N);
const v = array(rand(N));
const c = array(rand(N)).reshape(N, 1);
const out = zeros([N, N]);
const plainOut = new Float64Array(N * N);
const a = A.data, b = B.data, vd = v.data, cd = c.data;

const rows = [];
function workload(id, what, ours, plain, { ourCheck, plainCheck, rtol = 0, ...opts } = {}) {
  const r1 = ours();
  const r2 = plain();
  if (ourCheck !== undefined && plainCheck !== undefined) check(id, ourCheck(r1), plainCheck(r2), rtol);
  const tOurs = time(ours, opts);
  const tPlain = time(plain, opts);
  rows.push({ id, what, ours: tOurs, plain: tPlain, ratio: tOurs / tPlain });
}

const flat = (x) => x.copy().data;

workload("W1", "A + v, v (1000,)", () => add(A, v), () => {
  const o = new Float64Array(N * N);
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) o[i * N + j] = a[i * N + j] + vd[j];
  return o;
}, { ourCheck: flat, plainCheck: (x) => x });
workload("W1 out", "A + v into out", () => add(A, v, { out }), () => {
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) plainOut[i * N + j] = a[i * N + j] + vd[j];
  return plainOut;
}, { ourCheck: flat, plainCheck: (x) => x });
workload("W2", "A * c, c (1000, 1)", () => multiply(A, c), () => {
  const o = new Float64Array(N * N);
  for (let i = 0; i < N; i++) { const ci = cd[i]; for (let j = 0; j < N; j++) o[i * N + j] = a[i * N + j] * ci; }
  return o;
}, { ourCheck: flat, plainCheck: (x) => x });
workload("W3", "A ⊙ B", () => multiply(A, B), () => {
  const o = new Float64Array(N * N);
  for (let i = 0; i < N * N; i++) o[i] = a[i] * b[i];
  return o;
}, { ourCheck: flat, plainCheck: (x) => x });
workload("W4", "tanh, 1e6 elements", () => tanh(A), () => {
  const o = new Float64Array(N * N);
  for (let i = 0; i < N * N; i++) o[i] = Math.tanh(a[i]);
  return o;
}, { ourCheck: flat, plainCheck: (x) => x });

const big = arange(1000);
const before = process.memoryUsage().arrayBuffers;
const view = broadcastTo(big, [100000, 1000]);
const grown = process.memoryUsage().arrayBuffers - before;
if (view.get(99999, 999) !== 999) throw new Error("W5: wrong element");
const t5 = time(() => broadcastTo(big, [100000, 1000]), { inner: 10000, rounds: 9 });
rows.push({ id: "W5", what: `broadcastTo (1000,) → (1e5, 1000); extra memory ${grown} bytes`, ours: t5, plain: undefined, ratio: undefined });

const s3 = array([1, 2, 3]);
const m23 = array([[1, 2, 3], [4, 5, 6]]);
const p3 = new Float64Array([1, 2, 3]);
const p23 = new Float64Array([1, 2, 3, 4, 5, 6]);
workload("W7", "(3,) + (2, 3), per op", () => add(s3, m23), () => {
  const o = new Float64Array(6);
  for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) o[i * 3 + j] = p3[j] + p23[i * 3 + j];
  return o;
}, { ourCheck: flat, plainCheck: (x) => x, inner: 20000, rounds: 9 });

// The Jacobian module: an elementwise chain on 1e6 elements, and the gradient of a least-squares loss.
const x6 = array(rand(N * N));
const chainJ = J.jacobian((x) => J.tanh(x), x6);
check("J1", chainJ.diagonal().data, Float64Array.from(a, (v) => 1 - Math.tanh(v) ** 2), 1e-15);
const mem0 = process.memoryUsage().arrayBuffers;
const keep = J.jacobian((x) => J.tanh(x), x6);
const jacBytes = process.memoryUsage().arrayBuffers - mem0;
const tJac = time(() => J.jacobian((x) => J.tanh(x), x6), { rounds: 9 });
const tTanh = time(() => tanh(x6), { rounds: 9 });
rows.push({ id: "J1", what: `jacobian(tanh) 1e6: ${(jacBytes / 1e6).toFixed(0)} MB, ratio to tanh(x) →`, ours: tJac, plain: tTanh, ratio: tJac / tTanh });
void keep;

const M = 500;
const W = array(rand(M * M)).reshape(M, M);
const xv = array(rand(M));
const yv = array(rand(M).reverse());
const loss = (w) => J.sum(J.square(J.subtract(J.matmul(w, xv), yv)));
const g = J.grad(loss, W);
{
  // check: ∇_W = 2 (W x − y) xᵀ, by a plain loop
  const wd = W.data, xd = xv.data, yd = yv.data, expect = new Float64Array(M * M);
  for (let i = 0; i < M; i++) {
    let r = -yd[i];
    for (let j = 0; j < M; j++) r += wd[i * M + j] * xd[j];
    for (let j = 0; j < M; j++) expect[i * M + j] = 2 * r * xd[j];
  }
  check("J2", g.data, expect, 1e-9);
}
const tGrad = time(() => J.grad(loss, W), { rounds: 9 });
const tLoss = time(() => loss(W), { rounds: 9 });
rows.push({ id: "J2", what: "grad of sum((W x − y)²), W 500×500, ratio to loss →", ours: tGrad, plain: tLoss, ratio: tGrad / tLoss });

console.log("workload  what                                              ours        plain       ours/plain");
for (const r of rows) {
  console.log(
    `${r.id.padEnd(9)} ${r.what.padEnd(49)} ${fmt(r.ours).padEnd(11)} ${fmt(r.plain).padEnd(11)} ${r.ratio === undefined ? "—" : r.ratio.toFixed(2) + "×"}`,
  );
}
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
const file = new URL(`./results/bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`, import.meta.url);
writeFileSync(file, JSON.stringify({ node: process.version, rows }, null, 2));
console.log(`\nwritten to bench/results/ (not committed)`);
