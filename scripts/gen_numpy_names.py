"""The public names of numpy 2 that docs/numpy-api.md accounts for: the callables of the `numpy`
namespace that are functions or ufuncs (not classes, scalar types or submodules; but finfo and iinfo,
which the Array API standard has as functions), and the functions
of `numpy.linalg` (as `linalg.<name>`). Written to test/fixtures/numpy-names.json."""
import inspect

import numpy as np

from fixtures_common import write


def public_callables(module, prefix=""):
    out = []
    for name in dir(module):
        if name.startswith("_"):
            continue
        obj = getattr(module, name)
        if inspect.ismodule(obj) or isinstance(obj, type) or not callable(obj) or name == "test":
            continue
        out.append(prefix + name)
    return sorted(set(out))


# functions of the Array API standard that numpy implements as classes
CLASSES_AS_FUNCTIONS = ["finfo", "iinfo"]


def main():
    names = sorted(public_callables(np) + CLASSES_AS_FUNCTIONS) + public_callables(np.linalg, "linalg.")
    write("numpy-names.json", {"names": names})


if __name__ == "__main__":
    main()
