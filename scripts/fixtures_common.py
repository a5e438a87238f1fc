"""Helpers shared by the fixture generators: JSON encoding of arrays that keeps NaN, ±inf and -0."""
import json
import math
import os

import numpy as np

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures")


def enc_num(x):
    """A float as JSON: finite non-negative-zero numbers stay numbers; the rest become strings."""
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if x == 0 and math.copysign(1.0, x) < 0:
        return "-0"
    if x.is_integer() and abs(x) < 2**53:
        return int(x)
    return x


def enc(a):
    """An array as {dtype, shape, data} with data flat in C order."""
    a = np.asarray(a)
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": [enc_num(v) for v in a.ravel(order="C")]}


def write(name, payload):
    os.makedirs(FIXTURES, exist_ok=True)
    path = os.path.join(FIXTURES, name)
    with open(path, "w") as f:
        json.dump({"generator": "scripts/gen_fixtures.py", "numpy": np.__version__, **payload}, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {path}")
