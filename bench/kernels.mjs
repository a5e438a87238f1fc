// npm run bench:kernels — the loop alone, into a preallocated output: ndarray-ops/cwise against
// the hand-written strided loops of src/ops/loops.ts, on the layouts of the workloads. This is
// the measurement that decides which layouts get a hand-written loop (DESIGN: "write a kernel by
// hand only where a measurement shows ndarray-ops is the bottleneck").
import ndarray from "ndarray";
import ops from "ndarray-ops";
import { check, fmt, race } from "./harness.mjs";
import { binaryLoop } from "./.build/loops.js";

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
const add = binaryLoop("a+b");
const mul = binaryLoop("a*b");

const fresh = (shape) => ndarray(new Float64Array(N * N), shape);
const cases = [
  ["A ⊙ B, contiguous, fresh output", () => ops.mul(fresh([N, N]), A, B), () => mul(new Float64Array(N * N), 0, a, 0, b, 0, [N * N], [1], [1], [1])],
  ["A ⊙ B, contiguous", () => ops.mul(O1, A, B), () => mul(o2, 0, a, 0, b, 0, [N * N], [1], [1], [1])],
  ["A + v, row broadcast", () => ops.add(O1, A, rowView), () => add(o2, 0, a, 0, v, 0, [N, N], [N, 1], [N, 1], [0, 1])],
  ["A * c, column broadcast", () => ops.mul(O1, A, colView), () => mul(o2, 0, a, 0, v, 0, [N, N], [N, 1], [N, 1], [1, 0])],
];
console.log("layout | ndarray-ops (cwise) | hand-written loop | cwise / hand");
for (const [name, cwise, hand] of cases) {
  cwise();
  hand();
  if (!name.includes("fresh")) check(name, o2, o1);
  const t = await race([{ name: "cwise", run: cwise }, { name: "hand", run: hand }], { rounds: 21 });
  console.log(`${name} | ${fmt(t.cwise)} | ${fmt(t.hand)} | ${(t.cwise / t.hand).toFixed(2)}×`);
}
