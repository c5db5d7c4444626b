import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([5.0, 7.0, 6.0, 8.0], 5.0, 2.0, name="z = 1.5"),
        case([1.0, 2.0, 3.0], 2.0, 1.0, name="no difference"),
    ]


def hidden(rng):
    cases = [
        case([3.0], 5.0, 1.0, name="a single observation, negative z"),
        case([10.0, 10.0, 10.0, 10.0], 0.0, 2.0, name="z = 10: a tiny p-value"),
        case([0.0] * 25, 7.0, 5.0, name="z = -7"),
        case([100.2, 99.8, 100.1], 100.0, 0.5, name="a small effect"),
    ]
    for n in (10, 50, 400):
        x = rng.normal(0.3, 1.5, size=n)
        cases.append(case(x.tolist(), 0.0, 1.5, name=f"random n={n}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a non-empty sample of finite numbers, a finite mu0 and sigma > 0."""
    sample, mu0, sigma = args
    assert len(sample) >= 1 and all(np.isfinite(v) for v in sample), "the sample must be non-empty and finite"
    assert np.isfinite(mu0), f"mu0 = {mu0!r} is not finite"
    assert sigma > 0, f"sigma = {sigma!r} must be positive"
