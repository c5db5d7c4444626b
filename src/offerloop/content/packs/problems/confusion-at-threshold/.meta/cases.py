import numpy as np

from offerloop.judge.cases import case


def visible():
    return [case(np.array([0, 0, 1, 1, 1, 0]), np.array([0.1, 0.5, 0.5, 0.9, 0.3, 0.7]), 0.5, name="a score on the threshold")]


def hidden(rng):
    cases = [
        case(np.array([1, 0, 1]), np.array([0.2, 0.3, 0.1]), 0.9, name="nothing predicted positive"),
        case(np.array([1, 1, 0, 0]), np.array([0.4, 0.6, 0.6, 0.8]), 0.0, name="everything predicted positive"),
        case(np.array([0, 1, 0, 1, 1]), np.array([0.25, 0.25, 0.75, 0.75, 0.5]), 0.75, name="ties on the threshold"),
    ]
    for n, rate in ((30, 0.3), (60, 0.1), (45, 0.5)):
        y = (rng.random(n) < rate).astype(int)
        y[int(rng.integers(n))] = 1
        # Three-decimal scores: each is exactly a threshold taken from the list, or 0.001 away from it.
        scores = np.round(np.clip(0.35 * y + 0.6 * rng.random(n), 0, 1), 3)
        t = float(scores[int(rng.integers(n))]) if rng.random() < 0.5 else round(float(rng.uniform(0.2, 0.8)), 4) + 0.00005
        cases.append(case(y, scores, t, name=f"{n} rows, base rate {rate}"))
    return cases


def check_case(args, kwargs):
    y, s, t = args
    assert y.shape == s.shape and set(np.unique(y)) <= {0, 1} and y.sum() >= 1, "0/1 labels with a positive"
    gap = np.abs(s - t)
    assert ((gap == 0) | (gap >= 1e-9)).all(), "a score within 1e-9 of the threshold but not on it"
