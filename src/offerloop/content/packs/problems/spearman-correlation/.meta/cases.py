import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([1.0, 2.0, 3.0, 4.0, 5.0], [5.0, 6.0, 7.0, 8.0, 7.0], name="a tie in y"),
        case([1.0, 2.0, 3.0, 4.0], [1.0, 8.0, 27.0, 64.0], name="monotone but not linear"),
    ]


def hidden(rng):
    cases = [
        case([1.0, 2.0], [2.0, 1.0], name="two points, reversed"),
        case([1.0, 1.0, 2.0, 2.0], [1.0, 2.0, 1.0, 2.0], name="ties on both sides, no association"),
        case([3.0, 1.0, 2.0, 2.0, 2.0], [1.0, 1.0, 2.0, 3.0, 3.0], name="a three-way tie"),
        case([1.0, 2.0, 3.0, 4.0, 1e12], [2.0, 1.0, 4.0, 3.0, 5.0], name="an outlier does not dominate"),
    ]
    for n in (10, 100):
        x = rng.integers(0, 6, size=n).astype(float)
        y = x + rng.integers(0, 4, size=n)
        cases.append(case(x.tolist(), y.tolist(), name=f"integer data with many ties n={n}"))
    x = rng.normal(size=50)
    cases.append(case(x.tolist(), (np.exp(x) + rng.normal(size=50) * 0.5).tolist(), name="continuous data"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: x and y of the same length n >= 2, each with at least two distinct values."""
    x, y = args
    assert len(x) == len(y) and len(x) >= 2, f"lengths {len(x)} and {len(y)}: equal and at least 2"
    assert len(set(x)) >= 2 and len(set(y)) >= 2, "a sequence is constant (its rank correlation is undefined)"
    assert all(np.isfinite(v) for v in list(x) + list(y)), "a value is not finite"
