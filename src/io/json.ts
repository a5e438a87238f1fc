/**
 * `fromJSON`: an array back from the record `a.toJSON()` writes (or its JSON text); `array(record)`
 * reads the same records through {@link readRecord}.
 *
 * @module
 */
import { DTYPES, isDType, type DType } from "../dtype.js";
import { castFloat } from "../creation/cast.js";
import { DTypeError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { checkElement, freshArray, type NDArray, type NDArrayJSON } from "../ndarray.js";
import { checkShape, shapeSize } from "../validate.js";

/** The floats JSON has no number for, by their strings (a Map: `"toString"` is not one of them). */
const SPECIAL: ReadonlyMap<string, number> = new Map([
  ["nan", NaN],
  ["inf", Infinity],
  ["-inf", -Infinity],
  ["-0", -0],
]);

/**
 * The array a record `{ dtype, shape, data }` describes, as `a.toJSON()` returns it and
 * `JSON.stringify(a)` writes it (the JSON text is accepted too): same dtype, shape and elements,
 * with the strings `"nan"`, `"inf"`, `"-inf"` and `"-0"` for the floats JSON cannot hold. A new,
 * writable, C-contiguous array. The record is checked in full: exactly the keys `dtype`, `shape` and
 * `data`, and elements as `toJSON` writes them (an integer dtype refuses fractions, NaN and numbers
 * outside its range; the special strings belong to float dtypes, booleans to `bool`).
 * `array(record)` reads the same records, and casts them with `{ dtype }`.
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
  return readRecord(fn, record);
}

/** The keys of an array's JSON record, all required, no others. */
const KEYS = ["dtype", "shape", "data"] as const;

/**
 * The array a record `{ dtype, shape, data }` describes (`fromJSON`, `array(record)`), checked in
 * full before anything is written: exactly the three keys, a known dtype, a list shape, a flat list
 * of `shape`'s size whose elements are what `toJSON` writes for that dtype (booleans for `bool`,
 * integers in range for an integer dtype, numbers or the special strings for a float dtype). With
 * `target`, the values are cast to it as numpy's `np.array(a, dtype=target)` casts an array of the
 * record's dtype (`astype`'s unsafe casts: wrapping, truncation, `x != 0` for bool). @internal
 */
export function readRecord(fn: string, json: unknown, target?: DType): NDArray {
  const expected = "an array's JSON record { dtype, shape, data } as a.toJSON() returns it";
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new DTypeError(`${fn}: expected ${expected}, got ${describeType(json)}`);
  }
  const record = json as Record<string, unknown>;
  const extra = Object.keys(record).filter((k) => !(KEYS as readonly string[]).includes(k));
  const missing = KEYS.filter((k) => !Object.hasOwn(record, k));
  if (extra.length > 0 || missing.length > 0) {
    const what = [
      missing.length > 0 ? `no ${missing.join(", ")}` : "",
      extra.length > 0 ? `the unexpected key${extra.length > 1 ? "s" : ""} ${extra.map((k) => JSON.stringify(k)).join(", ")}` : "",
    ].filter((x) => x !== "");
    // structuredClone of an NDArray copies its own fields only: dtype, shape, strides, readonly
    const clone = extra.includes("strides") ? " (a structuredClone of an NDArray has no elements: send a.toJSON() instead)" : "";
    throw new DTypeError(`${fn}: expected ${expected}, exactly those three keys; this record has ${what.join(" and ")}${clone}`);
  }
  const { dtype, shape: rawShape, data } = record;
  if (!isDType(dtype)) {
    throw new DTypeError(`${fn}: unknown dtype ${describeType(dtype)} in the record; supported dtypes are ${Object.keys(DTYPES).join(", ")}`);
  }
  if (!Array.isArray(rawShape)) throw new ShapeError(`${fn}: the record's shape must be a list of axis lengths ([] for a 0-d array), got ${describeType(rawShape)}`);
  const shape = checkShape(fn, rawShape);
  if (!Array.isArray(data)) throw new DTypeError(`${fn}: the record's data must be a flat list of the elements in C order, got ${describeType(data)}`);
  const size = shapeSize(shape);
  if (data.length !== size) {
    throw new ShapeError(`${fn}: shape ${formatShape(shape)} holds ${size} elements but the record's data has ${data.length}`);
  }
  const kind = DTYPES[dtype].kind;
  const to = target ?? dtype;
  // into a float, and from an integer or bool into an integer, the typed array's own conversion is
  // numpy's cast; into bool, and from a float into an integer, castFloat's
  const direct = DTYPES[to].kind === "f" || (kind !== "f" && DTYPES[to].kind !== "b");
  const out = freshArray(to, shape);
  const values = out.data;
  for (let i = 0; i < size; i++) {
    const v = element(fn, dtype, data[i], i);
    values[i] = direct ? v : castFloat(to, v);
  }
  return out;
}

/** Element `i` of a record of `dtype`, as `toJSON` writes it; anything else is refused. */
function element(fn: string, dtype: DType, v: unknown, i: number): number {
  const kind = DTYPES[dtype].kind;
  if (kind === "b") {
    if (typeof v !== "boolean") throw new DTypeError(`${fn}: element ${i} of the record is ${describeType(v)}; the elements of a bool array are true or false`);
    return v ? 1 : 0;
  }
  if (typeof v === "string" && kind === "f") {
    const special = SPECIAL.get(v);
    if (special === undefined) throw new DTypeError(`${fn}: element ${i} of the record is ${describeType(v)}; the strings allowed are "nan", "inf", "-inf" and "-0"`);
    return special;
  }
  if (typeof v !== "number") {
    const allowed = kind === "f" ? 'numbers and the strings "nan", "inf", "-inf", "-0"' : "integers";
    throw new DTypeError(`${fn}: element ${i} of the record is ${describeType(v)}; the elements of an array of dtype ${dtype} are ${allowed}`);
  }
  if (kind !== "f" && !Number.isInteger(v)) {
    throw new DTypeError(`${fn}: element ${i} of the record is ${v}, not an integer; the elements of an array of dtype ${dtype} are integers`);
  }
  return checkElement(fn, dtype, v);
}
