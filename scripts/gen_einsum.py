"""Fixtures for einsum (random subscripts and shapes: repeated labels, implicit and explicit outputs,
ellipses, broadcasting length-1 axes, several dtypes; and numpy's errors), tensordot and vecdot."""
import warnings

import numpy as np

from calls_common import A, generate

rng = np.random.default_rng(17)
warnings.simplefilter("ignore")


def sample(shape, dtype="float64"):
    n = int(np.prod(shape))
    if np.dtype(dtype).kind == "f":
        return rng.standard_normal(n).round(3).astype(dtype).reshape(shape)
    return rng.integers(-5, 6, n).astype(dtype).reshape(shape)


def random_einsum(c):
    letters = "abcdeA"
    for _ in range(400):
        nops = int(rng.integers(1, 4))
        sizes = {l: int(rng.integers(0 if rng.random() < 0.05 else 1, 5)) for l in letters}
        use_ell = rng.random() < 0.3
        batch = [int(rng.integers(1, 4)) for _ in range(int(rng.integers(0, 3)))] if use_ell else []
        terms, ops = [], []
        dtype = str(rng.choice(["float64", "float64", "float32", "int32", "int16"]))
        for _k in range(nops):
            n = int(rng.integers(0, 4))
            labs = [str(rng.choice(list(letters[:4] + "A"))) for _ in range(n)]
            shape = [sizes[l] for l in labs]
            # a label of length 1 in one operand broadcasts against the others
            shape = [1 if rng.random() < 0.1 else s for s in shape]
            for i, l in enumerate(labs):  # a repeated label must have one length within an operand
                shape[i] = shape[labs.index(l)]
            term = "".join(labs)
            if use_ell:
                nb = int(rng.integers(0, len(batch) + 1))
                eshape = batch[len(batch) - nb:]
                eshape = [1 if rng.random() < 0.2 else s for s in eshape]
                pos = int(rng.integers(0, len(labs) + 1))
                term = term[:pos] + "..." + term[pos:]
                shape = shape[:pos] + eshape + shape[pos:]
            terms.append(term)
            ops.append(A(sample(tuple(shape), dtype)))
        spec = ",".join(terms)
        if rng.random() < 0.6:
            present = sorted(set("".join(terms).replace(".", "")))
            out = [l for l in present if rng.random() < 0.5]
            rng.shuffle(out)
            rhs = "".join(out)
            if use_ell and rng.random() < 0.8:
                pos = int(rng.integers(0, len(rhs) + 1))
                rhs = rhs[:pos] + "..." + rhs[pos:]
            spec += "->" + rhs
        tol = 1e-12 if dtype == "float64" else 1e-5 if dtype == "float32" else 0
        c.add("einsum", spec, *ops, np_fn=lambda s, *o: np.einsum(s, *o), tol=tol)


def fixed_einsum(c):
    M = A(sample((3, 3)))
    v = A(sample((3,)))
    B = A(sample((2, 3, 4)))
    for spec, ops in [("ii", [M]), ("ii->i", [M]), ("ij->ji", [M]), ("ij", [M]), ("ji", [M]), ("ij,jk->ik", [M, M]), ("ij,j->i", [M, v]), ("i,i", [v, v]),
                      ("i,j->ij", [v, v]), ("...ij,...jk", [B, A(sample((4, 2)))]), ("i...->...", [B]), ("ijk->kji", [B]), ("ijk->", [B]), ("bij,bjk->bik", [B, A(sample((2, 4, 3)))]),
                      ("ij,ij->ij", [M, M]), ("ii->", [A(sample((3, 3), "int8") * 50)]), ("i", [A(sample((3,)), view=[("readonly",)])]), ("ij->ji", [A(sample((3, 3)), view=[("readonly",)])]),
                      ("ij,jk", [A(sample((2, 3))), A(sample((4, 5)))]), ("ii", [A(sample((2, 3)))]), ("ij,jk->iik", [M, M]), ("ij->k", [M]), ("ij", [v]), ("ij,k", [M]), ("i$", [v]), ("", [A(sample(()))]), (",", [A(sample(())), A(sample((), "int32"))]),
                      ("i,i", [A(sample((3,), "int8")), A(sample((3,), "float32"))]), ("Ab,bA->", [A(sample((2, 3))), A(sample((3, 2)))])]:
        c.add("einsum", spec, *ops, np_fn=lambda s, *o: np.einsum(s, *o), tol=1e-12)
    c.add("einsum", "ij,j->i", A(sample((2, 3), "int8")), A(sample((3,), "int16")), {"dtype": "float64"}, np_fn=lambda s, a, b, o: np.einsum(s, a, b, **o))
    for out in [A(np.zeros(3)), A(np.zeros(3, "float32")), A(np.zeros(4)), A(np.zeros(3), view=[("readonly",)])]:
        c.add("einsum", "ij,j->i", M, v, {"out": out}, np_fn=lambda s, a, b, o: np.einsum(s, a, b, **o), tol=1e-12, error="ReadOnlyError" if out.view else None)
    c.add("einsum", "ij->i", A(sample((2, 3), "int8")), {"out": A(np.zeros(2, "float32"))}, np_fn=lambda s, a, o: np.einsum(s, a, **o))
    c.add("einsum", "ij,j->i", M, v, {"dtype": "float32"}, np_fn=lambda s, a, b, o: np.einsum(s, a, b, **o), tol=1e-6)


def optimized(c):
    """optimize=True/"greedy"/"optimal"/False on chains, stars, repeated labels, ellipses, broadcast
    length-1 axes, outer products, empty axes, integer dtypes, dtype= and out=."""
    S = lambda *shape, dtype="float64": A(sample(shape, dtype))
    cases = [("ij,jk,kl->il", [S(3, 4), S(4, 5), S(5, 2)]), ("ij,jk,kl", [S(2, 3), S(3, 3), S(3, 4)]), ("ij,jk,kl,lm->im", [S(2, 3), S(3, 4), S(4, 2), S(2, 5)]),
             ("ea,fb,abcd,gc,hd->efgh", [S(2, 3), S(2, 2), S(3, 2, 4, 2), S(3, 4), S(2, 2)]), ("i,i,i->", [S(4), S(4), S(4)]), ("i,j,k->ijk", [S(2), S(3), S(2)]),
             ("ii,ij,jk->k", [S(3, 3), S(3, 4), S(4, 2)]), ("...ij,...jk,...kl->...il", [S(2, 2, 3), S(1, 3, 4), S(4, 2)]), ("ij,jk,kl->", [S(2, 1), S(3, 4), S(4, 2)]),
             ("ab,cd,bc->ad", [S(2, 3), S(4, 5), S(3, 4)]), ("ij,jk,kl->il", [S(2, 0), S(0, 3), S(3, 2)]), ("ij,jk,kl->li", [S(3, 4, dtype="int32"), S(4, 2, dtype="int32"), S(2, 3, dtype="int16")]),
             ("ij,jk,kl->il", [S(3, 4, dtype="float32"), S(4, 5, dtype="float32"), S(5, 2, dtype="float32")]), ("i,ij,j", [S(3), S(3, 4), S(4)]),
             ("ij,jk->ik", [S(3, 4), S(4, 2)]), ("ijk,jl,lk->i", [S(2, 3, 4), S(3, 2), S(2, 4)]), ("a,b,c,d,ab,cd,ac->bd", [S(2), S(3), S(2), S(3), S(2, 3), S(2, 3), S(2, 2)]),
             ("ij,jk,kl->il", [S(3, 4), S(5, 5), S(5, 2)])]
    for spec, ops in cases:
        for opt in [True, False, "greedy", "optimal"]:
            tol = 1e-5 if ops[0].a.dtype == np.float32 else 1e-12
            c.add("einsum", spec, *ops, {"optimize": opt}, np_fn=lambda s, *o: np.einsum(s, *o[:-1], **o[-1]), tol=tol)
    M = S(3, 3)
    F = S(3, 3, dtype="float32")
    c.add("einsum", "ij,jk,kl->il", F, F, F, {"optimize": True, "dtype": "float64"}, np_fn=lambda s, a, b, d, o: np.einsum(s, a, b, d, **o), tol=1e-6)
    c.add("einsum", "ij,jk,kl->il", M, M, M, {"optimize": "greedy", "out": A(np.zeros((3, 3)))}, np_fn=lambda s, a, b, d, o: np.einsum(s, a, b, d, **o), tol=1e-12)
    c.add("einsum", "ij,jk,kl->il", M, M, M, {"optimize": "greedy", "out": A(np.zeros((3, 2)))}, np_fn=lambda s, a, b, d, o: np.einsum(s, a, b, d, **o))


def optimized_dtypes(c):
    """Found by random comparison with numpy: a bool sum is `any` (also past 255 true values);
    optimize's steps are numpy's bmm_einsum (labels one operand has alone, or where the other side
    has length 1, summed first in that operand's dtype; each step in the pair's promoted dtype);
    without optimize, out's dtype is the computation's (a bool sum into an int32 out counts)."""
    B = lambda *rows: A(np.array(rows, dtype=bool))
    t = A(np.ones((256, 2), bool))
    c.add("einsum", "ij->j", t, np_fn=np.einsum)
    c.add("einsum", "ij,j->i", A(np.ones((2, 256), bool)), A(np.ones(256, bool)), np_fn=np.einsum)
    ac = B([True, False, True], [False, True, True], [True, True, True])
    c.add("einsum", "ac,->c", ac, A(np.array(-4.5)), np_fn=np.einsum)
    for opt in [True, False, "greedy", "optimal"]:
        o = lambda s, *ops: np.einsum(s, *ops[:-1], **ops[-1])
        c.add("einsum", "ac,->c", ac, A(np.array(-4.5)), {"optimize": opt}, np_fn=o)
        c.add("einsum", ",ac,bdc->", A(np.array(-4.5)), ac, A(np.array([[[0], [1]]], "uint8")), {"optimize": opt}, np_fn=o)
        c.add("einsum", "bac,d->b", B([[True, False], [True, True]], [[False, False], [False, True]]), A(np.array([2, 3], "int16")), {"optimize": opt}, np_fn=o)
        c.add("einsum", ",ca,cd->da", A(np.array(7.0, "float32")), B([True, True], [True, True], [False, True], [True, False]), A(np.array([[1, 1]], "int8")), {"optimize": opt}, np_fn=o)
        c.add("einsum", "ij,j->i", A(np.full((2, 3), 100, "int8")), A(np.ones(3, "int8")), {"optimize": opt, "out": A(np.zeros(2, "int16"))}, np_fn=o)
        c.add("einsum", "ab->a", B([True, True, False], [True, True, True]), {"optimize": opt, "out": A(np.zeros(2, "int32"))}, np_fn=o)
        # numpy's path decides where integers wrap: one step over all when no label is summed (in out's
        # dtype), and int16 intermediates of a 5-operand greedy path
        c.add("einsum", "d,a,->da", A(np.array([47], "uint8")), A(np.array([91, 89, 76, 40], "uint8")), A(np.array(90, "uint8")), {"optimize": opt, "out": A(np.zeros((4, 1), "int32"))}, np_fn=o)
        c.add("einsum", "cb,bd...,...,...,...->cb", A(np.array([[87, 29], [67, 62], [61, 11]], "int16")), A(np.array([[84], [52]], "int8")), A(np.array(27, "int32")),
              A(np.array(17, "int8")), A(np.array(12, "int16")), {"optimize": opt}, np_fn=o)
        c.add("einsum", "a,b,c,abc->", A(np.array([90, 100, 110], "int8")), A(np.arange(4, dtype="int8")), A(np.arange(5, dtype="int16")), A(np.ones((3, 4, 5), "int16")), {"optimize": opt}, np_fn=o)


def tensordots(c):
    a, b = A(sample((2, 3, 4))), A(sample((3, 4, 5)))
    for axes in [2, 1, 0, [[1, 2], [0, 1]], [[1], [0]], [1, 0], [[-1], [1]], 3, [[0], [0]], [[2, 1], [1, 0]]]:
        c.add("tensordot", a, b, axes, np_fn=lambda x, y, ax: np.tensordot(x, y, ax), tol=1e-12, error="ShapeError" if axes in (3, [[0], [0]]) else None)
    c.add("tensordot", A(sample((3, 3), "int32")), A(sample((3, 3), "int16")), np_fn=np.tensordot)
    c.add("tensordot", A(sample(())), A(sample((2,))), 0, np_fn=np.tensordot)
    for x, y, axis in [((3,), (3,), -1), ((2, 3), (3,), -1), ((4, 1, 3), (2, 3), -1), ((3, 2), (3, 2), 0), ((2, 3), (4,), -1), ((2, 0), (0,), -1), ((3,), (3,), 0)]:
        opts = {"axis": axis}
        c.add("vecdot", A(sample(x)), A(sample(y, "float32")), opts, np_fn=lambda p, q, o: np.vecdot(p, q, **o), tol=1e-6)
    c.add("vecdot", A(sample((2, 3), "int32")), A(sample((3,), "int8")), np_fn=np.vecdot)
    for out in [A(np.zeros(2, "float32")), A(np.zeros(2, "int32")), A(np.zeros(3))]:
        c.add("vecdot", A(sample((2, 3))), A(sample((3,))), {"out": out}, np_fn=lambda p, q, o: np.vecdot(p, q, **o), tol=1e-6)


def main():
    generate("einsum.json", random_einsum, fixed_einsum, optimized, optimized_dtypes, tensordots)


if __name__ == "__main__":
    main()
