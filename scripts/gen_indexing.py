"""Fixtures for indexing: numpy's a[keys] (value, dtype, shape, and whether the result is a view),
a[keys] = value (the array afterwards), the errors numpy raises, and take / take_along_axis / put /
put_along_axis / compress / unravel_index / ravel_multi_index / sliding_window_view.

Keys are written as the JS tests pass them: a number, "..." , null (newaxis), a slice string
("1:-1"), {"slice": [start, stop, step]} (the slice() function), {"list": nested} (a nested JS
array: integers or booleans), {"array": enc} (an integer NDArray), {"mask": enc} (a boolean mask:
a bool NDArray where the library has the dtype, nested booleans otherwise), {"bool": b} (a 0-d
mask), {"float": x} (a non-integer number). A base array is {"shape", "dtype", "transpose",
"readonly"}: arange(size) in that dtype and shape, transposed when asked."""
import re
import warnings

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from fixtures_common import enc, enc_num, write

rng = np.random.default_rng(13)

# numpy's exception → the library's error class
ERRORS = {"IndexError": "IndexError", "TypeError": "IndexError", "OverflowError": "DTypeError"}


def error_class(e):
    name = type(e).__name__
    msg = str(e)
    # a value that does not fit one element (int() of a list) or a lone mask (a value of rank >= 2)
    if name == "TypeError" and ("int() argument" in msg or "boolean array indexing assignment" in msg):
        return "BroadcastError"
    if name == "ValueError":
        if "broadcast" in msg or "setting an array element" in msg or "cannot assign" in msg:
            return "BroadcastError"
        if "cannot convert" in msg:
            return "DTypeError"
        if "read-only" in msg:
            return "ReadOnlyError"
        if "step cannot be zero" in msg:
            return "IndexError"
        if "out of bounds" in msg or "invalid entry" in msg:
            return "IndexError"
        if "axis" in msg and "bounds" in msg:
            return "AxisError"
        return "ShapeError"
    if name == "AxisError":
        return "AxisError"
    return ERRORS[name]


def make_base(spec):
    shape = tuple(spec["shape"])
    if spec.get("dtype") == "bool":
        a = (np.arange(int(np.prod(shape))) % 3 == 0).reshape(shape)
    else:
        a = np.arange(int(np.prod(shape)), dtype=spec.get("dtype", "float64")).reshape(shape)
    if spec.get("transpose"):
        a = a.T
    if spec.get("readonly"):
        a = np.broadcast_to(a, a.shape)
    return a


SLICE = re.compile(r"^\s*(-?\d+)?\s*:\s*(-?\d+)?\s*(?::\s*(-?\d+)?\s*)?$")


def py_key(k):
    if k is None:
        return None
    if isinstance(k, bool):
        raise TypeError("JSON booleans are written {'bool': b}")
    if isinstance(k, int):
        return k
    if isinstance(k, str):
        if k == "...":
            return Ellipsis
        m = SLICE.match(k)
        assert m, k
        return slice(*[None if g is None else int(g) for g in m.groups()])
    if "slice" in k:
        return slice(*k["slice"])
    if "list" in k:
        return k["list"]
    if "array" in k:
        return np.array(k["array"]["data"], dtype=k["array"]["dtype"]).reshape(k["array"]["shape"])
    if "mask" in k:
        return np.array(k["mask"]["data"], dtype=bool).reshape(k["mask"]["shape"])
    if "bool" in k:
        return bool(k["bool"])
    if "float" in k:
        return float(k["float"])
    raise ValueError(k)


def root(x):
    while isinstance(x, np.ndarray) and x.base is not None:
        x = x.base
    return x


def is_view(a, r):
    """Whether r is a view of a's buffer (numpy's view), also for results without elements."""
    if not isinstance(r, np.ndarray):
        return False
    if r.size and a.size:
        return bool(np.shares_memory(a, r))
    return root(r) is root(a)


def index_case(base, keys):
    a = make_base(base)
    entry = {"base": base, "keys": keys}
    try:
        r = a[tuple(py_key(k) for k in keys)]
    except (IndexError, ValueError, TypeError) as e:
        entry["error"] = error_class(e)
        entry["numpy"] = f"{type(e).__name__}: {e}"
        return entry
    entry["result"] = enc(r)
    entry["view"] = is_view(a, r)
    return entry


def mask(shape, p=0.5):
    m = rng.random(shape) < p
    return {"mask": {"dtype": "bool", "shape": list(m.shape), "data": [int(v) for v in m.ravel()]}}


def ints(shape, lo, hi, dtype="int32"):
    v = rng.integers(lo, hi, size=shape)
    return {"array": enc(v.astype(dtype))}


def rand_slice(n):
    def bound():
        r = rng.random()
        if r < 0.3:
            return None
        return int(rng.integers(-n - 3, n + 4))
    step = [None, 1, 2, 3, -1, -2, -3][int(rng.integers(0, 7))]
    parts = [bound(), bound(), step]
    if rng.random() < 0.25:
        return {"slice": parts}
    s = f"{'' if parts[0] is None else parts[0]}:{'' if parts[1] is None else parts[1]}"
    if step is not None or rng.random() < 0.2:
        s += f":{'' if step is None else step}"
    return s


def index_fixture():
    out = []
    A2 = {"shape": [3, 4]}
    A3 = {"shape": [2, 3, 4]}
    A4 = {"shape": [2, 3, 4, 5]}
    A0 = {"shape": []}
    A1 = {"shape": [5]}
    E = {"shape": [2, 0, 3]}
    hand = [
        (A2, []), (A0, []), (A1, []), (A0, ["..."]), (A0, [None]), (A0, [None, None]), (A0, [{"bool": True}]),
        (A0, [{"bool": False}]), (A0, [0]), (A0, [":"]), (A0, [{"mask": {"dtype": "bool", "shape": [], "data": [1]}}]),
        (A1, [0]), (A1, [-1]), (A1, [-5]), (A1, [4]), (A1, [5]), (A1, [-6]), (A1, ["::-1"]), (A1, ["1:-1"]), (A1, ["2:"]),
        (A1, [":-1:3"]), (A1, ["::2"]), (A1, [":"]), (A1, ["-100:100"]), (A1, ["100:"]), (A1, [":-100"]), (A1, ["3:1"]),
        (A1, ["3:1:-1"]), (A1, ["-1:-6:-1"]), (A1, ["-1:-7:-2"]), (A1, ["4:-100:-1"]), (A1, ["0:0"]), (A1, ["::100"]),
        (A1, ["::-100"]), (A1, [" 1 : 3 "]), (A1, [{"slice": [None, None, -1]}]), (A1, [{"slice": [1, None, None]}]),
        (A2, [1]), (A2, [1, 2]), (A2, [-1, -1]), (A2, [":", 1]), (A2, ["...", 1]), (A2, [1, "..."]), (A2, ["...", 1, 2]),
        (A2, [1, "...", 2]), (A2, [1, 2, "..."]), (A2, ["...", ":", ":"]), (A2, [None, 1]), (A2, [1, None]),
        (A2, [None, None, "...", None]), (A2, ["1:-1", "1:-1"]), (A2, ["::-1"]), (A2, ["::-1", "::-2"]),
        (A2, [":", None, ":"]), (A2, [None, ":", None, ":", None]), (A2, ["0:0"]), (A2, [":", "4:"]),
        (A2, [{"list": [1, 2]}]), (A2, [{"list": [[1], [2]]}, {"list": [0, 3]}]), (A2, [{"list": []}]),
        (A2, [{"list": [[]]}]), (A2, [{"list": [1, 3]}, ":"]), (A2, [":", {"list": [0, 2]}]),
        (A2, [{"list": [-1, 0, -3]}]), (A2, [{"list": [2, 2, 2]}]), (A2, [1, {"list": [0, 2]}]),
        (A2, [{"list": [0, 2]}, 1]), (A2, [{"array": enc(np.array(1, dtype="int32"))}]),
        (A2, [{"array": enc(np.array([[0, 1], [2, 0]], dtype="uint8"))}, {"array": enc(np.array([3, 0], dtype="int16"))}]),
        (A3, [{"list": [0]}, ":", {"list": [0]}]), (A3, [0, ":", {"list": [0, 1]}]), (A3, [":", {"list": [0, 1]}, {"list": [1, 2]}]),
        (A3, [{"list": [0, 1]}, {"list": [1, 2]}, ":"]), (A3, [{"list": [0, 1]}, ":", {"list": [1, 2]}]),
        (A3, [{"list": [0]}, "...", {"list": [0]}]), (A3, [":", {"list": [0]}, "...", {"list": [0]}]),
        (A3, [{"list": [0]}, None, {"list": [0]}]), (A3, [":", {"list": [0]}, None, {"list": [0]}]),
        (A3, [None, {"list": [1, 0]}, {"list": [2, 1]}]), (A3, ["::-1", {"list": [[0, 1], [2, 0]]}, 1]),
        (A3, [1, ":", 2]), (A3, [{"list": [1]}, ":", 2]), (A3, [1, "1:", {"list": [2, 3]}]),
        (A4, [":", {"list": [0, 1]}, ":", {"list": [1, 2]}]), (A4, [{"list": [[0], [1]]}, ":", {"list": [1, 2, 3]}, "::2"]),
        (A4, ["...", {"list": [0, 2]}, {"list": [1, 4]}]), (A4, [0, "...", 0]), (A4, ["...", None, 0, None]),
        (A4, [{"list": [0, 1]}, 0, {"list": [1, 1]}, ":"]), (A4, [":", 0, ":", {"list": [0, 1]}]),
        (A2, [mask([3, 4])]), (A2, [mask([3])]), (A2, [":", mask([4])]), (A2, [mask([3]), {"list": [0, 1]}]),
        (A2, [mask([3], 1.0), mask([4], 0.0)]), (A2, [{"list": [[True, False, True, False]] * 3}]),
        (A2, [{"list": [True, False, True]}]), (A2, [{"list": [True, False, True]}, 1]),
        (A2, [{"mask": {"dtype": "bool", "shape": [3], "data": [0, 1, 0]}}, {"list": [2]}]),
        (A3, [mask([2, 3])]), (A3, [mask([2, 3, 4])]), (A3, [":", mask([3, 4])]), (A3, [mask([2]), ":", mask([4])]),
        (A3, [0, mask([3, 4])]), (A3, ["...", mask([4])]), (A3, [None, mask([2, 3]), "::-1"]),
        (A2, [{"bool": True}]), (A2, [{"bool": False}]), (A2, [":", {"bool": True}]), (A2, [{"bool": True}, ":", {"list": [0]}]),
        (A2, [{"bool": True}, {"list": [0, 2]}]), (A2, [1, {"bool": False}]),
        (E, [":"]), (E, [0]), (E, [":", ":", 1]), (E, [1, "::-1"]), (E, [{"list": [1, 0]}]), (E, [":", {"list": []}]),
        (E, [mask([2, 0, 3])]), (E, ["...", 2]), (E, [":", {"list": [0]}]),
        ({"shape": [3, 4], "transpose": True}, [1]), ({"shape": [3, 4], "transpose": True}, ["::-1", 1]),
        ({"shape": [3, 4], "transpose": True}, [{"list": [0, 3]}, "1:"]), ({"shape": [3, 4], "transpose": True}, [mask([4, 3])]),
        ({"shape": [3, 4], "dtype": "int32"}, [":", "::2"]), ({"shape": [3, 4], "dtype": "uint8"}, [{"list": [2, 0]}]),
        ({"shape": [3, 4], "dtype": "float32"}, [mask([3, 4])]), ({"shape": [2, 2], "dtype": "int16"}, [1, 1]),
        ({"shape": [3, 4], "readonly": True}, [1]), ({"shape": [3, 4], "readonly": True}, [{"list": [1]}]),
        ({"shape": [3, 4], "dtype": "bool"}, ["::-1", 1]), ({"shape": [3, 4], "dtype": "bool"}, [{"list": [0, 2]}, "1:"]),
        ({"shape": [3, 4], "dtype": "bool"}, [mask([3, 4])]), ({"shape": [3, 4], "dtype": "int32"}, [{"array": enc(np.array([[1, 0], [2, 2]], dtype="uint32"))}]),
        # errors
        (A2, [0, 0, 0]), (A2, [3]), (A2, [-4]), (A2, [0, 4]), (A2, ["...", "..."]), (A2, [{"float": 1.5}]),
        (A2, [{"list": [0, 3]}]), (A2, [":", {"list": [4]}]), (A2, [{"list": [0, 1]}, {"list": [0, 1, 2]}]),
        (A2, [mask([4])]), (A2, [mask([3, 3])]), (A2, [":", mask([3])]), (A2, [mask([3, 4]), 0]), (A2, ["::0"]),
        (A2, [{"array": enc(np.array([1.0]))}]), (A0, [0]), (A0, [{"list": [0]}]), (A1, [mask([6])]),
        (A2, [{"list": [5, -5]}]),
    ]
    for base, keys in hand:
        out.append(index_case(base, keys))
    # random combinations of every kind of key
    for _ in range(500):
        rank = int(rng.integers(0, 5))
        shape = [int(rng.integers(0, 5)) if rng.random() < 0.1 else int(rng.integers(1, 6)) for _ in range(rank)]
        base = {"shape": shape}
        if rank >= 2 and rng.random() < 0.2:
            base["transpose"] = True
        eff = shape[::-1] if base.get("transpose") else shape
        keys = []
        axis = 0
        used_ellipsis = False
        while True:
            r = rng.random()
            if axis >= len(eff) and r < 0.7:
                break
            if r < 0.08 and not used_ellipsis:
                # the ellipsis covers e axes; the keys after it must then index every remaining axis
                keys.append("...")
                used_ellipsis = True
                axis += int(rng.integers(0, len(eff) - axis + 1))
                continue
            if r < 0.15:
                keys.append(None)
                continue
            if axis >= len(eff):
                break
            n = eff[axis]
            kind = rng.random()
            if kind < 0.3:
                keys.append(int(rng.integers(-n, n)) if n > 0 else ":")
            elif kind < 0.7:
                keys.append(rand_slice(n))
            elif kind < 0.85:
                size = int(rng.integers(0, 4))
                keys.append({"list": [int(v) for v in rng.integers(-n, n, size=size)]} if n > 0 else {"list": []})
            elif kind < 0.93 and n > 0:
                keys.append(ints([int(rng.integers(1, 3)), int(rng.integers(1, 3))] if rng.random() < 0.3 else [1], -n, n))
            else:
                k = 1 if axis + 1 >= len(eff) or rng.random() < 0.6 else 2
                keys.append(mask(eff[axis:axis + k]))
                axis += k - 1
            axis += 1
            if len(keys) > 6 and not used_ellipsis:
                break
        out.append(index_case(base, keys))
    # regressions: a 0-d integer array is bounds-checked as an integer, even when the result is empty
    z = lambda v, dt="int32": {"array": enc(np.array(v, dtype=dt))}  # noqa: E731
    for base, keys in [
        ({"shape": [3, 2]}, [z(3), {"list": [False, False]}]), ({"shape": [3, 2]}, [z(3), {"list": []}]),
        ({"shape": [3, 2]}, [z(-4, "int8"), {"list": []}]), ({"shape": [3, 2]}, [z(2), {"list": []}]),
        ({"shape": [0, 3]}, [":", z(5)]), ({"shape": [0, 3]}, [":", z(2)]), ({"shape": [2, 0, 3]}, [z(2), ":", {"list": [0]}]),
    ]:
        out.append(index_case(base, keys))
    return out


def py_value(v, a):
    if isinstance(v, dict):
        if "array" in v:
            return np.array(v["array"]["data"], dtype=v["array"]["dtype"]).reshape(v["array"]["shape"])
        if "list" in v:
            return v["list"]
        if "self" in v:
            return a[tuple(py_key(k) for k in v["self"])]
    return v


def json_value(v):
    """Numbers in values as fixtures_common writes them (NaN and ±inf as strings)."""
    if isinstance(v, float):
        return {"number": enc_num(v)}
    if isinstance(v, dict) and "list" in v:
        walk = lambda x: [walk(y) for y in x] if isinstance(x, list) else enc_num(x)  # noqa: E731
        return {"list": walk(v["list"])}
    return v


def assign_case(base, keys, value):
    a = make_base(base)
    entry = {"base": base, "keys": keys, "value": json_value(value)}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # float32 overflow to inf, as the library's Float32Array
            a[tuple(py_key(k) for k in keys)] = py_value(value, a)
    except (IndexError, ValueError, TypeError, OverflowError) as e:
        entry["error"] = error_class(e)
        entry["numpy"] = f"{type(e).__name__}: {e}"
        return entry
    entry["after"] = enc(a)
    return entry


def assign_fixture():
    A2 = {"shape": [3, 4]}
    A3 = {"shape": [2, 3, 4]}
    I2 = {"shape": [3, 4], "dtype": "int32"}
    U2 = {"shape": [3, 4], "dtype": "uint8"}
    cases = [
        (A2, ["1:-1", "1:-1"], 0), (A2, [], 7), (A2, ["..."], {"list": [1, 2, 3, 4]}), (A2, [1], {"list": [9, 8, 7, 6]}),
        (A2, [":", 0], {"list": [1, 2, 3]}), (A2, [":", 0], {"array": enc(np.array([[5.0], [6.0], [7.0]]).reshape(1, 3))}),
        (A2, [0, 0], 5), ({"shape": []}, [], 3), ({"shape": []}, ["..."], 4), ({"shape": []}, [None], 2),
        (A2, ["::-1"], {"list": [[1, 2, 3, 4]]}), (A2, ["::2", "::-3"], -1), (A2, ["0:0"], {"list": [1, 2, 3, 4]}),
        (A2, [{"list": [0, 0, 0]}], {"list": [[1] * 4, [2] * 4, [3] * 4]}), (A2, [{"list": [2, 0]}, {"list": [1, 1]}], {"list": [5, 6]}),
        (A2, [{"list": [1, 1]}, {"list": [3, 3]}], {"list": [10, 20]}), (A2, [mask([3, 4])], 0), (A2, [mask([3])], {"list": [1, 2, 3, 4]}),
        (A2, [":", mask([4], 1.0)], {"list": [[1], [2], [3]]}), (A2, [{"bool": True}], 9), (A2, [{"bool": False}], 9),
        (A3, [0, ":", {"list": [0, 1]}], {"list": [[1, 2, 3], [4, 5, 6]]}), (A3, [{"list": [0, 1]}, ":", 1], {"list": [[1, 2, 3], [4, 5, 6]]}),
        (A3, [":", {"list": [0, 2]}, {"list": [1, 3]}], {"list": [7, 8]}), (A3, [None, 1, "...", 2], {"list": [[1, 2, 3]]}),
        (A2, [1], {"array": enc(np.ones((1, 1, 4)))}), (A2, [{"list": [0, 0]}], {"array": enc(np.arange(8.0).reshape(1, 2, 4))}),
        # overlap: the value is a view of the target
        (A2, ["1:"], {"self": [":-1"]}), (A2, [":-1"], {"self": ["1:"]}), (A2, ["::-1"], {"self": [":"]}),
        (A2, [":", "::-1"], {"self": [":", ":"]}), (A2, [{"list": [0, 1, 2]}], {"self": ["::-1"]}),
        ({"shape": [4, 4]}, [":"], {"self": [":", ":"]}),
        # casting
        (I2, [0], {"list": [1.5, -2.7, 3.2, 4.9]}), (I2, [0, 0], 2.9), (I2, [0, 0], -0.5), (U2, [0, 0], 255),
        (I2, [1], {"array": enc(np.array([1.9, -1.9, 0.5, -0.5]))}), (U2, [0], {"array": enc(np.array([300, -1, 256, 7], dtype="int32"))}),
        ({"shape": [3, 4], "dtype": "float32"}, [0], {"array": enc(np.array([0.1, 1e-50, 1e40, -0.0]))}),
        ({"shape": [3, 4], "dtype": "int8"}, [":", 0], {"array": enc(np.array([200, 100, -200], dtype="int16"))}),
        # bool targets and values: non-zero (NaN too) is true
        ({"shape": [3, 4], "dtype": "bool"}, [0], {"array": enc(np.array([0.0, 0.5, float("nan"), -0.0]))}),
        ({"shape": [3, 4], "dtype": "bool"}, [":", 1], 2), ({"shape": [3, 4], "dtype": "bool"}, [":", 1], 0),
        ({"shape": [3, 4], "dtype": "bool"}, [{"list": [0, 2]}], {"array": enc(np.array([3, 0, -1, 0], dtype="int8"))}),
        ({"shape": [3, 4], "dtype": "bool"}, [1], {"list": [1, 0, 2, 0]}),
        (A2, [1], {"array": enc(np.array([True, False, True, True]))}), (I2, [mask([3, 4])], {"array": enc(np.array(True))}),
        # a transposed (non-contiguous) target
        ({"shape": [3, 4], "transpose": True}, [{"list": [0, 2]}], {"list": [1, 2, 3]}),
        ({"shape": [3, 4], "transpose": True}, [mask([4, 3])], -1), ({"shape": [3, 4], "transpose": True}, ["::-1", 1], {"list": [5, 6, 7, 8]}),
        # errors
        (A2, ["1:-1", "1:-1"], {"list": [1, 2, 3]}), (A2, [0], {"list": [[1, 2, 3, 4], [1, 2, 3, 4]]}), (A2, [5], 1),
        (A2, [{"list": [0, 5]}], 1), (A2, [mask([4])], 1), (A2, [0, 0, 0], 1), (I2, [0, 0], float("nan")),
        (U2, [0, 0], 256), (U2, [0, 0], -1), (I2, [0], {"list": [1, 2, float("nan"), 4]}), (U2, [0], {"list": [1, 2, 300, 4]}),
        ({"shape": [3, 4], "readonly": True}, [0], 1), ({"shape": [3, 4], "readonly": True}, [{"list": [0]}], 1),
        (A2, [{"list": [0, 1]}], {"list": [1, 2, 3]}), (A2, [mask([3, 4], 1.0)], {"list": [1, 2]}),
    ]
    out = [assign_case(b, k, v) for b, k, v in cases]
    for _ in range(150):
        shape = [int(rng.integers(1, 5)) for _ in range(int(rng.integers(1, 4)))]
        base = {"shape": shape}
        keys = []
        for ax, n in enumerate(shape):
            r = rng.random()
            if r < 0.25:
                keys.append(int(rng.integers(-n, n)))
            elif r < 0.6:
                keys.append(rand_slice(n))
            elif r < 0.8:
                keys.append({"list": [int(v) for v in rng.integers(-n, n, size=int(rng.integers(1, 4)))]})
            else:
                keys.append(mask([n]))
        probe = make_base(base)
        try:
            target_shape = probe[tuple(py_key(k) for k in keys)].shape
        except IndexError:
            target_shape = ()
        vshape = list(target_shape[len(target_shape) - int(rng.integers(0, len(target_shape) + 1)):])
        if rng.random() < 0.3:
            value = float(rng.integers(-9, 9))
        else:
            vshape = [1 if rng.random() < 0.2 else d for d in vshape]
            value = {"array": enc(rng.integers(-9, 9, size=vshape).astype("float64"))}
        out.append(assign_case(base, keys, value))
    # regressions: how numpy reads the value for one element, a view, and a lone mask over every axis
    z = lambda v, dt="int32": {"array": enc(np.array(v, dtype=dt))}  # noqa: E731
    F = lambda v: {"array": enc(np.array(v, dtype="float64"))}  # noqa: E731
    M3 = {"mask": {"dtype": "bool", "shape": [3], "data": [1, 0, 1]}}
    V3 = {"shape": [3]}
    for base, keys, value in [
        (A2, [0, 0], {"list": [5]}), (A2, [0, 0], F([5])), (A2, [0, 0], F([[5]])), (A2, [0, 0], F(5)), (A2, [0, 0], F([])),
        (A2, [0, 0], {"list": []}), (I2, [0, 0], {"list": [5]}), (I2, [0, 0], z([5])), (U2, [-1, -1], z(7)),
        ({"shape": []}, [], {"list": [[5]]}), ({"shape": []}, [], F([[5]])), ({"shape": []}, [], F(5)),
        ({"shape": []}, ["..."], {"list": [[5]]}), ({"shape": []}, ["..."], F([[5]])), ({"shape": []}, [None], {"list": [5]}),
        (A2, [0, 0, None], {"list": [5]}), (A2, [0, "..."], {"list": [[1, 2, 3, 4]]}), (A2, [0, {"list": [0]}], {"list": [[5]]}),
        (A2, [z(1), z(2)], {"list": [5]}), (A2, [z(1), z(2)], 5), (A2, [z(1)], {"list": [[1, 2, 3, 4]]}), (A2, [z(1)], F([[1, 2, 3, 4]])),
        (A2, [z(1), ":"], F([[[1, 2, 3, 4]]])),
        (V3, [":"], {"list": [[1, 2, 3]]}), (V3, [":"], F([[1, 2, 3]])), (V3, ["0:1"], {"list": [[1]]}), (V3, [":"], {"list": [[[1, 2, 3]]]}),
        (A2, [0], {"list": [[1, 2, 3, 4]]}), (A2, [":", 1], {"list": [[1, 2, 3]]}), (A2, [":", 1], F([[1, 2, 3]])),
        (V3, [{"list": [0, 1]}], {"list": [[[1, 2]]]}), (A2, [":", {"list": [0, 1]}], {"list": [[[1, 2]]]}),
        (V3, [M3], F([[1, 2]])), (V3, [M3], {"list": [[1, 2]]}), (V3, [M3], F([[1]])), (V3, [M3], F(4)), (V3, [M3], {"list": [1]}),
        (V3, [M3], {"list": [1, 2, 3]}), (V3, [M3, "..."], F([[1, 2]])), (V3, [M3, None], F([[1], [2]])),
        (A2, [{"mask": {"dtype": "bool", "shape": [3, 4], "data": [1] + [0] * 11}}], F([[7]])),
        (A2, [{"mask": {"dtype": "bool", "shape": [3], "data": [0, 1, 0]}}], F([[1, 2, 3, 4]])), (V3, [{"bool": True}], {"list": [[1, 2, 3]]}),
        # the order of the errors: integers (and 0-d integer arrays) first, then an assigned number,
        # then the index arrays broadcast, then the value's shape, then the index arrays' bounds
        ({"shape": [0, 3], "dtype": "int32"}, [z(0), ":"], F(np.zeros((0, 3)))), (U2, ["::-1", z(-5, "int8")], 300),
        (U2, [5, {"list": [0]}], 300), (U2, [{"list": [0, 1]}, {"list": [0, 1, 2]}], 300), (U2, [0, {"list": [5]}], 300),
        (U2, [0, {"list": [5]}], {"list": [1, 2, 3, 4]}), (U2, [{"list": [0, 1]}, {"list": [0, 1, 2]}], {"list": [1, 2, 3, 4]}),
        (U2, [0, {"list": [5]}], {"list": [300]}), (A2, [z(5), {"list": [0]}], {"list": [[1, 2]]}),
        (U2, [{"list": [0, 1]}, {"list": [0, 1, 2]}], {"list": [300]}), (U2, [{"list": [0, 1]}, {"list": [0, 1, 2]}], F([1, 2, 3, 4])),
    ]:
        out.append(assign_case(base, keys, value))
    return out


def arg(x):
    if isinstance(x, dict) and "array" in x:
        return np.array(x["array"]["data"], dtype=x["array"]["dtype"]).reshape(x["array"]["shape"])
    if isinstance(x, dict) and "list" in x:
        return x["list"]
    return x


def call_case(fn, base, args, kwargs, js):
    """js: how the JS test calls it: a list of positional args (options last), "base" is the array."""
    a = make_base(base) if base is not None else None
    entry = {"fn": fn, "base": base, "args": js}
    try:
        r = globals()["NP"][fn](a, *[arg(x) for x in args], **kwargs)
    except (IndexError, ValueError, TypeError) as e:
        entry["error"] = error_class(e)
        entry["numpy"] = f"{type(e).__name__}: {e}"
        return entry
    if r is None:
        entry["after"] = enc(a)
    elif isinstance(r, tuple):
        entry["result"] = [enc(np.asarray(x).astype("int32")) for x in r]
    else:
        r = np.asarray(r)
        if r.dtype == np.int64:
            r = r.astype("int32")
        entry["result"] = enc(r)
        entry["view"] = is_view(a, r) if a is not None else False
        if fn == "sliding_window_view":
            # always a view (as_strided); without elements numpy's base chain does not show it
            entry["view"] = True
            entry["readonly"] = not r.flags.writeable
    return entry


NP = {
    "take": lambda a, *args, **kw: np.take(a, *args, **kw),
    "take_along_axis": lambda a, idx, **kw: np.take_along_axis(a, np.asarray(idx), **kw),
    "put": lambda a, *args, **kw: np.put(a, *args, **kw),
    "put_along_axis": lambda a, idx, *args, **kw: np.put_along_axis(a, np.asarray(idx), *args, **kw),
    "compress": lambda a, cond, *args, **kw: np.compress(cond, a, *args, **kw),
    "unravel_index": lambda a, *args, **kw: np.unravel_index(*args, **kw),
    "ravel_multi_index": lambda a, *args, **kw: np.ravel_multi_index(*args, **kw),
    "sliding_window_view": lambda a, *args, **kw: sliding_window_view(a, *args, **kw),
}


def functions_fixture():
    A2 = {"shape": [3, 4]}
    A1 = {"shape": [6]}
    A3 = {"shape": [2, 3, 4]}
    L = lambda x: {"list": x}  # noqa: E731
    c = []
    # take(a, indices, axis, mode)
    for base, idx, axis, mode in [
        (A2, [0, 2], None, None), (A2, [[5, 0], [11, 3]], None, None), (A2, [0, 2], 1, None), (A2, [2, 0, 2], 0, None),
        (A2, [-1], 1, None), (A3, [[0, 1]], 2, None), (A3, [1], -2, None), (A2, 3, None, None), (A2, 3, 0, None),
        (A2, [], 1, None), (A2, [7, -9], 1, "wrap"), (A2, [7, -9], 1, "clip"), (A2, [12], None, None), (A2, [4], 1, None),
        (A2, [0], 2, None), ({"shape": [3, 4], "transpose": True}, [1, 0], 0, None), ({"shape": [3, 4], "dtype": "int32"}, [3, 3], None, None),
    ]:
        kw = {}
        js = [L(idx) if isinstance(idx, list) else idx]
        opts = {}
        if axis is not None:
            kw["axis"] = axis
            opts["axis"] = axis
        if mode is not None:
            kw["mode"] = mode
            opts["mode"] = mode
        if opts:
            js.append({"options": opts})
        c.append(call_case("take", base, [L(idx) if isinstance(idx, list) else idx], kw, js))
    # take_along_axis(a, indices, axis)
    for base, idx, axis in [
        (A2, [[0], [2], [1]], 1), (A2, [[2, 0, 1, 1]], 0), (A2, [[0, 3], [1, 2], [3, 3]], -1), (A1, [5, 0, 5], 0),
        (A1, [5, 0], None), (A3, [[[0]], [[1]]], 1), (A2, [[0]], 1), (A2, [0, 1], 1), (A2, [[4]], 1), (A2, [[0]], 2),
    ]:
        c.append(call_case("take_along_axis", base, [L(idx)], {"axis": axis}, [L(idx), {"options": {"axis": axis}}]))
    # put(a, ind, v, mode)
    for base, ind, v, mode in [
        (A2, [0, 5], [9, 8], None), (A2, [0, 1, 2], [9, 8], None), (A2, [0, 0], [1, 2], None), (A2, [-1], 7, None),
        (A2, [0, 1], [], None), (A2, [13], [1], "wrap"), (A2, [13, -20], [1, 2], "clip"), (A2, [12], [1], None),
        ({"shape": [3, 4], "transpose": True}, [1, 2], [50, 60], None), ({"shape": [3, 4], "dtype": "int32"}, [0], [2.7], None),
    ]:
        kw = {} if mode is None else {"mode": mode}
        js = [L(ind), L(v) if isinstance(v, list) else v] + ([{"options": {"mode": mode}}] if mode else [])
        c.append(call_case("put", base, [L(ind), L(v) if isinstance(v, list) else v], kw, js))
    # put_along_axis(a, indices, values, axis)
    for base, idx, v, axis in [
        (A2, [[0], [2], [1]], 0, 1), (A2, [[2, 0, 1, 1]], [[1, 2, 3, 4]], 0), (A1, [5, 0], [7, 8], None),
        (A2, [[0, 0], [1, 1], [2, 2]], [[1, 2], [3, 4], [5, 6]], 1), (A2, [[0]], [1, 2], 1), (A2, [[9]], 0, 1),
        ({"shape": [3, 4], "transpose": True}, [0, 5, 11], [7, 8, 9], None), ({"shape": [3, 4], "transpose": True}, [[1, 0, 2]], 5, 0),
    ]:
        c.append(call_case("put_along_axis", base, [L(idx), L(v) if isinstance(v, list) else v, axis], {}, [L(idx), L(v) if isinstance(v, list) else v, axis]))
    # compress(condition, a, axis)
    for base, cond, axis in [
        (A2, [True, False, True], 0), (A2, [0, 1, 1, 0], 1), (A2, [1, 0, 1], None), (A2, [True, False], 1),
        (A2, [], 0), (A2, [False, False, False, False, True], 1), (A2, [False, False, False, False, False], 1),
        (A3, [1, 0, 1], -2), (A2, [[1, 0]], 0), (A2, [1], 2),
    ]:
        kw = {} if axis is None else {"axis": axis}
        js = [L(cond)] + ([axis] if axis is not None else [])
        c.append(call_case("compress", base, [L(cond)], kw, js))
    # unravel_index(indices, shape, order)
    for idx, shape, order in [
        ([5, 7], [3, 4], None), (5, [3, 4], None), ([[0, 11], [4, 6]], [3, 4], "F"), ([0], [], None), ([3], [2, 3, 4], None),
        ([12], [3, 4], None), ([-1], [3, 4], None), ([0, 1, 2], [3], None),
    ]:
        kw = {} if order is None else {"order": order}
        js = [L(idx) if isinstance(idx, list) else idx, L(shape)] + ([{"options": {"order": order}}] if order else [])
        c.append(call_case("unravel_index", None, [L(idx) if isinstance(idx, list) else idx, tuple(shape)], kw, js))
    # ravel_multi_index(multi_index, dims, mode, order)
    for mi, dims, mode, order in [
        ([[1, 2], [0, 3]], [3, 4], None, None), ([[1, 2], [0, 3]], [3, 4], None, "F"), ([[3, -1], [0, 5]], [3, 4], ["wrap", "clip"], None),
        ([[3], [0]], [3, 4], None, None), ([[[0], [1]], [0, 1, 2]], [2, 3], None, None), ([[1], [2], [3]], [2, 3, 4], None, None),
        ([[4, -5], [1, 1]], [3, 4], "wrap", None), ([[1], [1]], [3], None, None),
    ]:
        kw = {}
        opts = {}
        if mode is not None:
            kw["mode"] = tuple(mode) if isinstance(mode, list) else mode
            opts["mode"] = mode
        if order is not None:
            kw["order"] = order
            opts["order"] = order
        js = [L(mi), L(dims)] + ([{"options": opts}] if opts else [])
        c.append(call_case("ravel_multi_index", None, [tuple(np.array(x) for x in mi), tuple(dims)], kw, js))
    # sliding_window_view(x, window_shape, axis)
    for base, win, axis in [
        (A1, 3, None), (A1, 6, None), (A1, 1, None), (A2, [2, 3], None), (A2, 2, 1), (A2, [2, 2], [1, 1]), (A2, 3, 0),
        (A2, 4, 0), (A2, 2, None), (A1, -1, None), ({"shape": [3, 4], "transpose": True}, [2], [0]), ({"shape": [0]}, 0, None),
        (A3, [2, 2], [0, 2]),
    ]:
        kw = {} if axis is None else {"axis": axis}
        js = [L(win) if isinstance(win, list) else win] + ([L(axis) if isinstance(axis, list) else axis] if axis is not None else [])
        c.append(call_case("sliding_window_view", base, [tuple(win) if isinstance(win, list) else win], kw, js))
    # regressions: a 0-d array is 1-d of length 1 for take/compress with an axis; put with no
    # values; take/put_along_axis check no index when the selection is empty; float index arrays
    A0 = {"shape": []}
    F = lambda v: {"array": enc(np.array(v, dtype="float64"))}  # noqa: E731
    for base, idx, axis in [(A0, [0, 0], 0), (A0, [0, -1], -1), (A0, [1], 0), (A0, [0], 1), (A0, 0, 0), (A0, [3], None)]:
        kw = {} if axis is None else {"axis": axis}
        c.append(call_case("take", base, [L(idx) if isinstance(idx, list) else idx], kw, [L(idx) if isinstance(idx, list) else idx] + ([axis] if axis is not None else [])))
    c.append(call_case("take", A1, [F([1, 2])], {}, [F([1, 2])]))
    # numpy's take checks no index when an axis before `axis` is empty
    for base, idx, axis in [({"shape": [2, 0, 4]}, [9], 2), ({"shape": [0, 4]}, [9, -10], 1), ({"shape": [4, 0]}, [9], 0)]:
        c.append(call_case("take", base, [L(idx)], {"axis": axis}, [L(idx), axis]))
    for base, cond, axis in [({"shape": [0, 4]}, [1, 0, 0, 0, 0, 1], 1), ({"shape": [4, 0]}, [1, 0, 0, 0, 0, 1], 0)]:
        c.append(call_case("compress", base, [L(cond)], {"axis": axis}, [L(cond), axis]))
    for base, cond, axis in [(A0, [True], 0), (A0, [True], -1), (A0, [True, True], 0), (A0, [False], 0), (A0, [], 0), (A0, [True], 1)]:
        c.append(call_case("compress", base, [L(cond)], {"axis": axis}, [L(cond), axis]))
    for base, ind, v in [(A1, [99], []), (A1, [], []), (A1, [99], [1]), ({"shape": [0]}, [0], [1]), ({"shape": [0]}, [0], [])]:
        c.append(call_case("put", base, [L(ind), L(v)], {}, [L(ind), L(v)]))
    c.append(call_case("put", A1, [F([0]), L([1])], {}, [F([0]), L([1])]))
    for base, idx, axis in [
        ({"shape": [0, 3, 0]}, [[[0]], [[0]], [[0]]], 0), ({"shape": [0, 3, 0]}, [[[5]], [[5]], [[5]]], 0), ({"shape": [2, 0]}, [[5]], 0),
        ({"shape": [2, 3]}, [[5], [5]], 1),
    ]:
        c.append(call_case("take_along_axis", base, [L(idx)], {"axis": axis}, [L(idx), {"options": {"axis": axis}}]))
    c.append(call_case("put_along_axis", {"shape": [2, 0]}, [L([[5]]), 1.0, 0], {}, [L([[5]]), 1.0, 0]))
    for idx, shape in [([0, 1], []), ([0, 0], []), ([[0]], []), (0, []), (1, []), ([5], [0])]:
        c.append(call_case("unravel_index", None, [L(idx) if isinstance(idx, list) else idx, tuple(shape)], {}, [L(idx) if isinstance(idx, list) else idx, L(shape)]))
    c.append(call_case("unravel_index", None, [F([1]), (3,)], {}, [F([1]), L([3])]))
    for mi, dims in [([[0], [0]], [0, 3]), ([[1], [0]], [1, 0]), ([[0], [7]], [2, 0])]:
        c.append(call_case("ravel_multi_index", None, [tuple(np.array(x) for x in mi), tuple(dims)], {}, [L(mi), L(dims)]))
    return c


def main():
    write("indexing.json", {"index": index_fixture(), "assign": assign_fixture(), "functions": functions_fixture()})


if __name__ == "__main__":
    main()
