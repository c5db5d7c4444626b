import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], name="four distinct scores"),
        case([0, 1, 1, 0], [0.5, 0.5, 0.9, 0.2], name="a tied pair"),
    ]


def hidden(rng):
    cases = [
        case([1, 0], [0.3, 0.3], name="every score tied"),
        case([1, 0], [0.9, 0.1], name="perfect separation"),
        case([0, 1, 0, 0, 1], [3.0, -1.0, 2.0, 2.0, 5.0], name="negative scores and a tie"),
        case([1, 1, 1, 0], [0.2, 0.6, 0.6, 0.6], name="a run mixing classes"),
        case([0, 1, 0, 1], [1e300, -1e300, 0.0, 1e-300], name="extreme scores"),
    ]
    for n in (20, 100):
        y = (rng.random(n) < 0.4).astype(int)
        y[0], y[1] = 0, 1
        cases.append(case(y.tolist(), np.round(rng.normal(size=n) + y, 1).tolist(), name=f"rounded scores n={n}"))
    y = (rng.random(60) < 0.5).astype(int)
    y[0], y[1] = 0, 1
    cases.append(case(y.tolist(), rng.random(60).tolist(), name="continuous scores"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: same-length 0/1 labels with both classes present, finite scores."""
    y, s = np.asarray(args[0]), np.asarray(args[1], dtype=float)
    assert y.ndim == 1 and y.shape == s.shape, f"lengths differ: {y.shape} and {s.shape}"
    assert set(np.unique(y).tolist()) == {0, 1}, "labels must be 0/1 with both classes present"
    assert np.all(np.isfinite(s)), "a score is not finite (the first threshold is inf)"
