import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], name="one misordered pair"),
        case([0, 1], [0.5, 0.5], name="one tied pair"),
    ]


def hidden(rng):
    cases = [
        case([1, 0], [0.9, 0.1], name="perfect ranking"),
        case([1, 0], [0.1, 0.9], name="inverted ranking"),
        case([1, 1, 0, 0], [0.5, 0.5, 0.5, 0.5], name="every score tied"),
        case([1, 0, 1, 0, 0], [0.7, 0.7, 0.2, 0.2, 0.9], name="ties across classes"),
        case([0, 0, 0, 1], [0.3, 0.3, 0.1, 0.3], name="a positive tied with two negatives"),
        case([1, 0, 0, 0, 0, 0, 0], [2.0, 1.0, 3.0, 0.0, -1.0, 1.5, 5.0], name="a single positive"),
        case([1, 1, 0, 1], [1e12, -1e12, 3.0, 1e300], name="huge score magnitudes"),
    ]
    for n in (50, 300):
        y = (rng.random(n) < 0.4).astype(int)
        y[0], y[1] = 0, 1
        s = np.round(y * 0.8 + rng.normal(size=n), 1)  # rounding makes many ties
        cases.append(case(y, s, name=f"rounded scores with ties n={n}"))
    for n in (100, 1000):
        y = (rng.random(n) < 0.3).astype(int)
        y[0], y[1] = 0, 1
        cases.append(case(y, y + rng.normal(size=n) * 1.5, name=f"continuous scores n={n}"))
    return cases


def scaling_input(n, rng):
    y = (rng.random(n) < 0.5).astype(int)
    y[0], y[1] = 0, 1
    return case(y, np.round(y + rng.normal(size=n), 2), name=f"n={n}")


def check_case(args, kwargs):
    """The prompt's promise: same-length 0/1 labels with both classes present, finite scores."""
    y, s = np.asarray(args[0]), np.asarray(args[1], dtype=float)
    assert y.ndim == 1 and y.shape == s.shape, f"lengths differ: {y.shape} and {s.shape}"
    assert set(np.unique(y).tolist()) == {0, 1}, "labels must be 0/1 with at least one positive and one negative"
    assert np.all(np.isfinite(s)), "a score is not finite"
