/**
 * The Jacobian module's own error: a refusal to broadcast implicitly.
 *
 * @module
 */
import { BroadcastError } from "../errors.js";

/**
 * Thrown by a strict operation when its operands' shapes differ: broadcasting pads with all-ones
 * vectors, a linear map of its own, so it must be written out with `broadcastTo` to be part of a
 * derivative. A subclass of the core's `BroadcastError`.
 */
export class BroadcastRefusedError extends BroadcastError {}
