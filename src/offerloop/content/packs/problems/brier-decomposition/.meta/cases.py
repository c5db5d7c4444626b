import numpy as np

from offerloop.judge.cases import case

# Grouping is by exact equality of the given floats, so no decision boundary: 50 seeds.
SWEEP_SEEDS = 50


def visible():
    return [case(np.array([0, 0, 1, 1, 1, 0]), np.array([0.2, 0.2, 0.2, 0.8, 0.8, 0.8]), name="two forecast values")]


def hidden(rng):
    cases = [
        case(np.array([1]), np.array([0.7]), name="a single forecast"),
        case(np.array([0, 1, 0, 1]), np.array([0.5, 0.5, 0.5, 0.5]), name="climatology: one value, the base rate"),
        case(np.array([1, 1, 0, 0]), np.array([1.0, 1.0, 0.0, 0.0]), name="perfect forecasts"),
        case(np.array([0, 0, 0]), np.array([0.1, 0.3, 0.1]), name="no positives"),
    ]
    for n, step in ((40, 0.1), (120, 0.05), (25, 0.25)):
        truth = rng.random(n)
        y = (rng.random(n) < truth).astype(int)
        p = np.clip(np.round((truth + rng.normal(0, 0.15, n)) / step) * step, 0.0, 1.0)
        cases.append(case(y, np.round(p, 4), name=f"{n} forecasts in steps of {step}"))
    return cases


def check_case(args, kwargs):
    y, p = args
    assert y.shape == p.shape and len(y) >= 1, "equal non-empty lengths"
    assert set(np.unique(y)) <= {0, 1}, "0/1 outcomes"
    assert ((p >= 0) & (p <= 1)).all(), "probabilities in [0, 1]"
