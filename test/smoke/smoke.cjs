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
console.log("smoke (CJS): ok");
