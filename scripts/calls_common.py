"""Fixtures of whole calls: a JS function name, its arguments (arrays marked {"nd": ...}), and numpy's
answer (an array with whether it shares memory with the first array argument, a list of them, a plain
value, or the error class the library throws for numpy's exception). The test runner
(test/calls.ts) decodes the arguments, calls the export of that name and compares."""
import math

import numpy as np

from fixtures_common import enc, enc_num, write


class A:
    """An array argument: passed to numpy as itself (so that np.shares_memory can be asked), to JS as
    {"$nd": ..., "view": [...]}. `view` lists steps that make a view of the stored array, applied the same
    way on both sides: ("T",) transpose, ("flip", axis), ("slice", axis, lo, hi), ("readonly",)."""

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


def to_js(x):
    if isinstance(x, A):
        return {"$nd": enc(x.base), **({"view": x.view} if x.view else {})}
    if isinstance(x, bool) or x is None or isinstance(x, str):
        return x
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        v = enc_num(x)
        return {"$num": v} if isinstance(v, str) else float(x) if not float(x).is_integer() else v
    if isinstance(x, (list, tuple)):
        return [to_js(v) for v in x]
    if isinstance(x, dict):
        return {k: to_js(v) for k, v in x.items()}
    raise TypeError(f"cannot encode {x!r}")


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
        if isinstance(x, A):
            return x.a
        if isinstance(x, (list, tuple)):
            f = first_array(x)
            if f is not None:
                return f
    return None


def result_to_js(r, base):
    if isinstance(r, np.generic) and not isinstance(r, np.dtype):
        return {"$nd": enc(np.asarray(r))}  # the library returns 0-d arrays where numpy returns scalars
    if isinstance(r, np.ndarray):
        out = {"$nd": enc(r)}
        if base is not None and r.size > 0 and base.size > 0:
            out["shares"] = bool(np.shares_memory(r, base))
        return out
    if isinstance(r, (list, tuple)):
        return [result_to_js(v, base) for v in r]
    if isinstance(r, np.dtype):
        return str(r)
    if isinstance(r, (bool, np.bool_)):
        return bool(r)
    if isinstance(r, (int, float, np.number)):
        return to_js(float(r)) if isinstance(r, (float, np.floating)) else int(r)
    if isinstance(r, str):
        return r
    if isinstance(r, dict):
        return {k: result_to_js(v, base) for k, v in r.items()}
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
        self.cases = []

    def add(self, fn, *args, np_fn, error=None, tol=0, note=None):
        """Records `fn(*args)` with numpy's answer `np_fn(*numpy args)`. `error` overrides the class
        the library throws where numpy's exception maps to another (e.g. a ValueError about an axis)."""
        entry = {"fn": fn, "args": to_js(list(args))}
        if note:
            entry["note"] = note
        try:
            r = np_fn(*[to_np(a) for a in args])
        except Exception as e:  # numpy's refusal is the expected answer
            name = type(e).__name__
            entry["error"] = error or error_class(e)
            entry["numpy"] = f"{name}: {e}"
            self.cases.append(entry)
            return
        if error is not None:
            raise AssertionError(f"{fn}{args}: numpy did not raise")
        entry["result"] = result_to_js(r, first_array(args))
        if tol:
            entry["tol"] = tol
        self.cases.append(entry)


def finite(x):
    return isinstance(x, float) and math.isfinite(x)


def generate(name, *sections):
    """Runs each section on one Calls and writes test/fixtures/<name>."""
    c = Calls()
    for section in sections:
        section(c)
    write(name, {"cases": c.cases})
