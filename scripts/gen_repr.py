"""Fixtures for toString(): numpy's repr of many arrays (precision, exp mode, nan/inf, wrapping, summaries)."""
import numpy as np

from fixtures_common import enc, write

rng = np.random.default_rng(2)


def cases():
    yield np.array([[1.0, 2.0], [3.0, 4.0]])
    yield np.array([1.0, 2.5])
    yield np.array([0.1, 0.25, 1 / 3])
    yield np.array([1 / 512, 1.0])
    yield np.array([0.100000001, 2])
    yield np.array([1.0, np.nan])
    yield np.array([-np.inf, 1.5])
    yield np.array([np.nan, np.inf, -np.inf])
    yield np.array([1e-5, 1.5])
    yield np.array([1e-5, 1.5], np.float32)
    yield np.array([1e8, 1])
    yield np.array([1e100, -1e-100])
    yield np.array([1e6, 2], np.float32)
    yield np.array([1e5, 2], np.float32)
    yield np.array([-0.0, 0.0, 1.0])
    yield np.array([-0.0])
    yield np.array(1.5)
    yield np.array(-0.0)
    yield np.array(np.nan)
    yield np.array(3, np.int32)
    yield np.array([], np.int32)
    yield np.zeros((0, 3))
    yield np.zeros((2, 0))
    yield np.zeros((0,))
    yield np.arange(2000.0)
    yield np.arange(2000.0).reshape(40, 50)
    yield np.arange(24.0).reshape(2, 3, 4)
    yield np.arange(24, dtype=np.int32).reshape(2, 3, 4)
    yield np.arange(100.0) / 7
    yield np.arange(30.0)
    yield np.arange(-5, 5, dtype=np.int8)
    yield np.array([0, 255, 7], np.uint8)
    yield np.array([0, 65535], np.uint16)
    yield np.array([0, 4294967295], np.uint32)
    yield np.array([-2147483648, 2147483647], np.int32)
    yield np.array([0.1, 0.2, 0.3], np.float32)
    yield np.array([1 / 3], np.float32)
    yield np.array([16777217.0, 3], np.float32)
    yield np.array([123456789.123])
    yield np.array([0.5, 1e-4])
    yield np.array([0.5, 9.99e-5])
    yield np.array([1.0, 1000.0])
    yield np.array([1.0, 1000.5])
    yield np.array([np.pi, np.e, -np.sqrt(2)])
    yield np.array([5e-324, 1.7976931348623157e308])
    yield np.array([[np.nan, 1.0], [2.0, -np.inf]])
    yield np.array([0.1, 1.2345678e-5], np.float32)
    yield np.array([0.1, 1.2345e-5])
    yield np.array([5e-324, 1.5])
    yield np.array([1e-310, 1.5])
    yield np.array([2.5e-9, 0.5, 7])
    yield np.ones((3, 1, 2))
    yield np.ones((1, 1, 1, 1))
    yield np.arange(1001.0)
    yield np.arange(3000, dtype=np.int32).reshape(3, 1000)
    for shape in [(5,), (3, 4), (2, 2, 3), (10,)]:
        yield rng.standard_normal(shape)
        yield rng.standard_normal(shape).astype(np.float32)
        yield rng.standard_normal(shape) * 1e-6
        yield rng.integers(-1000, 1000, shape).astype(np.int32)


def main():
    out = []
    for a in cases():
        out.append({"array": enc(a), "repr": repr(a)})
    write("repr.json", {"cases": out})


if __name__ == "__main__":
    main()
