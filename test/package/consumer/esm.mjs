import assert from "node:assert/strict";
import { array, NDArray, formatShape } from "ndarray-broadcast";
import { jacobian, relu } from "ndarray-broadcast/jacobian";

assert.equal(NDArray.name, "NDArray");
assert.equal(array([1, 2]).add(1).toString(), "array([2., 3.])");
assert.equal(formatShape([2, 3]), "(2, 3)");
assert.equal(jacobian(relu, array([-1, 2])).toString(), "Diag(array([0., 1.]))");
console.log("consumer (ESM): ok");
