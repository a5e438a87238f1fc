/**
 * The library's error hierarchy. Every error thrown on bad input is an {@link NDArrayError};
 * its message starts with the public function that refused the input, writes every shape in
 * numpy notation (`(2, 3)`, `(3,)`, `()`), and says what to do instead where there is a fix.
 *
 * @example
 * import { zeros, NDArrayError, ShapeError } from "ndarray-broadcast";
 * try {
 *   zeros([-1]);
 * } catch (e) {
 *   console.log(e instanceof ShapeError, e instanceof NDArrayError);
 *   // => true true
 *   console.log((e as Error).message);
 *   // => zeros: negative dimensions are not allowed: -1 in (-1,)
 * }
 *
 * @module
 */

/** The base of every error this library throws on bad input. */
export class NDArrayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Shapes that cannot be broadcast together (numpy's `ValueError` from broadcasting). */
export class BroadcastError extends NDArrayError {}

/** A shape that is invalid, or that does not fit the operation (ragged input, reshape size, …). */
export class ShapeError extends NDArrayError {}

/** An axis out of range or repeated (numpy's `AxisError`). */
export class AxisError extends NDArrayError {}

/** An index out of range, of the wrong count, or not an integer (numpy's `IndexError`). */
export class IndexError extends NDArrayError {}

/** A dtype that is unknown, a value of the wrong type, or a cast that numpy would refuse. */
export class DTypeError extends NDArrayError {}

/** A write into a read-only array, such as a broadcast view (numpy's "assignment destination is read-only"). */
export class ReadOnlyError extends NDArrayError {}
