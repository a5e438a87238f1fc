"""Writes test/fixtures/npy/*.npy with numpy (every dtype of the library; C and Fortran order;
format versions 1.0 and 2.0; big-endian; 0-d, empty, NaN/inf/-0) and test/fixtures/npy.json, which
lists each file with the array it holds, for test/io/npy.fixtures.test.ts."""
import io
import os

import numpy as np

from fixtures_common import FIXTURES, enc, write

DIR = os.path.join(FIXTURES, "npy")


def cases():
    rng = np.random.default_rng(18)
    floats = np.array([[1.5, -0.0, np.nan], [np.inf, -np.inf, 1e-300]])
    yield "float64_c", floats, {}
    yield "float32_c", floats.astype(np.float32), {}
    yield "float64_f", np.asfortranarray(np.arange(24.0).reshape(2, 3, 4)), {}
    yield "float64_v2", np.arange(6.0).reshape(3, 2), {"version": (2, 0)}
    yield "float64_big", np.arange(6.0).reshape(2, 3).astype(">f8"), {}
    yield "int32_c", np.array([[-(2**31), 2**31 - 1, 0]], dtype=np.int32), {}
    yield "int32_f", np.asfortranarray(rng.integers(-100, 100, (3, 4)).astype(np.int32)), {}
    yield "int16_big", np.array([-(2**15), 2**15 - 1, 7], dtype=">i2"), {}
    yield "int16_c", np.array([-(2**15), 2**15 - 1, 7], dtype=np.int16), {}
    yield "int8_c", np.array([-128, 127, 0], dtype=np.int8), {}
    yield "uint32_c", np.array([0, 2**32 - 1], dtype=np.uint32), {}
    yield "uint16_f", np.asfortranarray(np.arange(12, dtype=np.uint16).reshape(3, 4)), {}
    yield "uint8_c", np.arange(5, dtype=np.uint8), {}
    yield "bool_c", np.array([[True, False], [False, True]]), {}
    yield "bool_f", np.asfortranarray(np.array([[True, False, True], [False, False, True]])), {}
    yield "scalar_0d", np.array(3.25), {}
    yield "empty", np.zeros((0, 3), dtype=np.float32), {}
    yield "long_axis", np.arange(1000, dtype=np.uint16), {}


def main():
    os.makedirs(DIR, exist_ok=True)
    files = []
    for name, a, kw in cases():
        buf = io.BytesIO()
        np.lib.format.write_array(buf, a, **kw)
        with open(os.path.join(DIR, name + ".npy"), "wb") as f:
            f.write(buf.getvalue())
        files.append({
            "name": name,
            "array": enc(a.astype(a.dtype.newbyteorder("="))),
            "fortran": bool(a.flags.f_contiguous and not a.flags.c_contiguous),
            # what np.save writes for the C-order, native-endian array: toNpy must write these bytes
            "saved": name.endswith("_c") or name in ("scalar_0d", "empty", "long_axis"),
        })
    write("npy.json", {"files": files})


if __name__ == "__main__":
    main()
