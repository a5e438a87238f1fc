// npm run bench:kernels — the loop alone, into a preallocated output: ndarray-ops/cwise against
// the hand-written strided loops of src/ops/loops.ts, on the layouts of the workloads. This is
// the measurement that decides which layouts get a hand-written loop (DESIGN: "write a kernel by
// hand only where a measurement shows ndarray-ops is the bottleneck").
import ndarray from "ndarray";
import ops from "ndarray-ops";
import { check, fmt, race } from "./harness.mjs";
import { binaryLoop, UNROLL } from "./.build/loops.js";

const N = 1000;
const a = Float64Array.from({ length: N * N }, (_, i) => Math.sin(i));
const b = Float64Array.from({ length: N * N }, (_, i) => Math.cos(i));
const v = Float64Array.from({ length: N }, (_, i) => Math.sin(i * 3));
const o1 = new Float64Array(N * N);
const o2 = new Float64Array(N * N);
const O1 = ndarray(o1, [N, N]);
const A = ndarray(a, [N, N]);
const B = ndarray(b, [N, N]);
const rowView = ndarray(v, [N, N], [0, 1], 0);
Object.defineProperty(rowView, "order", { value: [1, 0] });
const colView = ndarray(v, [N, N], [1, 0], 0);
Object.defineProperty(colView, "order", { value: [1, 0] });
const loops = (unroll) => ({ add: binaryLoop("a+b", unroll), mul: binaryLoop("a*b", unroll) });
const variants = { "one element": loops(1), "unrolled ×4": loops(4), "unrolled ×8": loops(8), "unrolled ×16": loops(16), "unrolled ×32": loops(32) };

// a plain loop closed over its data: V8 specializes it on the constant arrays (no bounds checks)
const closures = {
  "A ⊙ B, contiguous, fresh output": () => { const o = new Float64Array(N * N); for (let i = 0; i < N * N; i++) o[i] = a[i] * b[i]; return o; },
  "A ⊙ B, contiguous": () => { for (let i = 0; i < N * N; i++) o2[i] = a[i] * b[i]; },
  "A + v, row broadcast": () => { for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) o2[i * N + j] = a[i * N + j] + v[j]; },
  "A * c, column broadcast": () => { for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) o2[i * N + j] = a[i * N + j] * v[i]; },
};
const cases = [
  ["A ⊙ B, contiguous, fresh output", () => ops.mul(ndarray(new Float64Array(N * N), [N, N]), A, B), (l) => l.mul(new Float64Array(N * N), 0, a, 0, b, 0, [N * N], [1], [1], [1])],
  ["A ⊙ B, contiguous", () => ops.mul(O1, A, B), (l) => l.mul(o2, 0, a, 0, b, 0, [N * N], [1], [1], [1])],
  ["A + v, row broadcast", () => ops.add(O1, A, rowView), (l) => l.add(o2, 0, a, 0, v, 0, [N, N], [N, 1], [N, 1], [0, 1])],
  ["A * c, column broadcast", () => ops.mul(O1, A, colView), (l) => l.mul(o2, 0, a, 0, v, 0, [N, N], [N, 1], [N, 1], [1, 0])],
];
console.log(`median ms per call, N = ${N}×${N} float64; ratios to the plain loop closed over the data; the library unrolls ×${UNROLL}`);
console.log(`layout | plain closure | ndarray-ops (cwise) | ${Object.keys(variants).join(" | ")}`);
for (const [name, cwise, hand] of cases) {
  const participants = [{ name: "plain", run: closures[name] }, { name: "cwise", run: cwise }];
  for (const [k, l] of Object.entries(variants)) participants.push({ name: k, run: () => hand(l) });
  for (const p of participants) {
    o2.fill(0);
    p.run();
    if (!name.includes("fresh") && p.name !== "cwise") check(`${name}, ${p.name}`, o2, (cwise(), o1));
  }
  const t = await race(participants, { rounds: 21 });
  const cell = (k) => `${fmt(t[k])} (${(t[k] / t.plain).toFixed(2)}×)`;
  console.log(`${name} | ${fmt(t.plain)} | ${participants.slice(1).map((p) => cell(p.name)).join(" | ")}`);
}
