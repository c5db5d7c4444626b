import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([1.0, 2.0, 3.0], [4.0, 5.0, 6.0], name="completely separated"),
        case([1.0, 2.0, 2.0, 3.0], [2.0, 3.0, 3.0, 4.0], name="ties across groups"),
    ]


def hidden(rng):
    cases = [
        case([5.0], [1.0, 2.0], name="a single x value"),
        case([1.0, 1.0, 1.0, 2.0], [1.0, 1.0, 2.0, 2.0], name="mostly ties"),
        case([3.0, 1.0, 2.0], [2.0, 3.0, 1.0], name="identical samples"),
        case([-1e9, 0.0, 1e9], [1.0, 2.0], name="extreme values"),
    ]
    for nx, ny in ((8, 10), (40, 30), (150, 120)):
        x = rng.integers(1, 6, size=nx).astype(float)  # ratings: many ties
        y = (rng.integers(1, 6, size=ny) + (rng.random(ny) < 0.3)).astype(float)
        cases.append(case(x.tolist(), y.tolist(), name=f"ratings {nx} vs {ny}"))
    x = rng.normal(size=25)
    cases.append(case(x.tolist(), (rng.normal(size=30) + 0.8).tolist(), name="continuous data"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: two non-empty samples of finite floats, not every value identical (sd > 0)."""
    x, y = args
    assert isinstance(x, list) and isinstance(y, list) and len(x) >= 1 and len(y) >= 1, "x and y must be non-empty lists"
    assert all(isinstance(v, float) and np.isfinite(v) for v in x + y), "values must be finite floats"
    assert len(set(x + y)) >= 2, "every value is identical: the standard deviation would be 0"
