import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([1.0, 3.0, 2.0, 4.0, 3.5, 3.0], name="two pooled blocks"),
        case([1.0, 2.0, 3.0], name="already monotone"),
    ]


def hidden(rng):
    cases = [
        case([5.0], name="a single value"),
        case([3.0, 2.0, 1.0], name="strictly decreasing: one block"),
        case([1.0, 5.0, 4.0, 3.0, 0.0], name="merging cascades backwards"),
        case([2.0, 1.0], w=[3.0, 1.0], name="weights shift the pooled mean"),
        case([1.0, 1.0, 1.0, 0.5], name="ties then a drop"),
        case([1e9, 1e9 - 1.0, 1e9 + 2.0], name="large values"),
    ]
    for n in (20, 200):
        y = np.linspace(0, 5, n) + rng.normal(size=n)
        cases.append(case(y.tolist(), w=(rng.random(n) + 0.5).tolist(), name=f"noisy trend n={n}, weighted"))
    cases.append(case((np.arange(30) * 0.1 + rng.normal(size=30)).tolist(), name="noisy trend, unweighted"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: y has n >= 1 finite floats; weights, if given, are n positive floats."""
    (y,) = args
    w = kwargs.get("w")
    assert len(y) >= 1 and all(isinstance(v, float) and np.isfinite(v) for v in y), "y must be n >= 1 finite floats"
    if w is not None:
        assert len(w) == len(y), f"{len(w)} weights for {len(y)} values"
        assert all(isinstance(v, float) and v > 0 for v in w), "weights must be positive floats"
