// scijs's `ndarray(data, shape, stride, offset)` for the tests, in both passes of the suite: the
// real one where code generation is allowed, and where it is forbidden (the "interpreted" pass,
// as under a strict Content-Security-Policy, where scijs's `ndarray()` throws while compiling its
// view class) the library's own view class with the same defaults, so the tests that hand the
// library scijs views run in both.
import realNdarray from "ndarray";
import type { TypedArray } from "../src/dtype.js";
import { canCompile } from "../src/evaluation.js";
import type { ScijsArray } from "../src/ndarray.js";
import { contiguousStrides, PlainView } from "../src/scijs.js";

function plainNdarray(data: ArrayLike<unknown>, shape: number[] = [data.length], stride?: number[], offset?: number): ScijsArray {
  const s = stride ?? contiguousStrides(shape);
  // scijs's default offset puts element 0 of each reversed axis at its last position
  const o = offset ?? s.reduce((acc, st, i) => (st < 0 ? acc - ((shape[i] as number) - 1) * st : acc), 0);
  return new PlainView(data as unknown as TypedArray, shape, s, o) as unknown as ScijsArray;
}

const ndarray = (canCompile ? realNdarray : plainNdarray) as unknown as (data: ArrayLike<unknown>, shape?: number[], stride?: number[], offset?: number) => ScijsArray;
export default ndarray;
