import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([3.0, 5.0, 7.0, 9.0]), np.array([1.0, 2.0, 3.0, 5.0]), name="four users"),
        case(np.array([1.0, 2.0, 3.0]), np.array([4.0, 4.0, 4.0]), name="a constant covariate"),
    ]


def hidden(rng):
    cases = [
        case(np.array([2.0, 4.0]), np.array([1.0, 3.0]), name="two users"),
        case(np.array([10.0, 20.0, 30.0]), np.array([3.0, 2.0, 1.0]), name="a negative correlation"),
        case(np.array([5.0, 5.0, 5.0, 5.0]), np.array([1.0, 2.0, 3.0, 4.0]), name="a constant metric"),
    ]
    for n in (20, 500):
        x = rng.gamma(2.0, 50.0, size=n)
        y = 0.8 * x + rng.normal(0, 20, size=n) + 100
        cases.append(case(y, x, name=f"spend data n={n}"))
    x = rng.normal(size=50) + 1e6
    cases.append(case(2 * x + rng.normal(size=50), x, name="a covariate with a large offset"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: y and x are finite (n,) arrays, n >= 2; x is exactly constant or clearly varies."""
    y, x = args
    assert y.ndim == 1 and len(y) >= 2 and x.shape == y.shape, "y and x must be (n,) arrays with n >= 2"
    assert np.all(np.isfinite(y)) and np.all(np.isfinite(x)), "values must be finite"
    # var(x) = 0 is a decision boundary (theta = 0): a constant covariate must be exactly constant.
    spread = float(x.max() - x.min())
    assert spread == 0 or spread > 1e-6 * max(1.0, float(np.abs(x).max())), "x is nearly, but not exactly, constant"
