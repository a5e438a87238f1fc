// Imports the built package by its own name from ESM, as a user would, and checks a result.
import assert from "node:assert/strict";
import { array, zeros, NDArrayError } from "ndarray-broadcast";
import * as jacobian from "ndarray-broadcast/jacobian";
import * as core from "ndarray-broadcast";

const a = array([[1, 2], [3, 4]]);
assert.equal(a.toString(), "array([[1., 2.],\n       [3., 4.]])");
assert.deepEqual(zeros([2]).tolist(), [0, 0]);
assert.deepEqual(array([1, 2]).add(1).tolist(), [2, 3]); // method forms are attached in the bundle
assert.throws(() => zeros([-1]), NDArrayError);
// indexing methods, length and iteration are attached in the bundle too
assert.deepEqual([...a.index("::-1", 0)].map((x) => x.get()), [3, 1]);
assert.equal(a.length, 2);
// One class per error across both entry points (a shared chunk), so instanceof works across them.
assert.equal(jacobian.BroadcastError, core.BroadcastError);
// run again under --disallow-code-generation-from-strings (package.json "smoke"): the strict-CSP path
let evaluation = true;
try {
  new Function("return 1");
} catch {
  evaluation = false;
}
assert.equal(core.usesCompiledLoops, evaluation);
assert.deepEqual(jacobian.grad((x) => jacobian.sum(jacobian.tanh(x)), array([0, 1])).tolist().map((v) => +v.toFixed(6)), [1, 0.419974]);
console.log(`smoke (ESM, ${evaluation ? "compiled" : "evaluation-free"}): ok`);
