/**
 * ndarray-broadcast/jacobian: exact, structured Jacobians over strict operations that refuse
 * implicit broadcasting. The module is being built (see the project's issues); today it exports
 * the error hierarchy it will throw, shared with the core.
 *
 * @module
 */
export { NDArrayError, BroadcastError, ShapeError, DTypeError } from "../index.js";
