from fractions import Fraction

import numpy as np

from offerloop.judge.cases import case

MARGIN = 1e-12  # a p-value this close to its Holm threshold is a tie only when exact


def visible():
    return [
        case([0.01, 0.04, 0.03, 0.005], alpha=0.05, name="four tests"),
        case([0.2, 0.3], name="nothing rejected"),
    ]


def hidden(rng):
    cases = [
        case([0.04], name="a single test below alpha"),
        case([0.001, 0.001, 0.001], name="ties all rejected"),
        case([0.001, 0.2, 0.02], alpha=0.05, name="a later p-value under its own threshold after a failure"),
        case([0.01, 0.02, 0.03], alpha=0.1, name="exactly on the thresholds"),
        case([0.011, 0.02, 0.001, 0.0125], alpha=0.05, name="Holm rejects more than Bonferroni"),
    ]
    for m in (10, 50):
        p = np.where(rng.random(m) < 0.3, rng.random(m) * 0.002, rng.random(m))
        cases.append(case(p.tolist(), alpha=0.05, name=f"random m={m}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: p-values in [0, 1], 0 < alpha < 1; each decision clear of p == alpha / (m - i) unless exact."""
    (p,) = args
    alpha = kwargs.get("alpha", 0.05)
    assert isinstance(p, list) and len(p) >= 1, "p_values must be a non-empty list"
    assert all(isinstance(v, float) and 0.0 <= v <= 1.0 for v in p), "every p-value must be a float in [0, 1]"
    assert 0 < alpha < 1, f"alpha = {alpha!r} is outside (0, 1)"
    m = len(p)
    for i, v in enumerate(sorted(p)):
        gap = Fraction(v) - Fraction(alpha) / (m - i)  # exact, from the floats given
        if gap == 0:
            # On the threshold: every float form of the rule must agree that it is rejected.
            assert v <= alpha / (m - i) and v * (m - i) <= alpha, f"step {i}: p = {v} is on the threshold but float forms disagree"
        else:
            assert abs(gap) > MARGIN, f"step {i}: p = {v} is within {MARGIN:g} of alpha / (m - i) = {alpha / (m - i)}"
        if gap > 0:
            return  # the procedure stops here; later p-values decide nothing
