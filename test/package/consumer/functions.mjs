// ndarray-broadcast/functions: the same functions and class as the root, without the method forms
// until the root entry is loaded (which attaches them to the one NDArray class).
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import * as fn from "ndarray-broadcast/functions";

const a = fn.array([1, 2]);
assert.equal("add" in a, false);
assert.equal(fn.add(a, 1).toString(), "array([2., 3.])");
const root = await import("ndarray-broadcast");
assert.equal(root.NDArray, fn.NDArray);
assert.equal(root.add, fn.add);
assert.equal(a.add(1).toString(), "array([2., 3.])");

const require = createRequire(import.meta.url);
const cjs = require("ndarray-broadcast/functions");
assert.equal(require("ndarray-broadcast").NDArray, cjs.NDArray); // one class among the CJS entries too
assert.equal(cjs.sum(cjs.array([1, 2])).item(), 3);
console.log("consumer (ndarray-broadcast/functions, ESM and CJS): ok");
