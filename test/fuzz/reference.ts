/**
 * A reference evaluator written for clarity, not speed: every result is computed element by
 * element with nested loops over `get`, from numpy's rules stated directly (a small promotion
 * table, BigInt for integer wraparound). The fuzzer compares the library with it.
 */
import type { NDArray } from "../../src/index.js";

export type RefDType = "float64" | "float32" | "int32" | "uint8";
export const REF_DTYPES: readonly RefDType[] = ["float64", "float32", "int32", "uint8"];

/** numpy 2's promote_types on the four dtypes the fuzzer uses. */
const PROMOTE: Record<RefDType, Record<RefDType, RefDType>> = {
  float64: { float64: "float64", float32: "float64", int32: "float64", uint8: "float64" },
  float32: { float64: "float64", float32: "float32", int32: "float64", uint8: "float32" },
  int32: { float64: "float64", float32: "float64", int32: "int32", uint8: "int32" },
  uint8: { float64: "float64", float32: "float32", int32: "int32", uint8: "uint8" },
};
/** numpy's promote_types on the fuzzed dtypes. */
export const promote = (a: RefDType, b: RefDType): RefDType => PROMOTE[a][b];

const RANGE: Record<RefDType, [number, number]> = {
  float64: [-Infinity, Infinity],
  float32: [-Infinity, Infinity],
  int32: [-(2 ** 31), 2 ** 31 - 1],
  uint8: [0, 255],
};
export const isFloat = (d: RefDType): boolean => d === "float64" || d === "float32";

/** A value stored into `dtype`: rounding for float32, wraparound for integers. */
export function store(dtype: RefDType, v: number): number {
  switch (dtype) {
    case "float64":
      return v;
    case "float32":
      return Math.fround(v);
    case "int32":
      return Number(BigInt.asIntN(32, BigInt(Math.trunc(v))));
    case "uint8":
      return Number(BigInt.asUintN(8, BigInt(Math.trunc(v))));
  }
}

/** same_kind casting: u → i → f may widen, never narrow across kinds. */
export function canCast(from: RefDType, to: RefDType): boolean {
  const rank = (d: RefDType): number => (isFloat(d) ? 2 : d === "int32" ? 1 : 0);
  return rank(from) <= rank(to);
}

export type RefOperand = NDArray | number;
const shapeOf = (x: RefOperand): number[] => (typeof x === "number" ? [] : [...x.shape]);

/** numpy's broadcasting rule, or null. */
export function refBroadcast(shapes: number[][]): number[] | null {
  const n = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let j = 1; j <= n; j++) {
    const sizes = shapes.map((s) => (j <= s.length ? (s[s.length - j] as number) : 1)).filter((d) => d !== 1);
    if (new Set(sizes).size > 1) return null;
    out.unshift(sizes[0] ?? 1);
  }
  return out;
}

/** Every index of `shape` in C order. */
export function* indices(shape: readonly number[]): Generator<number[]> {
  if (shape.some((d) => d === 0)) return;
  const idx = new Array<number>(shape.length).fill(0);
  for (;;) {
    yield idx.slice();
    let d = shape.length - 1;
    for (; d >= 0; d--) {
      idx[d] = (idx[d] as number) + 1;
      if ((idx[d] as number) < (shape[d] as number)) break;
      idx[d] = 0;
    }
    if (d < 0) return;
  }
}

/** Element `idx` (of the broadcast shape) of operand `x`. */
function read(x: RefOperand, idx: number[]): number {
  if (typeof x === "number") return x;
  const lead = idx.length - x.ndim;
  return x.get(...x.shape.map((n, i) => (n === 1 ? 0 : (idx[lead + i] as number)))) as number;
}

export type BinaryName = "add" | "subtract" | "multiply" | "divide" | "power" | "maximum" | "minimum";
export type UnaryName = "negative" | "abs" | "exp" | "log" | "sqrt" | "square" | "tanh" | "sigmoid" | "relu" | "sin" | "cos";

/** The outcome of a call: a result, or the error classes that numpy's rules allow. */
export type Outcome = { result: { dtype: RefDType; shape: number[]; values: number[] } } | { errors: string[] };

function binaryDType(name: BinaryName, x: RefOperand, y: RefOperand, errors: string[]): RefDType {
  const dt = (a: RefOperand): RefDType => (a as NDArray).dtype as RefDType;
  let t: RefDType;
  if (typeof x !== "number" && typeof y !== "number") t = PROMOTE[dt(x)][dt(y)];
  else if (typeof x === "number" && typeof y === "number") t = "float64";
  else {
    const arr = typeof x === "number" ? dt(y) : dt(x);
    const num = (typeof x === "number" ? x : y) as number;
    if (isFloat(arr)) t = arr;
    else if (!Number.isInteger(num) || Object.is(num, -0)) t = "float64";
    else {
      t = arr;
      const [lo, hi] = RANGE[arr];
      if ((num < lo || num > hi) && name !== "divide") errors.push("DTypeError");
    }
  }
  return name === "divide" && !isFloat(t) ? "float64" : t;
}

/** a ** b modulo 2^64 by repeated squaring (exact in BigInt), then wrapped to the dtype. */
function intPower(a: number, b: number, dtype: RefDType): number {
  let r = 1n;
  let base = BigInt(a);
  for (let e = BigInt(b); e > 0n; e >>= 1n) {
    if (e & 1n) r = BigInt.asIntN(64, r * base);
    base = BigInt.asIntN(64, base * base);
  }
  return store(dtype, Number(BigInt.asIntN(32, r)));
}

const BINARY: Record<BinaryName, (a: number, b: number, dtype: RefDType) => number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b, d) => (isFloat(d) ? a * b : Number(BigInt.asIntN(32, BigInt(a) * BigInt(b)))),
  divide: (a, b) => a / b,
  power: (a, b, d) => {
    if (!isFloat(d)) return intPower(a, b, d);
    if (a === 1 || b === 0) return 1;
    if (a === -1 && !Number.isFinite(b) && !Number.isNaN(b)) return 1;
    return Math.pow(a, b);
  },
  maximum: (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : a > b ? a : b),
  minimum: (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : a < b ? a : b),
};

/** numpy's maximum/minimum on ties return the second operand (so maximum(0, -0) is -0). */
const tieAware = (name: BinaryName, a: number, b: number, v: number): number =>
  (name === "maximum" || name === "minimum") && a === b ? b : v;

export function refBinary(name: BinaryName, x: RefOperand, y: RefOperand, out?: NDArray): Outcome {
  const errors: string[] = [];
  const dtype = binaryDType(name, x, y, errors);
  const shape = refBroadcast([shapeOf(x), shapeOf(y)]);
  if (!shape) errors.push("BroadcastError");
  checkOut(out, shape, dtype, errors);
  if (name === "power" && !isFloat(dtype)) {
    const exps = typeof y === "number" ? [y] : [...indices(y.shape)].map((i) => y.get(...i) as number);
    if (exps.some((e) => e < 0)) errors.push("DTypeError");
  }
  if (errors.length > 0 || !shape) return { errors };
  const values: number[] = [];
  const loop = out ? [...out.shape] : shape;
  for (const idx of indices(loop)) {
    const a = store(dtype, read(x, idx));
    const b = store(dtype, read(y, idx));
    values.push(store(dtype, tieAware(name, a, b, BINARY[name](a, b, dtype))));
  }
  return { result: { dtype, shape: loop, values } };
}

const UNARY: Record<UnaryName, (a: number) => number> = {
  negative: (a) => -a,
  abs: (a) => Math.abs(a),
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  square: (a) => a * a,
  tanh: Math.tanh,
  sigmoid: (a) => 1 / (1 + Math.exp(-a)),
  relu: (a) => (Number.isNaN(a) ? a : a > 0 ? a : 0),
  sin: Math.sin,
  cos: Math.cos,
};
const FLOAT_VALUED = new Set<UnaryName>(["exp", "log", "sqrt", "tanh", "sigmoid", "sin", "cos"]);

export function refUnary(name: UnaryName, x: RefOperand, out?: NDArray): Outcome {
  const errors: string[] = [];
  const inType: RefDType = typeof x === "number" ? "float64" : (x.dtype as RefDType);
  const dtype: RefDType = FLOAT_VALUED.has(name) && !isFloat(inType) ? (inType === "uint8" ? "float32" : "float64") : inType;
  const shape = shapeOf(x);
  checkOut(out, shape, dtype, errors);
  if (errors.length > 0) return { errors };
  const realShape = out ? [...out.shape] : shape;
  const values: number[] = [];
  for (const idx of indices(realShape)) {
    const a = read(x, idx);
    const v = name === "square" && !isFloat(dtype) ? Number(BigInt.asIntN(32, BigInt(a) * BigInt(a))) : UNARY[name](a);
    values.push(store(dtype, v));
  }
  return { result: { dtype, shape: realShape, values } };
}

/** numpy's out= rules for elementwise functions: inputs may broadcast to out, out never grows. */
function checkOut(out: NDArray | undefined, shape: number[] | null, dtype: RefDType, errors: string[]): void {
  if (!out) return;
  if (shape) {
    const joint = refBroadcast([shape, [...out.shape]]);
    if (!joint || joint.join() !== out.shape.join() || joint.length !== out.ndim) errors.push("BroadcastError");
  }
  if (out.readonly) errors.push("ReadOnlyError");
  if (!canCast(dtype, out.dtype as RefDType)) errors.push("DTypeError");
}

export type ReduceName = "sum" | "mean" | "prod" | "max" | "min";

export function refReduce(name: ReduceName, x: NDArray, axes: number[] | null, keepdims: boolean, out?: NDArray): Outcome {
  const errors: string[] = [];
  const nd = x.ndim;
  const norm = axes === null ? [...Array(nd).keys()] : axes.map((a) => (a < 0 ? a + nd : a)).sort((p, q) => p - q);
  if (axes !== null && (axes.some((a) => a < -nd || a >= nd) || new Set(norm).size !== norm.length)) return { errors: ["AxisError"] };
  const dtype: RefDType = name === "max" || name === "min" ? (x.dtype as RefDType) : isFloat(x.dtype as RefDType) ? (x.dtype as RefDType) : "float64";
  const keptShape = x.shape.filter((_, i) => !norm.includes(i));
  const shape = keepdims ? x.shape.map((n, i) => (norm.includes(i) ? 1 : n)) : keptShape;
  const count = norm.reduce((p, i) => p * (x.shape[i] as number), 1);
  if ((name === "max" || name === "min") && count === 0 && keptShape.reduce((p, d) => p * d, 1) > 0) errors.push("ShapeError");
  if (out) {
    if (out.shape.join() !== shape.join() || out.ndim !== shape.length) errors.push("ShapeError");
    if (out.readonly) errors.push("ReadOnlyError");
    if (!canCast(dtype, out.dtype as RefDType)) errors.push("DTypeError");
  }
  if (errors.length > 0) return { errors };
  const values: number[] = [];
  for (const kept of indices(keptShape)) {
    const slice: number[] = [];
    for (const red of indices(norm.map((i) => x.shape[i] as number))) {
      const full: number[] = [];
      let k = 0;
      let r = 0;
      for (let i = 0; i < nd; i++) full.push(norm.includes(i) ? (red[r++] as number) : (kept[k++] as number));
      slice.push(x.get(...full) as number);
    }
    let v: number;
    if (name === "sum") v = slice.reduce((p, q) => p + q, 0);
    else if (name === "mean") v = slice.reduce((p, q) => p + q, 0) / slice.length;
    else if (name === "prod") v = slice.reduce((p, q) => p * q, 1);
    else v = slice.reduce((p, q) => (Number.isNaN(p) || Number.isNaN(q) ? NaN : (name === "max" ? q >= p : q <= p) ? q : p));
    values.push(store(dtype, v));
  }
  return { result: { dtype, shape, values } };
}

/** The product of 1-D/2-D/batched arrays by numpy's matmul rules. */
export function refMatmul(a: NDArray, b: NDArray): Outcome {
  if (a.ndim === 0 || b.ndim === 0) return { errors: ["ShapeError"] };
  const as = a.ndim === 1 ? [1, a.shape[0] as number] : [...a.shape];
  const bs = b.ndim === 1 ? [b.shape[0] as number, 1] : [...b.shape];
  const [m, k] = as.slice(-2) as [number, number];
  const [k2, p] = bs.slice(-2) as [number, number];
  if (k !== k2) return { errors: ["ShapeError"] };
  const batch = refBroadcast([as.slice(0, -2), bs.slice(0, -2)]);
  if (!batch) return { errors: ["BroadcastError"] };
  const dtype = PROMOTE[a.dtype as RefDType][b.dtype as RefDType];
  const values: number[] = [];
  const get = (x: NDArray, xs: number[], bidx: number[], i: number, j: number): number => {
    const lead = bidx.length - (xs.length - 2);
    const bi = xs.slice(0, -2).map((n, d) => (n === 1 ? 0 : (bidx[lead + d] as number)));
    return (x.ndim === 1 ? x.get(x === a ? j : i) : x.get(...bi, i, j)) as number;
  };
  for (const bidx of batch.length ? indices(batch) : [[]]) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < p; j++) {
        let acc = 0n;
        let facc = 0;
        for (let t = 0; t < k; t++) {
          const u = get(a, as, bidx, i, t);
          const v = get(b, bs, bidx, t, j);
          if (isFloat(dtype)) facc += u * v;
          else acc += BigInt(u) * BigInt(v);
        }
        values.push(store(dtype, isFloat(dtype) ? facc : Number(BigInt.asIntN(32, acc))));
      }
    }
  }
  const shape = [...batch, ...(a.ndim === 1 ? [] : [m]), ...(b.ndim === 1 ? [] : [p])];
  return { result: { dtype, shape, values } };
}
