from fractions import Fraction

import numpy as np

from offerloop.judge.cases import case


def visible():
    y = np.array([1, 0, 1, 1, 0, 0, 1, 0])
    s = np.array([0.9, 0.8, 0.7, 0.7, 0.6, 0.4, 0.3, 0.2])
    return [case(y, s, 0.75, name="three of four positives, through a tie")]


def _targets_ok(P, target):
    return all(Fraction(k, P) == Fraction(target) or abs(k / P - target) >= 1e-9 for k in range(P + 1))


def hidden(rng):
    cases = [
        case(np.array([0, 1, 0, 1]), np.array([0.5, 0.5, 0.5, 0.5]), 1.0, name="every score tied"),
        case(np.array([1, 0, 0]), np.array([0.9, 0.1, 0.2]), 1.0, name="the top row is the only positive"),
        case(np.array([0, 1, 1, 0, 1, 1]), np.array([0.95, 0.9, 0.6, 0.55, 0.3, 0.3]), 0.5, name="exactly half the positives"),
        case(np.array([1, 1, 0, 1]), np.array([0.9, 0.5, 0.5, 0.5]), 0.5, name="the target is met inside a tie"),
    ]
    for n, rate, target in ((40, 0.3, 0.9), (80, 0.15, 0.83), (60, 0.5, 0.61)):
        while True:
            y = (rng.random(n) < rate).astype(int)
            if y.sum() >= 2 and _targets_ok(int(y.sum()), target):
                break
        s = np.round(0.4 * y + 0.6 * rng.random(n), 2)  # two decimals: ties happen
        cases.append(case(y, s, target, name=f"{n} rows, recall target {target}"))
    return cases


def check_case(args, kwargs):
    y, s, target = args
    assert y.shape == s.shape and set(np.unique(y)) <= {0, 1} and y.sum() >= 1, "0/1 labels with a positive"
    assert 0 < target <= 1, "0 < target_recall <= 1"
    assert _targets_ok(int(y.sum()), target), "a recall k/P within 1e-9 of the target without equalling it exactly"
