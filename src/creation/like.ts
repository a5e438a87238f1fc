/**
 * More creation functions: `empty`, `identity`, the `…Like` family, `asarray`, `fromFunction`.
 *
 * @module
 */
import { arrayOrRecord, asArray, full, zeros, type ArrayLike, type DTypeOptions } from "../create.js";
import { checkDType, DTYPES, type DType } from "../dtype.js";
import { DTypeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { checkElement, freshArray, NDArray, type NDArrayJSON } from "../ndarray.js";
import { checkShape, shapeSize } from "../validate.js";
import { checkOptions } from "./options.js";

/** Options of the `…Like` functions. */
export interface LikeOptions extends DTypeOptions {
  /** The result shape, instead of the prototype's. */
  shape?: number | readonly number[];
}

/**
 * A new array of `shape`. numpy leaves its values unset; here they are zeros, because a typed
 * array is always zero-filled.
 *
 * @example
 * import { empty } from "ndarray-broadcast";
 * console.log(empty([2, 2], { dtype: "int8" }).shape);
 * // => [ 2, 2 ]
 */
export function empty(shape: number | readonly number[], options?: DTypeOptions): NDArray {
  checkOptions("empty", options, ["dtype"]);
  return zeros(checkShape("empty", shape), options);
}

function like(fn: string, a: unknown, value: unknown, options: LikeOptions | undefined): NDArray {
  const x = asArray(fn, a);
  const opts = checkOptions<LikeOptions>(fn, options, ["dtype", "shape"]);
  const dtype = opts.dtype === undefined ? x.dtype : checkDType(fn, opts.dtype);
  const shape = opts.shape === undefined ? x.shape : checkShape(fn, opts.shape);
  if (value === 0) return zeros(checkShape(fn, shape), { dtype });
  const v = checkElement(fn, dtype, value);
  return full(shape, v, { dtype });
}

/**
 * Zeros with the shape and dtype of `a` (either may be overridden).
 *
 * @example
 * import { array, zerosLike } from "ndarray-broadcast";
 * console.log(zerosLike(array([[1, 2]], { dtype: "int16" })).toString());
 * // => array([[0, 0]], dtype=int16)
 */
export function zerosLike(a: NDArray | ArrayLike, options?: LikeOptions): NDArray {
  return like("zerosLike", a, 0, options);
}

/**
 * Ones with the shape and dtype of `a`.
 *
 * @example
 * import { array, onesLike } from "ndarray-broadcast";
 * console.log(onesLike(array([1, 2, 3]), { dtype: "uint8" }).toString());
 * // => array([1, 1, 1], dtype=uint8)
 */
export function onesLike(a: NDArray | ArrayLike, options?: LikeOptions): NDArray {
  return like("onesLike", a, 1, options);
}

/**
 * `fillValue` with the shape and dtype of `a` (an integer dtype truncates a fractional value).
 *
 * @example
 * import { fullLike, zeros } from "ndarray-broadcast";
 * console.log(fullLike(zeros(2), 7).tolist(), fullLike(zeros(2, { dtype: "int32" }), 2.9).tolist());
 * // => [ 7, 7 ] [ 2, 2 ]
 */
export function fullLike(a: NDArray | ArrayLike, fillValue: number, options?: LikeOptions): NDArray {
  return like("fullLike", a, fillValue, options);
}

/**
 * A new array with the shape and dtype of `a`; zeros here (numpy leaves the values unset).
 *
 * @example
 * import { emptyLike, ones } from "ndarray-broadcast";
 * console.log(emptyLike(ones([2, 3])).shape);
 * // => [ 2, 3 ]
 */
export function emptyLike(a: NDArray | ArrayLike, options?: LikeOptions): NDArray {
  return like("emptyLike", a, 0, options);
}

/**
 * The `n × n` identity matrix.
 *
 * @example
 * import { identity } from "ndarray-broadcast";
 * console.log(identity(2).toString());
 * // => array([[1., 0.],
 * //           [0., 1.]])
 */
export function identity(n: number, options?: DTypeOptions): NDArray {
  const fn = "identity";
  const opts = checkOptions<DTypeOptions>(fn, options, ["dtype"]);
  const [rows] = checkShape(fn, [n, n]) as [number, number];
  const out = zeros([rows, rows], { dtype: opts.dtype ?? "float64" });
  for (let i = 0; i < rows; i++) out.data[i * rows + i] = 1;
  return out;
}

/** Options of {@link asarray}. */
export interface AsarrayOptions extends DTypeOptions {
  /** `true`: always copy; `false`: never (a `DTypeError` when a copy is needed); omitted or `null`: copy only when needed. */
  copy?: boolean | null;
}

/**
 * `a` as an NDArray: `a` itself when it already is one of the requested dtype (no copy), else a
 * new array as {@link array} makes it (an array's JSON record included). `copy: true` always
 * copies; `copy: false` refuses to.
 *
 * @example
 * import { array, asarray } from "ndarray-broadcast";
 * const a = array([1, 2]);
 * console.log(asarray(a) === a, asarray(a, { dtype: "float32" }).dtype, asarray(a, { copy: true }) === a);
 * // => true float32 false
 */
export function asarray(a: NDArray | ArrayLike | NDArrayJSON, options?: AsarrayOptions): NDArray {
  const fn = "asarray";
  const opts = checkOptions<AsarrayOptions>(fn, options, ["dtype", "copy"]);
  const copy = opts.copy ?? null;
  if (copy !== null && typeof copy !== "boolean") throw new DTypeError(`${fn}: copy must be true, false or null, got ${describeType(copy)}`);
  const dtype = opts.dtype === undefined ? undefined : checkDType(fn, opts.dtype);
  if (a instanceof NDArray && copy !== true && (dtype === undefined || dtype === a.dtype)) return a;
  if (copy === false) {
    const why = a instanceof NDArray ? `converting this ${formatShape(a.shape)} ${a.dtype} array to ${String(dtype)}` : `making an array from ${describeType(a)}`;
    throw new DTypeError(`${fn}: unable to avoid a copy (${why}); use copy: null to allow one`);
  }
  return arrayOrRecord(fn, a, dtype === undefined ? undefined : { dtype });
}

/**
 * An array of `shape` whose element at `(i, j, …)` is `f(i, j, …)`. numpy calls `f` once with
 * arrays of coordinates; JS has no operators on arrays, so here `f` is called once per element
 * with numbers (`(i, j) => i + j` reads the same in both).
 *
 * @example
 * import { fromFunction } from "ndarray-broadcast";
 * console.log(fromFunction((i, j) => 10 * i + j, [2, 3]).tolist());
 * // => [ [ 0, 1, 2 ], [ 10, 11, 12 ] ]
 */
export function fromFunction(f: (...index: number[]) => number, shape: number | readonly number[], options?: DTypeOptions): NDArray {
  const fn = "fromFunction";
  if (typeof f !== "function") throw new DTypeError(`${fn}: the first argument must be a function, got ${describeType(f)}`);
  const opts = checkOptions<DTypeOptions>(fn, options, ["dtype"]);
  const s = checkShape(fn, shape);
  const dtype: DType = opts.dtype === undefined ? "float64" : checkDType(fn, opts.dtype);
  const data = new DTYPES[dtype].ctor(shapeSize(s));
  const idx = new Array<number>(s.length).fill(0);
  for (let k = 0; k < data.length; k++) {
    data[k] = checkElement(fn, dtype, f(...idx));
    for (let ax = s.length - 1; ax >= 0; ax--) {
      idx[ax] = (idx[ax] as number) + 1;
      if ((idx[ax] as number) < (s[ax] as number)) break;
      idx[ax] = 0;
    }
  }
  return freshArray(dtype, s, data);
}
