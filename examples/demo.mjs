// The main example, run through the built package: `npm run demo`.
import {
  add,
  array,
  broadcastTo,
  diag,
  explainBroadcast,
  hadamard,
  matmul,
  multiply,
  padWithOnes,
  sum,
  unbroadcast,
} from "ndarray-broadcast";
import * as J from "ndarray-broadcast/jacobian";

/** Prints `label = array`, the array under the label when it spans several lines. */
const show = (label, x) => {
  const text = x.toString();
  console.log(text.includes("\n") ? `${label} =\n${text}` : `${label} = ${text}`);
};
const section = (title) => console.log(`\n── ${title} ${"─".repeat(Math.max(0, 70 - title.length))}`);

section("Arrays print like numpy");
const A = array([[1, 2, 3], [4, 5, 6]]);
const v = array([10, 20, 30]);
show("A", A);
show("v", v);

section("Broadcasting: A + v adds v to every row");
show("add(A, v)", add(A, v));

section("…through a zero-copy read-only view (stride 0 repeats v)");
const V = broadcastTo(v, [2, 3]);
console.log("broadcastTo(v, [2, 3]).strides =", V.strides, " readonly =", V.readonly, " shares v's memory =", V.data === v.data);

section("Broadcasting is padding with ones: v → 1₂ vᵀ");
console.log(explainBroadcast([3], [2, 3], { names: ["v", "A"] }).toString());
show("padWithOnes(v, [2, 3])", padWithOnes(v, [2, 3]));

section("a ⊙ b = Diag(a) b");
const a = array([1, 2, 3]);
const b = array([4, 5, 6]);
console.log("hadamard(a, b)      =", hadamard(a, b).toString());
console.log("matmul(diag(a), b)  =", matmul(diag(a), b).toString());
show("diag(a)", diag(a));

section("The Hadamard product refuses to broadcast");
try {
  hadamard(A, v);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
show("multiply(A, v) broadcasts", multiply(A, v));

section("The adjoint of broadcasting is a sum");
console.log("unbroadcast(A, [3]) = sum(A, { axis: 0 }) =", unbroadcast(A, [3]).toString(), "=", sum(A, { axis: 0 }).toString());

section("Bad input gets a clear error");
try {
  add(A, array([1, 2]));
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}

// ── The motivating question ────────────────────────────────────────────────

section("Why is the derivative of max(0, x) a diagonal matrix?");
const x = array([-1, 0.5, 2]);
const Jrelu = J.jacobian(J.relu, x);
console.log("x =", x.toString());
console.log(`jacobian(relu, x): kind "${Jrelu.kind}", shape`, Jrelu.shape);
console.log("as a formula:", Jrelu.toString());
show("dense (what the formula means)", Jrelu.toDense());
console.log("the 'derivative vector' of the tutorial is its diagonal:", Jrelu.diagonal().toString());
console.log("df = f'(x) ⊙ dx = Diag(f'(x)) dx:", Jrelu.apply(array([10, 20, 30])).toString());

section("tanh gives the same structure");
console.log(J.jacobian(J.tanh, x).toString());

section("Broadcasting inside a Jacobian is refused");
try {
  J.jacobian((v) => J.add(v, array(1)), x);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
const Jz = J.jacobian((z) => J.add(x, J.broadcastTo(z, [3])), array(1));
console.log(`written out, broadcastTo(z, [3]) has the ones-padding Jacobian: ${Jz.toString()} (kind "${Jz.kind}")`);
