import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([1.0, 2.0, 3.0, 4.0]), np.array([1.0, 1.0, 3.0, 3.0]), 1, 0.5, name="one round"),
        case(np.array([1.0, 2.0, 3.0, 4.0, 5.0]), np.array([1.0, 3.0, 2.0, 5.0, 4.0]), 5, 0.3, name="five rounds"),
    ]


def hidden(rng):
    cases = [
        case(np.array([2.0]), np.array([7.0]), 3, 0.5, name="a single sample"),
        case(np.array([1.0, 1.0, 1.0]), np.array([1.0, 2.0, 6.0]), 4, 0.5, name="a constant feature"),
        case(np.array([1.0, 2.0, 3.0]), np.array([5.0, 6.0, 7.0]), 0, 0.1, name="zero rounds"),
        case(np.array([3.0, 1.0, 2.0, 2.0, 5.0]), np.array([10.0, 0.0, 4.0, 6.0, 12.0]), 3, 1.0, name="unsorted with duplicates, lr = 1"),
        case(np.array([1.0, 2.0, 3.0, 4.0]), np.array([1e6, 1e6 + 2, 1e6 + 1, 1e6 + 5]), 4, 0.5, name="large targets"),
    ]
    for n, k in ((20, 10), (60, 25)):
        x = np.round(rng.uniform(0, 10, size=n), 1)
        y = np.sin(x) + 0.2 * rng.normal(size=n)
        cases.append(case(x, y, k, 0.2, name=f"noisy sine n={n}, {k} rounds"))
    return cases
