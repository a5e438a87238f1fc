import { describe, expect, test } from "vitest";
import * as nb from "../../src/index.js";
import { NDArrayError } from "../../src/index.js";

const a = nb.arange(6).reshape(2, 3);
const detached = (): nb.NDArray => {
  const x = nb.zeros([2, 2]);
  const buffer = x.data.buffer as ArrayBuffer;
  structuredClone(buffer, { transfer: [buffer] });
  return x;
};
const f = nb as unknown as Record<string, (...args: unknown[]) => unknown>;

// Each call is wrong in one way; each must be refused with an error of the hierarchy that names the function.
const cases: [string, unknown[]][] = [
  ["concat", [5]],
  ["concat", [[a, "x"]]],
  ["concat", [[a, a], { axis: 1.5 }]],
  ["concat", [[a], { out: "x" }]],
  ["stack", [null]],
  ["stack", [[a, a], { axis: 3 }]],
  ["hstack", [[]]],
  ["vstack", [[a, nb.zeros([2, 2])]]],
  ["columnStack", [[a, nb.zeros([3])]]],
  ["expandDims", [a, "x"]],
  ["expandDims", [a]],
  ["squeeze", [a, 7]],
  ["flip", [a, [0, 0]]],
  ["moveaxis", [a, 0, 5]],
  ["swapaxes", [a, 0]],
  ["permuteDims", [a, [0]]],
  ["permuteDims", [a, "01"]],
  ["transpose", [a, [1, 1]]],
  ["reshape", [a, "3"]],
  ["reshape", [a, [4, -1]]],
  ["reshape", [a, [6], { copy: "yes" }]],
  ["unstack", [a, { axis: 2 }]],
  ["split", [a, 1.5]],
  ["split", [a, [1, "x"]]],
  ["arraySplit", [a, 0]],
  ["vsplit", [nb.zeros([3]), 3]],
  ["dsplit", [a, 1]],
  ["repeat", [a, 1.5]],
  ["repeat", [a, [1, 2, 3], 0]],
  ["repeat", [a, -1]],
  ["tile", [a, [1.5]]],
  ["tile", [a, [-1]]],
  ["roll", [a, 1.5, 0]],
  ["roll", [a, [1, 2, 3], [0, 1]]],
  ["pad", [a, -1]],
  ["pad", [a, 1.5]],
  ["pad", [a, [[1, 2], [3, 4], [5, 6]]]],
  ["pad", [a, 1, "cubic"]],
  ["pad", [a, 1, "mean", { statLength: -1 }]],
  ["pad", [a, 1, "reflect", { reflectType: "odd", endValues: 1 }]],
  ["pad", [a, 1, "edge", { constantValues: 1 }]],
  ["pad", [nb.zeros([0]), 1, "wrap"]],
  ["tril", [nb.array(1)]],
  ["triu", [a, 0.5]],
  ["einsum", [5, a]],
  ["einsum", ["ij,jk", a]],
  ["einsum", ["i%", nb.zeros([3])]],
  ["einsum", ["ij->ii", a]],
  ["einsum", ["ij->k", a]],
  ["einsum", ["...i,...i->", nb.zeros([2, 3]), nb.zeros([4, 3])]],
  ["einsum", ["ij", a, { dtype: "int8" }]],
  ["tensordot", [a, a, -1]],
  ["tensordot", [a, a, [[0], [0, 1]]]],
  ["vecdot", [a, nb.zeros([4])]],
  ["vecdot", [nb.array(1), a]],
  ["astype", [a, "float16"]],
  ["astype", [a, "int32", { copy: 1 }]],
  ["canCast", ["x", "float64"]],
  ["canCast", ["int8", "float64", { casting: "sometimes" }]],
  ["resultType", []],
  ["resultType", ["float16"]],
  ["finfo", ["int8"]],
  ["iinfo", ["float32"]],
  ["isdtype", ["x", "bool"]],
  ["isdtype", ["int8", "integer"]],
  ["meshgrid", [a, { indexing: "yx" }]],
  ["indices", ["x"]],
  ["indices", [[2, -1]]],
  ["fromFunction", [5, [2]]],
  ["fromFunction", [() => "a", [2]]],
  ["fromFunction", [() => NaN, [2], { dtype: "int32" }]],
  ["eye", [2.5]],
  ["eye", [2, 2, 0.5]],
  ["eye", [2, 2, 1, { k: 1 }]],
  ["identity", [-1]],
  ["empty", [[2, -1]]],
  ["zerosLike", [a, { shape: -1 }]],
  ["fullLike", [nb.zeros(2, { dtype: "uint8" }), 300]],
  ["asarray", [a, { copy: "yes" }]],
  ["asarray", [[1, 2], { copy: false }]],
  ["arange", ["a"]],
  ["arange", [0, 1, 0.1, { dtype: "int64" }]],
  ["arange", [0, 1e300, 1e-300]],
  ["linspace", [0, 1, 2.5]],
  ["linspace", [0, 1, -1]],
  ["linspace", [0, 1, 2, { endpoint: "no" }]],
  ["linspace", [0, 1, 3, { num: 3 }]],
  ["logspace", [0, 1, 3, { base: "e" }]],
  ["geomspace", [0, 1, 3]],
  ["array", [[nb.zeros(2), nb.zeros(3)]]],
  ["ravel", [detached()]],
  ["concat", [[detached()]]],
  ["einsum", ["ij", detached()]],
  ["astype", [detached(), "int8"]],
];

describe("the creation, manipulation and data-type functions refuse bad input by name", () => {
  test.each(cases.map(([name, args], i) => [`${name} #${i}`, name, args] as const))("%s", (_label, name, args) => {
    const call = (): unknown => (f[name] as (...x: unknown[]) => unknown)(...args);
    expect(call).toThrow(NDArrayError);
    expect(call).toThrow(new RegExp(`^${name}: `));
  });
});
