import math

import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([10.0, 10.0], [8.0, 13.0], 0.9, name="one low, one high"),
        case([1.0, 2.0, 3.0], [2.0, 2.0, 2.0], 0.5, name="the median: half the absolute error"),
    ]


def hidden(rng):
    cases = [
        case([5.0], [5.0], 0.3, name="a single perfect prediction"),
        case([0.0, 0.0], [1.0, 1.0], 0.1, name="always too high, low quantile"),
        case([0.0, 0.0], [-1.0, -1.0], 0.1, name="always too low, low quantile"),
        case([1e9, -1e9], [0.0, 0.0], 0.75, name="large values"),
    ]
    for n, q in ((20, 0.05), (300, 0.95)):
        y = rng.normal(size=n) * 3
        cases.append(case(y.tolist(), (y + rng.normal(size=n)).tolist(), q, name=f"random n={n}, q={q}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: equal-length non-empty float lists and 0 < q < 1 (the loss is continuous at r == 0)."""
    y, p, q = args
    assert isinstance(y, list) and isinstance(p, list) and len(y) == len(p) >= 1, f"{len(y)} targets for {len(p)} predictions"
    assert all(isinstance(v, float) and math.isfinite(v) for v in y + p), "values must be finite floats"
    assert isinstance(q, float) and 0 < q < 1, f"q = {q!r} is outside (0, 1)"
