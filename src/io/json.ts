/**
 * `fromJSON`: an array back from the record `a.toJSON()` writes (or its JSON text).
 *
 * @module
 */
import { DTYPES, isDType } from "../dtype.js";
import { DTypeError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { checkElement, freshArray, type NDArray, type NDArrayJSON } from "../ndarray.js";
import { checkShape, shapeSize } from "../validate.js";

const SPECIAL: Readonly<Record<string, number>> = { nan: NaN, inf: Infinity, "-inf": -Infinity, "-0": -0 };

/**
 * The array a record `{ dtype, shape, data }` describes, as `a.toJSON()` returns it and
 * `JSON.stringify(a)` writes it (the JSON text is accepted too): same dtype, shape and elements,
 * with the strings `"nan"`, `"inf"`, `"-inf"` and `"-0"` for the floats JSON cannot hold. A new,
 * writable, C-contiguous array. Elements are checked as `set` checks them: an integer dtype refuses
 * fractions, NaN and numbers outside its range; the special strings are accepted by float dtypes only.
 *
 * @example
 * import { array, fromJSON } from "ndarray-broadcast";
 * const text = JSON.stringify(array([[1, NaN], [-0, Infinity]]));
 * const b = fromJSON(text);
 * console.log(b.dtype, b.shape, Object.is(b.get(1, 0), -0));
 * // => float64 [ 2, 2 ] true
 * console.log(b.toString());
 * // => array([[ 1., nan],
 * //           [-0., inf]])
 */
export function fromJSON(json: NDArrayJSON | string): NDArray {
  const fn = "fromJSON";
  let record: unknown = json;
  if (typeof json === "string") {
    try {
      record = JSON.parse(json) as unknown;
    } catch (e) {
      throw new DTypeError(`${fn}: the text is not JSON (${(e as Error).message})`);
    }
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    throw new DTypeError(`${fn}: expected a record { dtype, shape, data } as toJSON() returns it, got ${describeType(record)}`);
  }
  const { dtype, shape: rawShape, data } = record as Record<string, unknown>;
  if (!isDType(dtype)) {
    throw new DTypeError(`${fn}: unknown dtype ${describeType(dtype)}; supported dtypes are ${Object.keys(DTYPES).join(", ")}`);
  }
  const shape = checkShape(fn, rawShape);
  if (!Array.isArray(data)) throw new DTypeError(`${fn}: data must be a flat list of the elements in C order, got ${describeType(data)}`);
  const size = shapeSize(shape);
  if (data.length !== size) {
    throw new ShapeError(`${fn}: shape ${formatShape(shape)} holds ${size} elements but data has ${data.length}`);
  }
  const float = DTYPES[dtype].kind === "f";
  const out = freshArray(dtype, shape);
  const target = out.data;
  for (let i = 0; i < size; i++) {
    let v: unknown = data[i];
    if (typeof v === "string") {
      const special = SPECIAL[v];
      if (special === undefined || !float) {
        throw new DTypeError(
          `${fn}: element ${i} is ${describeType(v)}; ${float ? 'the strings allowed are "nan", "inf", "-inf" and "-0"' : `a ${dtype} array holds numbers only`}`,
        );
      }
      v = special;
    }
    target[i] = checkElement(fn, dtype, v);
  }
  return out;
}
