"""Call fixtures of the sorting and statistics families (test/sorting/calls.ts reads them; the manipulation family has its own format in calls_common.py): each case is one call of a library function with its arguments and numpy's answer.

A case is {"fn", "args", "result" | "error", "rtol"?}. Argument arrays are encoded with
fixtures_common.enc once, in the fixture's "arrays" list, and referenced as {"ref": i}; special numbers as {"num": "nan"}; everything else is plain JSON (the
trailing options object is a dict). A result is an array, a list of arrays (numpy's tuples) or a
dict of arrays (the Array API's records). The test (test/sorting/calls.ts) decodes the arguments,
calls the function of the name and compares: exactly, or within rtol when given.
"""
import math
import warnings

import numpy as np

from fixtures_common import enc, enc_num, write

warnings.simplefilter("ignore")

ERRORS = {"AxisError": "AxisError", "IndexError": "IndexError", "TypeError": "DTypeError"}


ARRAYS = []
_interned = {}


def arg(x):
    if isinstance(x, np.ndarray):
        x = ours(x, index=True)
        key = (str(x.dtype), x.shape, x.tobytes())
        if key not in _interned:
            _interned[key] = len(ARRAYS)
            ARRAYS.append(enc(x))
        return {"ref": _interned[key]}
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x) or (x == 0 and math.copysign(1, x) < 0)):
        return {"num": enc_num(x)}
    if isinstance(x, dict):
        return {k: arg(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [arg(v) for v in x]
    if isinstance(x, (np.integer,)):
        return int(x)
    if isinstance(x, (np.floating,)):
        return arg(float(x))
    return x


def ours(r, index=False):
    """numpy's result as this library's dtypes: int64 indices/counts as int32, other int64 as float64."""
    r = np.asarray(r)
    if r.dtype == np.bool_:
        return r
    if r.dtype.kind in "iu" and r.dtype.itemsize == 8:
        return r.astype(np.int32 if index else np.float64)
    return r


def encode_result(r, index):
    if isinstance(r, tuple) and hasattr(r, "_fields"):
        return {camel(k): enc(ours(v, index)) for k, v in zip(r._fields, r)}
    if isinstance(r, (tuple, list)):
        return [enc(ours(v, index)) for v in r]
    return enc(ours(r, index))


def camel(name):
    head, *rest = name.split("_")
    return head + "".join(w.capitalize() for w in rest)


class Calls:
    def __init__(self):
        self.cases = []
        ARRAYS.clear()
        _interned.clear()

    def payload(self):
        return {"arrays": list(ARRAYS), "cases": self.cases}

    def add(self, fn, args, compute, index=False, rtol=None, error=None, note=None):
        """Records fn(*args) with numpy's answer compute(); a numpy exception becomes the error class
        (ValueError as `error`, which the caller names: ShapeError or DTypeError)."""
        case = {"fn": fn, "args": arg(list(args))}
        if note:
            case["note"] = note
        try:
            with np.errstate(all="ignore"):
                r = compute()
        except Exception as e:  # noqa: BLE001 - numpy's error class is the datum
            name = type(e).__name__
            if name == "ValueError":
                name = error or "ShapeError"
            else:
                name = ERRORS.get(name, name)
            case["error"] = name
            self.cases.append(case)
            return
        case["result"] = encode_result(r, index)
        if rtol is not None:
            case["rtol"] = rtol
        self.cases.append(case)

    def error(self, fn, args, name):
        """A refusal of ours where numpy has no counterpart (recorded, not computed)."""
        self.cases.append({"fn": fn, "args": arg(list(args)), "error": name})


SPECIALS = [np.nan, np.inf, -np.inf, -0.0, 0.0]


def sprinkle(x, rng):
    """Puts NaN, ±inf and ±0 at random places of the flat float array `x` (about a quarter of them)."""
    n = x.size
    for _ in range(max(1, n // 4) if n else 0):
        x[int(rng.integers(0, n))] = SPECIALS[int(rng.integers(0, len(SPECIALS)))]


def generate(name, *sections):
    """Runs each section on one Calls and writes test/fixtures/<name>."""
    c = Calls()
    for section in sections:
        section(c)
    write(name, c.payload())
