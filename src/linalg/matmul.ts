/**
 * `matmul` with numpy's rules: 1-D operands promoted (and the added axis removed), batch axes
 * broadcast.
 *
 * @module
 */
import { asArray, type ArrayLike } from "../create.js";
import { allocate, DTYPES, promoteTypes } from "../dtype.js";
import { BroadcastError, ShapeError } from "../errors.js";
import { formatShape } from "../format/format-shape.js";
import { freshArray, type NDArray } from "../ndarray.js";
import { resolveBroadcast } from "../shape/broadcast-shapes.js";
import { broadcastView } from "../shape/broadcast-to.js";
import { shapeSize } from "../validate.js";

/**
 * The matrix product. As numpy: a 1-D `a` is a row (`(k,) → (1, k)`) and a 1-D `b` a column
 * (`(k,) → (k, 1)`), and the added axis is removed from the result; axes before the last two are
 * batch axes and broadcast (`(5, 2, 3) @ (3, 4)` → `(5, 2, 4)`). 0-d operands are refused (use
 * `multiply`). Sums run in float64 (integers wrap as numpy's do).
 *
 * @example
 * import { array, matmul } from "ndarray-broadcast";
 * const W = array([[1, 2], [3, 4]]);
 * console.log(matmul(W, array([1, 1])).toString());
 * // => array([3., 7.])
 * console.log(matmul(W, W).toString());
 * // => array([[ 7., 10.],
 * //           [15., 22.]])
 */
export function matmul(a: NDArray | ArrayLike, b: NDArray | ArrayLike): NDArray {
  return matmulAs("matmul", a, b);
}

/** {@link matmul} under the name of the calling function, for its errors. @internal */
export function matmulAs(fn: string, a: NDArray | ArrayLike, b: NDArray | ArrayLike): NDArray {
  const x = asArray(fn, a);
  const y = asArray(fn, b);
  for (const [i, t] of [x, y].entries()) {
    if (t.ndim === 0) {
      throw new ShapeError(`${fn}: operand ${i + 1} is 0-d (shape ()); a matrix product needs at least 1 dimension — use multiply for scalars`);
    }
  }
  const xs = x.ndim === 1 ? [1, x.shape[0] as number] : x.shape.slice();
  const ys = y.ndim === 1 ? [y.shape[0] as number, 1] : y.shape.slice();
  const [m, k] = xs.slice(-2) as [number, number];
  const [k2, p] = ys.slice(-2) as [number, number];
  if (k !== k2) {
    throw new ShapeError(
      `${fn}: shapes ${formatShape(x.shape)} and ${formatShape(y.shape)} do not align: the last axis of the first has ${k} elements, the ${y.ndim === 1 ? "only" : "second-to-last"} axis of the second ${k2}`,
    );
  }
  const r = resolveBroadcast([xs.slice(0, -2), ys.slice(0, -2)]);
  if (!("shape" in r)) {
    throw new BroadcastError(
      `${fn}: cannot broadcast the batch axes ${formatShape(xs.slice(0, -2))} of ${formatShape(x.shape)} and ${formatShape(ys.slice(0, -2))} of ${formatShape(y.shape)}: axis ${r.conflict.axis} has ${r.conflict.sizes[0]} vs ${r.conflict.sizes[1]}`,
    );
  }
  const batch = r.shape;
  const dtype = promoteTypes(x.dtype, y.dtype);
  const integer = DTYPES[dtype].kind !== "f";
  // numpy's bool matmul is an OR of ANDs: any non-zero product gives true
  const bool = dtype === "bool";
  const xv = broadcastView(x.reshape(xs), [...batch, m, k]);
  const yv = broadcastView(y.reshape(ys), [...batch, k, p]);
  const nb = shapeSize(batch);
  const out = allocate(dtype, nb * m * p);
  const xd = xv.data;
  const yd = yv.data;
  const nbat = batch.length;
  const [xi, xt] = [xv.stride[nbat] as number, xv.stride[nbat + 1] as number];
  const [yt, yj] = [yv.stride[nbat] as number, yv.stride[nbat + 1] as number];
  const idx = new Array<number>(nbat).fill(0);
  let xBase = xv.offset;
  let yBase = yv.offset;
  let o = 0;
  for (let bIdx = 0; bIdx < nb; bIdx++) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < p; j++) {
        let acc = 0;
        let px = xBase + i * xi;
        let py = yBase + j * yj;
        if (integer) {
          for (let t = 0; t < k; t++, px += xt, py += yt) acc = (acc + Math.imul(xd[px] as number, yd[py] as number)) | 0;
        } else {
          for (let t = 0; t < k; t++, px += xt, py += yt) acc += (xd[px] as number) * (yd[py] as number);
        }
        out[o++] = bool ? +(acc !== 0) : acc;
      }
    }
    for (let d = nbat - 1; d >= 0; d--) {
      xBase += xv.stride[d] as number;
      yBase += yv.stride[d] as number;
      if (++(idx[d] as number) < (batch[d] as number)) break;
      xBase -= (xv.stride[d] as number) * (batch[d] as number);
      yBase -= (yv.stride[d] as number) * (batch[d] as number);
      idx[d] = 0;
    }
  }
  const shape = [...batch, ...(x.ndim === 1 ? [] : [m]), ...(y.ndim === 1 ? [] : [p])];
  return freshArray(dtype, shape, out);
}
