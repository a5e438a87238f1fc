import nb = require("ndarray-broadcast");
import jac = require("ndarray-broadcast/jacobian");

const a: nb.NDArray = nb.array([1, 2]).add(1);
export const k: string = jac.jacobian(jac.relu, a).kind;
