/**
 * numpy's `.npy` format: `toNpy(a)` writes the bytes `np.save` writes, `fromNpy(bytes)` reads
 * what `np.save` / `np.lib.format.write_array` write (format versions 1.0, 2.0 and 3.0; C and
 * Fortran order; little- and big-endian).
 *
 * @module
 */
import { DTYPES, type DType, type TypedArray } from "../dtype.js";
import { DTypeError, ShapeError } from "../errors.js";
import { describeType, formatShape } from "../format/format-shape.js";
import { assign, attachedArray, freshArray, isCContiguous, NDArray, notAnNDArray, viewOf } from "../ndarray.js";
import { scijsView } from "../scijs.js";
import { checkOptions, checkShape, shapeSize } from "../validate.js";

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // "\x93NUMPY"
/** numpy aligns the data to this many bytes (`np.lib.format.ARRAY_ALIGN`). */
const ALIGN = 64;
/** numpy leaves room in the header for the growing axis to reach this many digits. */
const GROWTH_DIGITS = 21;
/** The type code of each dtype in a `descr` without its byte-order character. */
const CODES: Readonly<Record<DType, string>> = {
  float64: "f8",
  float32: "f4",
  int32: "i4",
  int16: "i2",
  int8: "i1",
  uint32: "u4",
  uint16: "u2",
  uint8: "u1",
  bool: "b1",
};
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Options of {@link toNpy}. */
export interface NpyOptions {
  /**
   * The format version as `[major, minor]`: `[1, 0]` (header length in 2 bytes) or `[2, 0]`
   * (4 bytes). Omitted or `null`: 1.0 when the header fits, as numpy chooses.
   */
  version?: readonly [number, number] | null;
}

/**
 * The bytes of `a` in numpy's `.npy` format: what `np.save(f, a)` writes, byte for byte (header
 * padded to 64 bytes, little-endian data in C order). Read it in Python with `np.load`, or here
 * with {@link fromNpy}.
 *
 * @example
 * import { array, toNpy } from "ndarray-broadcast";
 * const bytes = toNpy(array([[1, 2], [3, 4]], { dtype: "int16" }));
 * console.log(bytes.length, new TextDecoder().decode(bytes.subarray(10, 70)).trimEnd());
 * // => 136 {'descr': '<i2', 'fortran_order': False, 'shape': (2, 2), }
 */
export function toNpy(a: NDArray, options?: NpyOptions): Uint8Array {
  const fn = "toNpy";
  const arr = attachedArray(fn, a);
  if (arr === undefined) throw notAnNDArray(fn, a);
  checkOptions(fn, options, ["version"]);
  const version = options?.version ?? null;
  let major = 0;
  if (version !== null) {
    const [v0, v1] = Array.isArray(version) && version.length === 2 ? (version as number[]) : [NaN, NaN];
    if (!((v0 === 1 || v0 === 2) && v1 === 0)) {
      throw new DTypeError(`${fn}: version must be [1, 0] or [2, 0] (or null to choose as numpy does), got ${describeType(version)}`);
    }
    major = v0;
  }
  const { shape, dtype } = arr;
  const order = dtype === "bool" || DTYPES[dtype].bits === 8 ? "|" : "<";
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
  let header = `{'descr': '${order}${CODES[dtype]}', 'fortran_order': False, 'shape': ${shapeText}, }`;
  if (shape.length > 0) header += " ".repeat(GROWTH_DIGITS - String(shape[0]).length);
  if (major === 0) major = header.length + 1 + 10 < 65536 ? 1 : 2;
  const prefix = major === 1 ? 10 : 12;
  if (major === 1 && header.length + 1 + prefix > 65535) {
    throw new ShapeError(`${fn}: the header of a ${formatShape(shape)} array is too long for version [1, 0]; use [2, 0]`);
  }
  const pad = ALIGN - ((prefix + header.length + 1) % ALIGN);
  const headerLength = header.length + pad + 1;
  const start = prefix + headerLength; // a multiple of 64: the elements can be written in place
  const size = shapeSize(shape);
  const out = new Uint8Array(start + size * (DTYPES[dtype].bits / 8));
  const body = new (DTYPES[dtype].ctor as unknown as new (b: ArrayBuffer, offset: number, length: number) => TypedArray)(out.buffer, start, size);
  const nd = viewOf(arr);
  if (isCContiguous(nd)) body.set(nd.data.subarray(nd.offset, nd.offset + size));
  else assign(scijsView(body, dtype, shape), nd);
  if (!LITTLE_ENDIAN) swapBytes(out.subarray(start), body.BYTES_PER_ELEMENT);
  out.set(MAGIC, 0);
  out[6] = major;
  out[7] = 0;
  const view = new DataView(out.buffer);
  if (major === 1) view.setUint16(8, headerLength, true);
  else view.setUint32(8, headerLength, true);
  for (let i = 0; i < header.length; i++) out[prefix + i] = header.charCodeAt(i);
  out.fill(0x20, prefix + header.length, prefix + headerLength - 1);
  out[prefix + headerLength - 1] = 0x0a;
  return out;
}

/** Reverses the bytes of each `width`-byte element of `bytes` in place. */
function swapBytes(bytes: Uint8Array, width: number): void {
  if (width === 1) return;
  for (let i = 0; i < bytes.length; i += width) bytes.subarray(i, i + width).reverse();
}

/**
 * The array stored in `.npy` bytes, as `np.load` reads them: format versions 1.0, 2.0 and 3.0,
 * the dtypes this library has (`<f8 <f4 <i4 <i2 |i1 <u4 <u2 |u1 |b1`, and their big-endian
 * forms), C order, and Fortran order (read as an array with Fortran strides, as numpy does). A
 * new writable array that owns a copy of the data. Anything else (another dtype, a structured or
 * object array, a truncated file) is refused with an error saying what the file holds.
 *
 * @example
 * import { array, fromNpy, toNpy } from "ndarray-broadcast";
 * const b = fromNpy(toNpy(array([[true, false]])));
 * console.log(b.dtype, b.shape, b.toString());
 * // => bool [ 1, 2 ] array([[ True, False]])
 */
export function fromNpy(bytes: Uint8Array | ArrayBuffer): NDArray {
  const fn = "fromNpy";
  let buf: Uint8Array;
  if (bytes instanceof Uint8Array) buf = bytes;
  else if (bytes instanceof ArrayBuffer) buf = new Uint8Array(bytes);
  else throw new DTypeError(`${fn}: expected the file's bytes as a Uint8Array or an ArrayBuffer, got ${describeType(bytes)}`);
  if (buf.length < 10 || MAGIC.some((m, i) => buf[i] !== m)) {
    throw new DTypeError(`${fn}: not a .npy file (it does not start with the magic string "\\x93NUMPY")`);
  }
  const major = buf[6] as number;
  const minor = buf[7] as number;
  if (!(major >= 1 && major <= 3 && minor === 0)) {
    throw new DTypeError(`${fn}: format version ${major}.${minor} is not one numpy writes (1.0, 2.0 or 3.0)`);
  }
  const prefix = major === 1 ? 10 : 12;
  if (buf.length < prefix) throw new DTypeError(`${fn}: the file ends inside its header`);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const headerLength = major === 1 ? dv.getUint16(8, true) : dv.getUint32(8, true);
  if (buf.length < prefix + headerLength) throw new DTypeError(`${fn}: the file ends inside its header`);
  const headerBytes = buf.subarray(prefix, prefix + headerLength);
  // ASCII in versions 1.0 and 2.0, UTF-8 in 3.0: one decoder reads both
  const header = new TextDecoder().decode(headerBytes);
  const { descr, fortran, shape } = parseHeader(fn, header);
  const { dtype, swap } = readDescr(fn, descr);
  const size = shapeSize(shape);
  const width = DTYPES[dtype].bits / 8;
  const start = prefix + headerLength;
  if (buf.length - start < size * width) {
    throw new DTypeError(`${fn}: a ${formatShape(shape)} ${descr} array needs ${size * width} bytes of data; the file has ${buf.length - start}`);
  }
  const data = new (DTYPES[dtype].ctor)(size);
  const raw = new Uint8Array(data.buffer);
  raw.set(buf.subarray(start, start + size * width));
  if (swap) swapBytes(raw, width);
  if (dtype === "bool") for (let i = 0; i < size; i++) if (raw[i] !== 0) raw[i] = 1;
  if (!fortran || shape.length < 2) return freshArray(dtype, shape, data);
  const strides: number[] = [];
  let step = 1;
  for (const n of shape) {
    strides.push(step);
    step *= n;
  }
  return new NDArray(scijsView(data, dtype, shape, strides, 0), dtype, false);
}

/** The three keys of a `.npy` header: `{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }`. */
function parseHeader(fn: string, header: string): { descr: string; fortran: boolean; shape: number[] } {
  const bad = (what: string): DTypeError => new DTypeError(`${fn}: the header ${JSON.stringify(header.trim().slice(0, 200))} ${what}`);
  const text = header.trim();
  if (!text.startsWith("{") || !text.endsWith("}")) throw bad("is not a Python dict");
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(text);
  if (descr === null) {
    if (/'descr'\s*:\s*\[/.test(text)) throw bad("describes a structured array; only plain dtypes are read");
    throw bad("has no 'descr' string");
  }
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text);
  if (fortran === null) throw bad("has no 'fortran_order'");
  const shapeMatch = /'shape'\s*:\s*\(([^)]*)\)/.exec(text);
  if (shapeMatch === null) throw bad("has no 'shape' tuple");
  const items = (shapeMatch[1] as string).split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (!items.every((s) => /^\d+L?$/.test(s))) throw bad("has a shape that is not a tuple of integers");
  const shape = checkShape(fn, items.map((s) => Number.parseInt(s, 10)));
  return { descr: descr[1] as string, fortran: fortran[1] === "True", shape: shape.slice() };
}

/** The dtype of a `descr` such as `<f8`, and whether its bytes must be swapped on this machine. */
function readDescr(fn: string, descr: string): { dtype: DType; swap: boolean } {
  const order = descr[0];
  const code = order === "<" || order === ">" || order === "|" || order === "=" ? descr.slice(1) : descr;
  const dtype = (Object.keys(CODES) as DType[]).find((d) => CODES[d] === code);
  if (dtype === undefined) {
    throw new DTypeError(
      `${fn}: the file holds dtype '${descr}', which this library does not have; supported: ${Object.values(CODES).join(", ")} (convert with a.astype(...) in numpy before saving)`,
    );
  }
  const big = order === ">";
  return { dtype, swap: big === LITTLE_ENDIAN && DTYPES[dtype].bits > 8 };
}
