"""Writes test/fixtures/json.json for test/io/json.fixtures.test.ts: arrays of every dtype of the
library (1-D, 2-D, 0-d, empty; NaN, +-inf, -0, range edges) as the JSON record `a.toJSON()` writes,
and numpy's `np.array(a, dtype=target)` for every target dtype (and none): what `array(record)` and
`array(record, { dtype })` must give. numpy's float -> integer casts of NaN, +-inf and values out
of the target's range are C's undefined behaviour: those elements are listed in `undefinedAt`, where
the test expects astype's answer (docs/numpy-differences.md, "float -> integer astype")."""
import warnings

import numpy as np

from fixtures_common import enc, enc_num, write

DTYPES = ["float64", "float32", "int32", "int16", "int8", "uint32", "uint16", "uint8", "bool"]

FLOATS = [0.0, -0.0, 1.5, -2.7, 2.5, -0.5, np.nan, np.inf, -np.inf, 300.9, -129.2, 70000.7,
          4e9 + 0.5, -3e9, 1e-300, 1e300, 0.1, 255.5, -1.0, 65535.0, 2.0**31, -(2.0**31)]


def sources():
    """(name, array) pairs: every dtype's edge values in several shapes."""
    for dt in DTYPES:
        t = np.dtype(dt)
        if t.kind == "f":
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # 1e300 is inf in float32
                values = np.array(FLOATS, dtype=dt)
        elif t.kind == "b":
            values = np.array([True, False, True, True], dtype=dt)
        else:
            info = np.iinfo(t)
            pool = [info.min, info.max, 0, 1, 2, 7, 100, 127, 128, 255, 256, 300, 65535, 65536, -1, -128, -129, 2**31 - 1]
            values = np.array([v for v in pool if info.min <= v <= info.max], dtype=dt)
        yield f"{dt} 1-D", values
        if values.size >= 6:
            yield f"{dt} 2-D", values[:6].reshape(2, 3)
        yield f"{dt} 0-d", values[2].reshape(())
        yield f"{dt} empty", values[:0].reshape(0, 2)


def record(a):
    """What a.toJSON() writes: data flat in C order, booleans for bool, NaN/inf/-0 as strings."""
    if a.dtype == np.bool_:
        return {"dtype": "bool", "shape": list(a.shape), "data": [bool(v) for v in a.ravel()]}
    out = enc(a)
    if a.dtype.kind in "iu":
        out["data"] = [int(v) for v in a.ravel()]
    return out


def main():
    cases = []
    for name, a in sources():
        for target in [None] + DTYPES:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                got = np.array(a, dtype=target)
            case = {"name": name, "record": record(a), "dtype": target, "expected": enc(got)}
            if a.dtype.kind == "f" and target is not None and np.dtype(target).kind in "iu":
                # C leaves NaN, +-inf and values out of the target's range undefined: the library
                # gives astype's answer there (x86-64's, mostly)
                info = np.iinfo(target)
                v = a.ravel().astype(np.float64)
                with np.errstate(invalid="ignore"):
                    bad = ~np.isfinite(v) | (np.trunc(v) < info.min) | (np.trunc(v) > info.max)
                case["undefinedAt"] = [int(i) for i in np.flatnonzero(bad)]
            cases.append(case)
    write("json.json", {"cases": cases})


if __name__ == "__main__":
    main()
