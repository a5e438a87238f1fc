"""Fixtures for broadcastShapes / broadcastTo / broadcastArrays: shape cases modelled on numpy's
test_stride_tricks.py (0-d, zero-length, many operands) plus random ones, each with numpy's answer."""
import numpy as np

from fixtures_common import enc, write

rng = np.random.default_rng(3)


def shape_cases():
    yield []
    yield [()]
    yield [(7,)]
    yield [(1, 2), (2,)]
    yield [(1, 1), (3, 4)]
    yield [(6, 7), (5, 6, 1), (7,), (5, 1, 7)]
    yield [(1, 3), (3, 1)]
    for a in [(), (0,), (1,), (0, 0), (1, 0), (0, 1), (1, 1)]:
        for b in [(0,), (0, 0), (0, 1), (1, 0), (1, 1), (3,), (2, 0)]:
            yield [a, b]
    yield [(3,), (4,)]
    yield [(2, 3), (2,)]
    yield [(3,), (3,), (4,)]
    yield [(1, 3, 4), (2, 3, 3)]
    yield [(1, 2), (3, 1), (3, 2), (10, 5)]
    yield [(2,)] * 32 + [(3,)] * 32
    yield [(1, 2)] * 100
    yield [(2,)] * 32
    for _ in range(150):
        k = int(rng.integers(1, 5))
        rank = int(rng.integers(0, 5))
        base = [int(rng.integers(0, 4)) for _ in range(rank)]
        shapes = []
        for _ in range(k):
            r = int(rng.integers(0, rank + 1))
            s = [d if rng.random() < 0.6 else (1 if rng.random() < 0.8 else int(rng.integers(0, 4))) for d in base[rank - r:]]
            shapes.append(tuple(s))
        yield shapes


def broadcast_shapes_fixture():
    out = []
    for shapes in shape_cases():
        try:
            result = list(np.broadcast_shapes(*shapes))
            out.append({"shapes": [list(s) for s in shapes], "result": result})
        except ValueError:
            out.append({"shapes": [list(s) for s in shapes], "error": "BroadcastError"})
    return out


def broadcast_to_fixture():
    out = []
    cases = [
        ((), (0,)), ((), (1,)), ((), (3,)), ((1,), (1,)), ((1,), (2,)), ((1,), (1, 2, 3)),
        ((3,), (3,)), ((3,), (1, 3)), ((3,), (2, 3)), ((0,), (0,)), ((1,), (0,)), ((1, 2), (0, 2)),
        ((2, 1), (2, 0)), ((2, 1, 3), (4, 2, 5, 3)),
        ((0,), ()), ((1,), ()), ((3,), ()), ((3,), (1,)), ((3,), (2,)), ((3,), (4,)), ((1, 2), (2, 1)),
        ((1, 1), (1,)), ((2, 3), (3,)),
    ]
    for src, target in cases:
        size = int(np.prod(src))
        a = (np.arange(size, dtype=np.float64) + 1).reshape(src)
        entry = {"array": enc(a), "shape": list(target)}
        try:
            entry["result"] = enc(np.broadcast_to(a, target))
        except ValueError:
            entry["error"] = "BroadcastError"
        out.append(entry)
    return out


def main():
    write("broadcast.json", {"broadcastShapes": broadcast_shapes_fixture(), "broadcastTo": broadcast_to_fixture()})


if __name__ == "__main__":
    main()
