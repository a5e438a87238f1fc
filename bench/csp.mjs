// npm run bench:csp — what the evaluation-free path costs (a page whose Content-Security-Policy
// forbids 'unsafe-eval'; docs/browser.md). The same workloads run in two Node processes: one as
// usual (compiled loops), one with `--disallow-code-generation-from-strings`, under which `new
// Function` throws just as under a strict policy and the library interprets its loops. Each
// process checks its results against a plain loop first; the table gives the median ms per call
// and the ratios (bench/harness.mjs times them).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { check, fmt, race } from "./harness.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));

if (process.argv[2] !== "--child") {
  const run = (flags) => JSON.parse(execFileSync(process.execPath, ["--expose-gc", ...flags, fileURLToPath(import.meta.url), "--child"], { cwd: here, encoding: "utf8", maxBuffer: 1 << 24 }));
  const compiled = run([]);
  const interpreted = run(["--disallow-code-generation-from-strings"]);
  if (compiled.canCompile !== true || interpreted.canCompile !== false) throw new Error("bench:csp: a process is not on the path it should be");
  console.log(`node ${process.version}; median ms per call; "plain": a loop over the Float64Arrays\n`);
  console.log("| workload | plain | compiled | interpreted | compiled / plain | interpreted / plain | interpreted / compiled |");
  console.log("|---|---|---|---|---|---|---|");
  for (const [id, row] of Object.entries(compiled.rows)) {
    const p = row.plain;
    const c = row.ours;
    const i = interpreted.rows[id].ours;
    console.log(`| ${id} ${row.what} | ${fmt(p)} | ${fmt(c)} | ${fmt(i)} | ${(c / p).toFixed(2)}× | ${(i / p).toFixed(2)}× | ${(i / c).toFixed(1)}× |`);
  }
  process.exit(0);
}

const nb = await import("../dist/index.js");
const J = await import("../dist/jacobian/index.js");
const canCompile = nb.usesCompiledLoops;
const N = 1000;
const rand = (n, seed) => Float64Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898 + seed) * 0.9);
const a = rand(N * N, 1);
const b = rand(N * N, 2);
const v = rand(N, 3);
const A = nb.array(a).reshape(N, N);
const B = nb.array(b).reshape(N, N);
const V = nb.array(v);

const rows = {};
async function row(id, what, plain, ours, options) {
  check(id, nb.array(ours()).data, plain(), 1e-12);
  const times = await race([{ name: "plain", run: plain }, { name: "ours", run: ours }], { rounds: 7, ...options });
  rows[id] = { what, plain: times.plain, ours: times.ours };
}

await row("W1", "A + v, (1000, 1000) + (1000,)", () => {
  const o = new Float64Array(N * N);
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) o[i * N + j] = a[i * N + j] + v[j];
  return o;
}, () => nb.add(A, V));
await row("W3", "A ⊙ B", () => {
  const o = new Float64Array(N * N);
  for (let i = 0; i < N * N; i++) o[i] = a[i] * b[i];
  return o;
}, () => nb.multiply(A, B));
await row("W4", "tanh(A)", () => {
  const o = new Float64Array(N * N);
  for (let i = 0; i < N * N; i++) o[i] = Math.tanh(a[i]);
  return o;
}, () => nb.tanh(A));
await row("T1", "Aᵀ + B (a strided operand)", () => {
  const o = new Float64Array(N * N);
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) o[i * N + j] = a[j * N + i] + b[i * N + j];
  return o;
}, () => nb.add(A.T, B));
await row("W6", "sum(A, axis 0)", () => {
  const o = new Float64Array(N);
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) o[j] += a[i * N + j];
  return o;
}, () => nb.sum(A, { axis: 0 }));
const x3 = nb.array([1, 2, 3]);
const y23 = nb.array([[1, 2, 3], [4, 5, 6]]);
const x3d = x3.data;
const y23d = y23.data;
await row("W7", "(3,) + (2, 3), per call", () => {
  const o = new Float64Array(6);
  for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) o[i * 3 + j] = x3d[j] + y23d[i * 3 + j];
  return o;
}, () => nb.add(x3, y23), { inner: 2000, rounds: 9 });
await row("C1", "A.copy() of a transposed view", () => {
  const o = new Float64Array(N * N);
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) o[i * N + j] = a[j * N + i];
  return o;
}, () => A.T.copy());
const X = nb.array(rand(100_000, 5));
const xs = X.data;
await row("J1", "grad of sum(tanh(x)), 1e5", () => {
  const o = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const t = Math.tanh(xs[i]);
    o[i] = 1 - t * t;
  }
  return o;
}, () => J.grad((x) => J.sum(J.tanh(x)), X));

console.log(JSON.stringify({ canCompile, rows }));
