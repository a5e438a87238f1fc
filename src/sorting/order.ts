/**
 * The sort order of float64 values as numpy's stable sort sees it, and the stable index sort
 * every sorting function uses.
 *
 * Ascending: -inf < … < -0 = +0 < … < +inf < NaN (all NaNs equal, last). Descending is the
 * mirror (NaN first), with equal elements still in their original order — what
 * `flip(sort(flip(x)))` gives in numpy and the Array API's `sort(x, descending=True)`.
 *
 * Large lanes sort by LSD radix on 16-bit digits of the float's order-preserving bit pattern
 * (stable, O(n)); small ones by a merge sort on the same comparison.
 *
 * @module
 */

/** `a` before `b` in ascending order: NaN last, -0 equal to +0. */
export function lessThan(a: number, b: number): boolean {
  return a < b || (b !== b && a === a);
}

/**
 * The insertion point of `t` in the sorted `keys[0 … n)`: the first index whose key is not before
 * `t` (`right` false, numpy's side="left") or is after it (`right` true).
 */
export function bisect(keys: Float64Array, n: number, t: number, right: boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = keys[mid] as number;
    if (right ? !lessThan(t, m) : lessThan(m, t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Below this length the merge sort is faster than the radix sort's fixed cost. */
const RADIX_FROM = 1024;

/**
 * Fills `idx[0 … n)` with the stable sort permutation of `values[start … start+n)`: `values[start +
 * idx[k]]` is the k-th in the order. `idx` is overwritten.
 */
export function argsortLane(values: Float64Array, start: number, n: number, idx: Int32Array, descending: boolean): void {
  if (n >= RADIX_FROM) {
    radixArgsort(values, start, n, idx, descending);
    return;
  }
  for (let i = 0; i < n; i++) idx[i] = i;
  if (n < 2) return;
  const tmp = new Int32Array(n);
  mergeSort(values, start, idx, tmp, 0, n, descending);
}

/** Insertion sort below this run length inside the merge sort. */
const INSERTION = 16;

function before(values: Float64Array, start: number, i: number, j: number, descending: boolean): boolean {
  const a = values[start + i] as number;
  const b = values[start + j] as number;
  return descending ? lessThan(b, a) : lessThan(a, b);
}

function mergeSort(values: Float64Array, start: number, idx: Int32Array, tmp: Int32Array, lo: number, hi: number, descending: boolean): void {
  if (hi - lo <= INSERTION) {
    for (let i = lo + 1; i < hi; i++) {
      const v = idx[i] as number;
      let j = i - 1;
      // strictly before: an equal element stays after the ones already placed (stable)
      while (j >= lo && before(values, start, v, idx[j] as number, descending)) {
        idx[j + 1] = idx[j] as number;
        j--;
      }
      idx[j + 1] = v;
    }
    return;
  }
  const mid = (lo + hi) >>> 1;
  mergeSort(values, start, idx, tmp, lo, mid, descending);
  mergeSort(values, start, idx, tmp, mid, hi, descending);
  if (!before(values, start, idx[mid] as number, idx[mid - 1] as number, descending)) return;
  for (let i = lo; i < mid; i++) tmp[i] = idx[i] as number;
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) {
    // take from the right only when strictly before: ties keep the left (earlier) element first
    if (before(values, start, idx[j] as number, tmp[i] as number, descending)) idx[k++] = idx[j++] as number;
    else idx[k++] = tmp[i++] as number;
  }
  while (i < mid) idx[k++] = tmp[i++] as number;
}

const scratch = new Float64Array(1);
const bits = new Uint32Array(scratch.buffer);

/**
 * LSD radix sort of indices by the 64-bit keys that order floats as {@link lessThan} does: -0 is
 * read as +0 and every NaN as one positive NaN; a set sign bit flips every bit, a clear one sets
 * the sign bit. Descending inverts the keys, which keeps ties in their original order.
 */
function radixArgsort(values: Float64Array, start: number, n: number, idx: Int32Array, descending: boolean): void {
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  const flip = descending ? 0xffffffff : 0;
  for (let i = 0; i < n; i++) {
    const v = values[start + i] as number;
    scratch[0] = v !== v ? NaN : v === 0 ? 0 : v;
    const h = bits[1] as number;
    const l = bits[0] as number;
    if (h & 0x80000000) {
      hi[i] = (~h ^ flip) >>> 0;
      lo[i] = (~l ^ flip) >>> 0;
    } else {
      hi[i] = ((h | 0x80000000) ^ flip) >>> 0;
      lo[i] = (l ^ flip) >>> 0;
    }
  }
  // one histogram per 16-bit digit, counted in one pass
  const counts = new Int32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    const l = lo[i] as number;
    const h = hi[i] as number;
    (counts[l & 0xffff] as number)++;
    (counts[65536 + (l >>> 16)] as number)++;
    (counts[131072 + (h & 0xffff)] as number)++;
    (counts[196608 + (h >>> 16)] as number)++;
  }
  let ix: Int32Array = idx;
  for (let i = 0; i < n; i++) ix[i] = i;
  let ix2: Int32Array = new Int32Array(n);
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  for (let d = 0; d < 4; d++) {
    const base = d * 65536;
    // a digit every key shares moves nothing
    let single = false;
    for (let b = 0; b < 65536; b++) {
      const c = counts[base + b] as number;
      if (c === n) single = true;
      if (c !== 0) break;
    }
    if (single) continue;
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = counts[base + b] as number;
      counts[base + b] = sum;
      sum += c;
    }
    const key = d < 2 ? lo : hi;
    const shift = d % 2 === 0 ? 0 : 16;
    const carryLo = d < 1;
    for (let i = 0; i < n; i++) {
      const digit = ((key[i] as number) >>> shift) & 0xffff;
      const p = (counts[base + digit] as number)++;
      ix2[p] = ix[i] as number;
      hi2[p] = hi[i] as number;
      if (carryLo) lo2[p] = lo[i] as number;
    }
    [ix, ix2] = [ix2, ix];
    [hi, hi2] = [hi2, hi];
    if (carryLo) [lo, lo2] = [lo2, lo];
  }
  if (ix !== idx) idx.set(ix);
}
