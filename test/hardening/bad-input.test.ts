/**
 * The bad-input catalogue: every entry is refused with an error of the library's hierarchy that
 * names the public function, before anything is allocated or written.
 */
import ndarray from "../scijs-ndarray.js";
import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { NDArrayError } from "../../src/index.js";
import * as J from "../../src/jacobian/index.js";

type Entry = [string, () => unknown, string, string];

const z2 = (): nb.NDArray => nb.zeros([2]);
const CATALOGUE: Entry[] = [
  // wrong argument types
  ["a string operand", () => nb.add(z2(), "1" as never), "DTypeError", 'add: argument 2 is a string ("1")'],
  ["an object operand", () => nb.multiply({} as never, z2()), "DTypeError", "multiply: argument 1 is an Object"],
  ["undefined operand", () => nb.exp(undefined as never), "DTypeError", "exp: argument 1 is undefined"],
  ["null operand", () => nb.maximum(z2(), null as never), "DTypeError", "maximum: argument 2 is null"],
  ["a BigInt operand", () => nb.subtract(z2(), 1n as never), "DTypeError", "subtract: argument 2 is a BigInt (1n)"],
  ["a string array", () => nb.sum("abc" as never), "DTypeError", 'sum: the entry at [] is a string ("abc"), not a number'],
  ["a string into matmul", () => nb.matmul("a" as never, z2()), "DTypeError", "matmul: the entry at []"],
  ["options that are not an object", () => nb.zeros([2], "float32" as never), "DTypeError", 'zeros: options must be an object like { dtype: "float32" }, got a string ("float32")'],
  ["reduction options that are not an object", () => nb.sum(z2(), 0 as never), "DTypeError", "sum: options must be an object like { axis, keepdims, out }, got a number"],
  ["an out that is not an NDArray", () => nb.add(z2(), 1, { out: [0, 0] as never }), "DTypeError", "add: out must be an NDArray, got an Array"],
  ["a non-function to map", () => nb.map(z2(), "x" as never), "DTypeError", 'map: argument 2 must be a function, got a string ("x")'],
  ["a non-integer k", () => nb.diag(z2(), "1" as never), "DTypeError", 'diag: k must be an integer, got "1"'],
  ["an unknown dtype", () => nb.ones([1], { dtype: "int64" as never }), "DTypeError", 'ones: unknown dtype "int64"'],
  // nested arrays with holes or ragged rows
  ["ragged rows", () => nb.add([[1, 2], [3]], 1), "ShapeError", "add: ragged nested sequence: the list at [1] has length 1, expected 2"],
  // eslint-disable-next-line no-sparse-arrays
  ["a hole", () => nb.sum([1, , 3] as never), "ShapeError", "sum: the list at [] has a hole at index 1"],
  // shapes
  ["a negative size", () => nb.zeros([2, -3]), "ShapeError", "zeros: negative dimensions are not allowed: -3 in (2, -3)"],
  ["a fractional size", () => nb.ones([1.5]), "ShapeError", "ones: shape entries must be integers, got 1.5 in (1.5,)"],
  ["a NaN size", () => nb.full([NaN], 1), "ShapeError", "full: shape entries must be integers, got NaN in (NaN,)"],
  ["a BigInt size", () => nb.zeros([2n] as never), "ShapeError", "zeros: shape entries must be integers, got a BigInt (2n) in (2n,)"],
  ["a shape too large for a typed array", () => nb.zeros([65536, 65536]), "ShapeError", "zeros: shape (65536, 65536) has 4294967296 elements, more than the 2147483647 one array can hold"],
  ["a view size past 2^53", () => nb.broadcastTo(nb.zeros([1]), [2 ** 30, 2 ** 30, 2 ** 30]), "ShapeError", "broadcastTo: shape (1073741824, 1073741824, 1073741824) has more elements than 2^53"],
  ["a shape that is not a list", () => nb.broadcastTo(z2(), null as never), "ShapeError", "broadcastTo: a shape must be an integer or an array of integers, got null"],
  ["reshape to another size", () => z2().reshape(3), "ShapeError", "reshape: cannot reshape array of size 2 into shape (3,)"],
  // axes
  ["an axis out of range", () => nb.mean(nb.zeros([2, 2]), { axis: 2 }), "AxisError", "mean: axis 2 is out of bounds for array of dimension 2"],
  ["a duplicated axis", () => nb.max(nb.zeros([2, 2]), { axis: [0, -2] }), "AxisError", "max: duplicate axis -2 in (0, -2)"],
  ["a string axis", () => nb.sum(z2(), { axis: "0" as never }), "AxisError", 'sum: an axis must be an integer, got a string ("0")'],
  // dtype mismatches with out (numpy's same_kind casting)
  ["a float result into an int out", () => nb.divide(z2(), 2, { out: nb.zeros([2], { dtype: "int32" }) }), "DTypeError", "divide: cannot cast the float64 result to out's dtype int32"],
  ["a signed result into an unsigned out", () => nb.negative(nb.zeros([2], { dtype: "int32" }), { out: nb.zeros([2], { dtype: "uint8" }) }), "DTypeError", "negative: cannot cast the int32 result to out's dtype uint8"],
  ["a float sum into an int out", () => nb.sum(z2(), { out: nb.zeros([], { dtype: "int32" }) }), "DTypeError", "sum: cannot cast the float64 result to out's dtype int32"],
  ["a reduction out of the wrong shape", () => nb.sum(nb.zeros([2, 3]), { axis: 0, out: nb.zeros([2]) }), "ShapeError", "sum: out has shape (2,) but the result has shape (3,)"],
  // fromNdarray with inconsistent stride/offset
  ["a negative offset", () => nb.fromNdarray(ndarray(new Float64Array(4), [2], [1], -1)), "ShapeError", "fromNdarray: shape (2,) with stride (1,) and offset -1 reaches elements -1 to 0, outside data of length 4"],
  ["a stride past the end", () => nb.fromNdarray(ndarray(new Float64Array(4), [3], [2], 0)), "ShapeError", "reaches elements 0 to 4, outside data of length 4"],
  ["a fractional stride", () => nb.fromNdarray({ data: new Float64Array(4), shape: [2], stride: [1.5], offset: 0 } as never), "ShapeError", "fromNdarray: inconsistent ndarray: shape (2,), stride (1.5,), offset 0"],
  ["too few strides", () => nb.fromNdarray({ data: new Float64Array(4), shape: [2, 2], stride: [1], offset: 0 } as never), "ShapeError", "fromNdarray: inconsistent ndarray: shape (2, 2), stride (1,), offset 0"],
  ["a plain array as data", () => nb.fromNdarray(ndarray([1, 2]) as never), "DTypeError", "fromNdarray: the ndarray's data is an Array"],
  // hostile and careless input (issue 17; more in hostile.test.ts)
  ["an unknown option", () => nb.sum(z2(), { axes: 0 } as never), "DTypeError", 'sum: unknown option "axes" (did you mean "axis"?); sum takes { axis, keepdims, out }'],
  ["an NDArray where the options go", () => nb.exp(z2(), z2() as never), "DTypeError", "exp: the options argument is an NDArray; to write the result into it, pass { out: it }"],
  ["a list that contains itself", () => { const a: unknown[] = []; a[0] = a; return nb.array(a as never); }, "ShapeError", "array: the list at [0] contains itself"],
  ["lists nested 10,000 deep", () => { let d: unknown = 1; for (let i = 0; i < 10000; i++) d = [d]; return nb.array(d as never); }, "ShapeError", "array: the list is nested more than 64 deep"],
  ["65 dimensions", () => nb.zeros(new Array(65).fill(1)), "ShapeError", "zeros: the shape has 65 dimensions; at most 64 are supported (numpy's limit)"],
  ["a broadcast past 2^31 − 1 elements", () => nb.broadcastTo(z2().reshape(2, 1), [2, 2 ** 31]), "ShapeError", "broadcastTo: shape (2, 2147483648) has 4294967296 elements, more than the 2147483647 one array can hold"],
  ["a diagonal offset past the size limit", () => nb.diag(z2(), 2 ** 30), "ShapeError", "diag: shape (1073741826, 1073741826) has"],
  ["an object made from NDArray.prototype", () => nb.add(Object.create(nb.NDArray.prototype) as never, 1), "DTypeError", "add: argument 1 only looks like an NDArray"],
  ["a Proxy of an NDArray as out", () => nb.add(z2(), 1, { out: new Proxy(z2(), {}) }), "DTypeError", "add: out only looks like an NDArray"],
  ["a map callback returning a BigInt", () => nb.map(z2(), () => 1n as never), "DTypeError", "map: the function returned a BigInt (1n) for the element 0; it must return a number"],
  ["a map result out of an integer dtype's range", () => nb.map(z2(), () => 300, { dtype: "int8" }), "DTypeError", "map: the number 300 is out of bounds for int8 (-128 to 127)"],
  ["an arange step too small", () => nb.arange(0, 1, 5e-324), "ShapeError", "arange: start 0, stop 1 and step 5e-324 give infinitely many values"],
  ["matmul with one argument", () => (nb.matmul as (a: unknown) => unknown)(z2()), "DTypeError", "matmul: argument 2 is missing (undefined)"],
  ["a matmul out of the wrong shape", () => nb.matmul(nb.zeros([2, 2]), nb.zeros([2, 2]), { out: nb.zeros([2]) }), "ShapeError", "matmul: out has shape (2,) but the result has shape (2, 2)"],
  ["a dot out of another dtype", () => nb.dot(z2(), z2(), { out: nb.zeros([], { dtype: "float32" }) }), "DTypeError", "dot: out has dtype float32 but the result is float64"],
  ["a Proxy as a scijs array's data", () => nb.fromNdarray({ data: new Proxy(new Float64Array(2), {}), shape: [2], stride: [1], offset: 0 } as never), "DTypeError", "fromNdarray: the ndarray's data is a Proxy"],
  ["a k whose toPrimitive throws", () => nb.eye(2, 2, { k: { [Symbol.toPrimitive]: () => { throw new Error("boom"); } } } as never), "DTypeError", "eye: k must be an integer, got an Object"],
  ["a view over a shrunk resizable buffer", () => {
    const buffer = new (ArrayBuffer as unknown as new (n: number, o: object) => ArrayBuffer)(16, { maxByteLength: 16 });
    const a = nb.fromNdarray(ndarray(new Float64Array(buffer), [2]));
    (buffer as unknown as { resize(n: number): void }).resize(8);
    return nb.sum(a);
  }, "DTypeError", "sum: the resizable ArrayBuffer under this (2,) array was shrunk to 8 bytes"],
  // the Jacobian module
  ["jacobian of a non-function", () => J.jacobian("f" as never, z2()), "DTypeError", 'jacobian: f must be a function, got a string ("f")'],
  ["grad with a bad wrt", () => J.grad((x) => J.sum(x), z2(), { wrt: 1 }), "ShapeError", "grad: wrt is 1, but there is 1 argument"],
  ["f returning a string", () => J.jacobian(() => "x" as never, z2()), "DTypeError", 'jacobian: f must return an array or a traced value, got a string ("x")'],
  ["a number into matmul", () => J.matmul(2, z2()), "DTypeError", "matmul: argument 1 is a number; this operation needs an array (wrap it with array(2))"],
  ["a vector against a batch inside jacobian", () => J.jacobian((x) => J.matmul(x, nb.zeros([2, 2, 2])), z2()), "BroadcastRefusedError", "matmul: refusing to broadcast the batch axes of (2,) with (2, 2, 2) inside a Jacobian — a batched product needs equal batch axes; write broadcastTo(reshape(a, [1, 2]), [2, 1, 2])"],
  ["a traced value escaping its call", () => {
    let leaked: J.Traced | undefined;
    J.jacobian((x) => ((leaked = x as J.Traced), J.tanh(x)), z2());
    return J.exp(leaked as J.Traced);
  }, "NDArrayError", "exp: this traced value escaped the jacobian call that created it; use its .value outside"],
];

describe("bad input is refused with a clear error", () => {
  test.each(CATALOGUE)("%s", (_what, thunk, cls, message) => {
    let error: unknown;
    try {
      thunk();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NDArrayError);
    expect((error as Error).name).toBe(cls);
    expect((error as Error).message).toContain(message);
  });
});

describe("special data is computed, not rejected", () => {
  test("NaN and ±Infinity flow through every function", () => {
    const a = nb.array([NaN, Infinity, -Infinity, 0]);
    expect(nb.add(a, 1).tolist()).toEqual([NaN, Infinity, -Infinity, 1]);
    expect(nb.sum(a).get()).toBeNaN();
    expect(nb.max(nb.array([Infinity, -Infinity])).get()).toBe(Infinity);
    expect(nb.matmul(nb.array([[Infinity, 0]]), nb.array([0, 1])).tolist()).toEqual([NaN]);
  });
});

describe("buffers", () => {
  test("a detached buffer is refused by every function that would read it", () => {
    const data = new Float64Array([1, 2, 3]);
    const a = nb.fromNdarray(ndarray(data));
    structuredClone(data.buffer, { transfer: [data.buffer] });
    for (const [name, call] of [
      ["add", () => nb.add(a, 1)],
      ["sum", () => nb.sum(a)],
      ["get", () => a.get(0)],
      ["toString", () => a.toString()],
      ["copy", () => a.copy()],
      ["jacobian", () => J.jacobian(J.tanh, a)],
    ] as const) {
      expect(call, name).toThrow(nb.DTypeError);
      expect(call, name).toThrow(`${name}: the buffer of this (3,) array is detached (it was transferred); its elements are gone`);
    }
  });
  test("a frozen scijs ndarray object is wrapped and used as usual (its typed array cannot be frozen)", () => {
    const nd = Object.freeze(ndarray(new Float64Array([1, 2, 3])));
    const a = nb.fromNdarray(nd);
    expect(nb.add(a, 1).tolist()).toEqual([2, 3, 4]);
    a.set(0, 5);
    expect(nd.get(0)).toBe(5);
  });
  test("a failed call leaves its inputs and out unchanged, byte for byte", () => {
    const a = nb.arange(6).reshape(2, 3);
    const out = nb.zeros([2, 3], { dtype: "int32" });
    const before = [Array.from(a.data), Array.from(out.data)];
    expect(() => nb.divide(a, 2, { out })).toThrow(nb.DTypeError);
    expect(() => nb.add(a, nb.zeros([4]), { out: a })).toThrow(nb.BroadcastError);
    expect(() => nb.power(nb.array([2], { dtype: "int32" }), nb.array([-1], { dtype: "int32" }), { out })).toThrow(nb.DTypeError);
    expect([Array.from(a.data), Array.from(out.data)]).toEqual(before);
  });
});
