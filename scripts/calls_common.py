"""Call fixtures: one case per call of a library function, recorded with numpy's answer. Every family
(creation, manipulation, einsum, sorting, statistics) writes its cases here and test/calls.ts replays
them; a new family adds cases, not a framework.

A fixture is {"arrays": [...], "cases": [...]}. A case is
    {"fn": JS name, "args": [...], "result": ... | "error": class, "numpy"?: "ValueError: ...",
     "tol"?: rtol, "note"?: text}
Arguments are plain JSON except
    {"$nd": i, "view"?: [steps]}  the fixture's arrays[i] (each distinct array is stored once), or a
                                  view of it (see `A`)
    {"$num": "nan" | "inf" | "-inf" | "-0"}
and the trailing options object is a dict. A result is {"$nd": array, "shares"?: bool} (whether it
shares memory with the first array argument, np.shares_memory), a list of results (numpy's tuples), a
dict of them (records, and numpy's named tuples with camelCase fields), a dtype's name, or a plain value.
The library has no 64-bit integers: numpy's int64 results are int32 where they are indices or counts
(`index=True`), float64 otherwise; int64 argument arrays are passed as int32.
"""
import warnings

import numpy as np

from fixtures_common import enc, enc_num, write

warnings.simplefilter("ignore")


class A:
    """An array argument made a view the same way on both sides: numpy gets the view itself (so that
    np.shares_memory can be asked), JS gets the stored array and the steps. `view` steps: ("T",)
    transpose, ("flip", axis), ("slice", axis, lo, hi), ("readonly",). A bare ndarray argument is
    the same as A(ndarray)."""

    def __init__(self, a, dtype=None, view=()):
        self.base = np.array(a, dtype=dtype)
        self.view = [list(v) for v in view]
        x = self.base
        for step in view:
            if step[0] == "T":
                x = x.T
            elif step[0] == "flip":
                x = np.flip(x, step[1])
            elif step[0] == "slice":
                x = x[(slice(None),) * step[1] + (slice(step[2], step[3]),)]
            elif step[0] == "readonly":
                x = x.view()
                x.flags.writeable = False
        self.a = x


def ours(r, index=False):
    """numpy's array in this library's dtypes: int64 as int32 for indices and counts, else float64."""
    r = np.asarray(r)
    if r.dtype.kind in "iu" and r.dtype.itemsize == 8:
        return r.astype(np.int32 if index else np.float64)
    return r


def to_np(x):
    if isinstance(x, A):
        return x.a
    if isinstance(x, list):
        return [to_np(v) for v in x]
    if isinstance(x, tuple):
        return tuple(to_np(v) for v in x)
    if isinstance(x, dict):
        return {k: to_np(v) for k, v in x.items()}
    return x


def first_array(args):
    for x in args:
        if isinstance(x, (A, np.ndarray)):
            return to_np(x)
        if isinstance(x, (list, tuple)):
            f = first_array(x)
            if f is not None:
                return f
    return None


def camel(name):
    head, *rest = name.split("_")
    return head + "".join(w.capitalize() for w in rest)


def result_to_js(r, base, index):
    if isinstance(r, np.generic) and not isinstance(r, np.dtype):
        return {"$nd": enc(ours(r, index))}  # the library returns 0-d arrays where numpy returns scalars
    if isinstance(r, np.ndarray):
        out = {"$nd": enc(ours(r, index))}
        if base is not None and r.size > 0 and base.size > 0:
            out["shares"] = bool(np.shares_memory(r, base))
        return out
    if isinstance(r, tuple) and hasattr(r, "_fields"):
        return {camel(k): result_to_js(v, base, index) for k, v in zip(r._fields, r)}
    if isinstance(r, (list, tuple)):
        return [result_to_js(v, base, index) for v in r]
    if isinstance(r, np.dtype):
        return str(r)
    if isinstance(r, (bool, np.bool_)):
        return bool(r)
    if isinstance(r, float):
        v = enc_num(r)
        return {"$num": v} if isinstance(v, str) else v
    if isinstance(r, (int, str)):
        return r
    if isinstance(r, dict):
        return {k: result_to_js(v, base, index) for k, v in r.items()}
    raise TypeError(f"cannot encode result {r!r}")


ERRORS = {"AxisError": "AxisError", "ValueError": "ShapeError", "TypeError": "DTypeError", "OverflowError": "DTypeError", "UFuncTypeError": "DTypeError",
          "ZeroDivisionError": "ShapeError", "IndexError": "IndexError"}
# numpy errors about axes that are not numpy.exceptions.AxisError: the library throws AxisError for them
AXIS_MESSAGES = ["repeated axis", "duplicate value in 'axis'", "`source` and `destination`", "tuple index out of range", "Axes must be different", "out of range for array of ndim"]


def error_class(e):
    name = type(e).__name__
    if any(m in str(e) for m in AXIS_MESSAGES):
        return "AxisError"
    return ERRORS.get(name, name)


class Calls:
    def __init__(self):
        self.arrays = []
        self._interned = {}
        self.cases = []

    def to_js(self, x):
        """An argument as JSON: arrays stored once in self.arrays and referenced by index."""
        if isinstance(x, (A, np.ndarray)):
            x = x if isinstance(x, A) else A(x)
            base = ours(x.base, index=True)
            key = (str(base.dtype), base.shape, base.tobytes())
            if key not in self._interned:
                self._interned[key] = len(self.arrays)
                self.arrays.append(enc(base))
            return {"$nd": self._interned[key], **({"view": x.view} if x.view else {})}
        if isinstance(x, bool) or x is None or isinstance(x, str):
            return x
        if isinstance(x, (int, np.integer)):
            return int(x)
        if isinstance(x, (float, np.floating)):
            v = enc_num(x)
            return {"$num": v} if isinstance(v, str) else v
        if isinstance(x, (list, tuple)):
            return [self.to_js(v) for v in x]
        if isinstance(x, dict):
            return {k: self.to_js(v) for k, v in x.items()}
        raise TypeError(f"cannot encode {x!r}")

    def add(self, fn, *args, np_fn, error=None, tol=0, index=False, note=None):
        """Records `fn(*args)` with numpy's answer `np_fn(*numpy args)` (arrays as numpy arrays, `A`s
        as their views). Where numpy raises, the case expects the library's class for numpy's
        exception (error_class), or `error` where the library's class differs (e.g. BroadcastError
        for a ValueError about shapes). `index`: numpy's int64 results are indices (int32 here)."""
        entry = {"fn": fn, "args": self.to_js(list(args))}
        if note:
            entry["note"] = note
        try:
            with np.errstate(all="ignore"):
                r = np_fn(*[to_np(a) for a in args])
        except Exception as e:  # noqa: BLE001 - numpy's refusal is the expected answer
            entry["error"] = error or error_class(e)
            entry["numpy"] = f"{type(e).__name__}: {e}"
            self.cases.append(entry)
            return
        entry["result"] = result_to_js(r, first_array(args), index)
        if tol:
            entry["tol"] = tol
        self.cases.append(entry)

    def refused(self, fn, *args, error):
        """A refusal of the library's where numpy has no counterpart (an option numpy lacks)."""
        self.cases.append({"fn": fn, "args": self.to_js(list(args)), "error": error})


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
    write(name, {"arrays": c.arrays, "cases": c.cases})
