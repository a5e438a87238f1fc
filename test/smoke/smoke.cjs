// Requires the built package by its own name from CommonJS, as a user would, and checks a result.
const assert = require("node:assert/strict");
const { array, zeros, NDArrayError } = require("ndarray-broadcast");
const jacobian = require("ndarray-broadcast/jacobian");

const a = array([[1, 2], [3, 4]]);
assert.equal(a.toString(), "array([[1., 2.],\n       [3., 4.]])");
assert.deepEqual(zeros([2]).tolist(), [0, 0]);
assert.deepEqual(array([1, 2]).add(1).tolist(), [2, 3]); // method forms are attached in the bundle
assert.throws(() => zeros([-1]), NDArrayError);
// One class per error across both entry points (a shared chunk), so instanceof works across them.
assert.equal(jacobian.BroadcastError, require("ndarray-broadcast").BroadcastError);
// run again under --disallow-code-generation-from-strings (package.json "smoke"): the strict-CSP path
let evaluation = true;
try {
  new Function("return 1");
} catch {
  evaluation = false;
}
assert.equal(require("ndarray-broadcast").usesCompiledLoops, evaluation);
console.log(`smoke (CJS, ${evaluation ? "compiled" : "evaluation-free"}): ok`);
