"""float32 sum, mean and prod as numpy computes them (in float32, pairwise sums, overflow to inf),
over contiguous, transposed, strided and reversed views and every axis choice.

Each case gives a flat float32 buffer and a view of it (shape, strides and offset in elements), the
reduction and its axes, and numpy's result. `exact` marks the layouts where numpy's order of
additions is known to the library (at most one reduced loop once the axes are ordered by stride and
merged): the test checks those bit for bit and measures the rest.
"""
import itertools
import warnings

import numpy as np

from fixtures_common import enc, write


def reduced_loops(shape, strides, axes):
    """How many loops over reduced axes remain after ordering by |stride| and merging (see reduce.ts)."""
    ax = [(n, s, i in axes) for i, (n, s) in enumerate(zip(shape, strides)) if n > 1]
    ax.sort(key=lambda t: -abs(t[1]))
    loops = []
    for n, s, r in ax:
        if r and loops and loops[-1][2] and loops[-1][1] == s * n:
            loops[-1] = (loops[-1][0] * n, s, r)
        else:
            loops.append((n, s, r))
    return sum(1 for t in loops if t[2])


def view(buf, shape, strides, offset):
    return np.lib.stride_tricks.as_strided(buf[offset:], shape=shape, strides=[s * 4 for s in strides])


def main():
    rng = np.random.default_rng(20261130)
    cases = []
    buffers = []
    ids = {}

    def buffer_id(buf):
        key = id(buf)
        if key not in ids:
            ids[key] = len(buffers)
            buffers.append(buf)
        return ids[key]

    def add(buf, shape, strides, offset, op, axis, note):
        a = view(buf, shape, strides, offset)
        with np.errstate(over="ignore", invalid="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = getattr(np, op)(a, axis=tuple(axis) if isinstance(axis, list) else axis)
        axes = list(range(len(shape))) if axis is None else ([axis] if isinstance(axis, int) else list(axis))
        axes = [x % len(shape) for x in axes] if shape else []
        exact = reduced_loops(shape, strides, axes) <= 1
        cases.append({"note": note, "buffer": buffer_id(buf), "shape": list(shape), "strides": list(strides), "offset": offset,
                      "op": op, "axis": axis, "exact": bool(exact), "expected": enc(np.asarray(r, dtype=np.float32))})

    # contiguous 1-D of every length class of the pairwise sum (< 8, ≤ 128, halved beyond)
    for n in [0, 1, 3, 7, 8, 9, 15, 16, 17, 100, 127, 128, 129, 130, 255, 256, 257, 1000, 3001]:
        buf = (rng.standard_normal(n) * 1000).astype(np.float32)
        near_one = (1 + rng.standard_normal(n) * 0.01).astype(np.float32)
        for op in ["sum", "mean", "prod"]:
            add(buf if op != "prod" else near_one, (n,), (1,), 0, op, None, f"contiguous {n}")
    # overflow, the examples, -0, nan, inf
    specials = [[1.1] * 10, [1e30, 1e30, 1e-30], [3e38, 3e38, -3e38], [3e38] * 9, [-0.0], [-0.0, -0.0], [np.nan, 1], [np.inf, -np.inf], [1e-45, 1e-45]]
    for vals in specials:
        buf = np.array(vals, dtype=np.float32)
        for op in ["sum", "mean", "prod"]:
            add(buf, (len(vals),), (1,), 0, op, None, f"special {vals[:3]}")
    # 2-D and 3-D: C order, transposed, strided, reversed; every axis subset
    for shape in [(3, 4), (5, 1), (40, 7), (7, 40), (130, 3), (2, 3, 4), (6, 1, 9), (3, 20, 5)]:
        size = int(np.prod(shape))
        buf = (rng.standard_normal(size * 2 + 3) * 100).astype(np.float32)
        near_one = (1 + rng.standard_normal(size * 2 + 3) * 0.1).astype(np.float32)
        c = [int(np.prod(shape[i + 1:])) for i in range(len(shape))]
        layouts = {"C": (shape, c, 0)}
        layouts["transposed"] = (shape[::-1], c[::-1], 0)
        layouts["step 2 on the last axis"] = (shape, [s * 2 for s in c], 1)
        layouts["last axis reversed"] = (shape, c[:-1] + [-1], shape[-1] - 1)
        layouts["first axis reversed"] = (shape, [-c[0]] + c[1:], c[0] * (shape[0] - 1))
        for name, (sh, st, off) in layouts.items():
            nd = len(sh)
            axis_choices = [None] + list(range(nd)) + [-1] + [list(x) for k in range(2, nd) for x in itertools.combinations(range(nd), k)]
            for axis in axis_choices:
                for op in ["sum", "mean", "prod"]:
                    add(buf if op != "prod" else near_one, sh, st, off, op, axis, f"{name} {sh}")
    write("float32_reductions.json", {"buffers": [enc(b) for b in buffers], "cases": cases})


if __name__ == "__main__":
    main()
