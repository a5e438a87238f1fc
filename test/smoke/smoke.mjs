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
console.log("smoke (ESM): ok");
