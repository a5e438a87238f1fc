// A CommonJS require of the core and an ESM import of /jacobian in one process: two copies of
// the library, which accept each other's arrays.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import * as esm from "ndarray-broadcast";
import { jacobian, relu } from "ndarray-broadcast/jacobian";

const cjs = createRequire(import.meta.url)("ndarray-broadcast");
assert.notEqual(cjs.NDArray, esm.NDArray); // two copies indeed
const a = cjs.array([-1, 2]);
assert.ok(a instanceof esm.NDArray);
assert.ok(esm.array([1]) instanceof cjs.NDArray);
assert.equal(jacobian(relu, a).toString(), "Diag(array([0., 1.]))");
assert.equal(esm.add(a, esm.array([1, 1])).toString(), "array([0., 3.])");
assert.equal(cjs.add(esm.array([1, 1]), a).toString(), "array([0., 3.])");
assert.throws(() => esm.add(new Proxy(a, {}), 1), /Proxy/); // still no Proxy of a foreign array passes
console.log("consumer (CJS core + ESM jacobian in one process): ok");
