"""Reference values for the accuracy of the transcendental functions the library computes with its
own formulas (tanh): float64 points and the function in x87 extended precision (64-bit
mantissa), rounded to float64 — correctly rounded except in rare near-halfway cases, which is
enough to measure errors of one ulp and more."""
import numpy as np

from fixtures_common import enc_num, write


def points():
    rng = np.random.default_rng(7)
    xs = [
        rng.uniform(-1, 1, 3000),
        rng.uniform(-25, 25, 3000),
        np.exp(rng.uniform(np.log(1e-12), np.log(30), 3000)) * rng.choice([-1, 1], 3000),
        # around the formula's switch points and the saturation threshold
        np.linspace(0.6, 0.65, 501),
        np.linspace(21.9, 22.1, 201),
        np.linspace(-1e-8, 1e-8, 201),
    ]
    return np.concatenate(xs).astype(np.float64)


def main():
    x = points()
    ref = np.tanh(x.astype(np.longdouble)).astype(np.float64)
    write("accuracy.json", {"tanh": {"x": [enc_num(v) for v in x], "y": [enc_num(v) for v in ref]}})


if __name__ == "__main__":
    main()
