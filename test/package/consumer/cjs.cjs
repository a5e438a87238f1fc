const assert = require("node:assert/strict");
const { array, NDArray } = require("ndarray-broadcast");
const { jacobian, relu } = require("ndarray-broadcast/jacobian");

assert.equal(NDArray.name, "NDArray");
assert.equal(array([1, 2]).add(1).toString(), "array([2., 3.])");
assert.equal(jacobian(relu, array([-1, 2])).toString(), "Diag(array([0., 1.]))");
console.log("consumer (CJS): ok");
