/**
 * Which reshapes can be views: numpy's `_attempt_nocopy_reshape` (numpy/_core/src/multiarray/
 * shape.c), for C order. Pure arithmetic on shapes and strides; no arrays.
 *
 * @module
 */

/**
 * The strides that view an array of `shape` and `strides` with `newShape` (same size, C order), or
 * `null` when no view can: groups of old axes that merge into new ones must be contiguous among
 * themselves. Axes of length 1 are ignored, as their strides never matter. The caller handles
 * `null`: they always reshape as views, with strides of the caller's choice.
 */
export function nocopyReshapeStrides(shape: readonly number[], strides: readonly number[], newShape: readonly number[]): number[] | null {
  if (shape.includes(0) || newShape.includes(0)) return null;
  const olddims: number[] = [];
  const oldstrides: number[] = [];
  shape.forEach((n, i) => {
    if (n !== 1) {
      olddims.push(n);
      oldstrides.push(strides[i] as number);
    }
  });
  const newnd = newShape.length;
  const oldnd = olddims.length;
  const newstrides = new Array<number>(newnd).fill(0);
  let oi = 0;
  let oj = 1;
  let ni = 0;
  let nj = 1;
  while (ni < newnd && oi < oldnd) {
    let np = newShape[ni] as number;
    let op = olddims[oi] as number;
    while (np !== op) {
      if (np < op) np *= newShape[nj++] as number;
      else op *= olddims[oj++] as number;
    }
    for (let ok = oi; ok < oj - 1; ok++) {
      if (oldstrides[ok] !== (olddims[ok + 1] as number) * (oldstrides[ok + 1] as number)) return null;
    }
    newstrides[nj - 1] = oldstrides[oj - 1] as number;
    for (let nk = nj - 1; nk > ni; nk--) newstrides[nk - 1] = (newstrides[nk] as number) * (newShape[nk] as number);
    ni = nj++;
    oi = oj++;
  }
  const last = ni >= 1 ? (newstrides[ni - 1] as number) : 1;
  for (let nk = ni; nk < newnd; nk++) newstrides[nk] = last;
  return newstrides;
}
