import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([3.0, -0.5, 2.0, 7.0], [2.5, 0.0, 2.0, 8.0], name="scikit-learn's example"),
        case([1.0, 2.0, 3.0], [2.0, 2.0, 2.0], name="predicting the mean"),
    ]


def hidden(rng):
    cases = [
        case([4.0], [4.0], name="a single perfect sample"),
        case([4.0], [1.0], name="a single wrong sample"),
        case([2.0, 2.0, 2.0], [2.0, 2.0, 2.0], name="constant and perfect"),
        case([2.0, 2.0, 2.0], [1.0, 2.0, 3.0], name="constant target, imperfect"),
        case([1.0, 2.0, 3.0], [11.0, 12.0, 13.0], name="biased but perfectly correlated"),
        case([1.0, 2.0, 3.0], [3.0, 2.0, 1.0], name="worse than the mean"),
        case([1e9, 1e9 + 1, 1e9 + 2], [1e9, 1e9 + 1.5, 1e9 + 2], name="large values"),
    ]
    for n in (10, 300):
        y = rng.normal(size=n) * 5
        cases.append(case(y.tolist(), (y + rng.normal(size=n) * 2).tolist(), name=f"random n={n}"))
    return cases


def check_case(args, kwargs):
    """Non-empty float sequences of equal length."""
    y, yh = args
    assert len(y) == len(yh) >= 1, f"lengths {len(y)} and {len(yh)}: equal and at least 1"
    assert all(type(v) is float for v in list(y) + list(yh)), "values must be floats"
    if len(set(y)) == 1:  # a constant target must have a mean that is exactly that constant in floats
        assert float(np.mean(np.asarray(y))) == y[0] and sum(y) / len(y) == y[0], f"the mean of {y[:3]}... is not exact"
