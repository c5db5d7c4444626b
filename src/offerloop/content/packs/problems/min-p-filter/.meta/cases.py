from fractions import Fraction

import numpy as np

from offerloop.judge.cases import case

MARGIN = 1e-9  # relative distance of every probability from min_p * max(p), unless exactly on it


def visible():
    return [
        case(np.array([0.5, 0.3, 0.125, 0.075]), 0.25, name="threshold equal to a probability"),
        case(np.array([0.25, 0.25, 0.25, 0.25]), 0.9, name="a flat distribution keeps everything"),
    ]


def _dist(rng, shape):
    x = rng.random(shape) ** 3
    return x / x.sum(axis=-1, keepdims=True)


def hidden(rng):
    return [
        case(np.array([1.0]), 0.5, name="a single token"),
        case(np.array([0.9, 0.05, 0.05]), 0.1, name="a confident step"),
        case(np.array([0.4, 0.35, 0.25]), 0.0, name="min_p = 0 keeps everything"),
        case(np.array([0.5, 0.5, 0.0]), 1.0, name="min_p = 1 keeps the tied maxima"),
        case(_dist(rng, 30), 0.1, name="random, min_p 0.1"),
        case(_dist(rng, (3, 12)), 0.3, name="a batch of rows"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: distributions on the last axis, 0 <= min_p <= 1; no p near min_p * max(p) unless exact."""
    probs, min_p = args
    assert isinstance(probs, np.ndarray) and probs.ndim >= 1 and probs.shape[-1] >= 1 and probs.dtype.kind == "f", "probs must be a float array"
    assert np.all(np.isfinite(probs)) and np.all(probs >= 0), "probabilities must be non-negative and finite"
    assert np.all(np.abs(probs.sum(axis=-1) - 1.0) < 1e-9), "every row must sum to 1"
    assert isinstance(min_p, float) and 0 <= min_p <= 1, f"min_p = {min_p!r} is outside [0, 1]"
    rows = probs.reshape(-1, probs.shape[-1])
    for r, row in enumerate(rows):
        mx = float(row.max())
        cut = min_p * mx
        for j, p in enumerate(row.tolist()):
            if abs(p - cut) > MARGIN * mx:
                continue
            gap = Fraction(p) - Fraction(min_p) * Fraction(mx)  # exact, from the floats given
            assert gap == 0, f"row {r}: p[{j}] = {p!r} is within {MARGIN:g} of min_p * max = {cut!r} but not on it"
            # On the boundary: every float form of the rule keeps the token.
            assert p >= min_p * mx and p / mx >= min_p, f"row {r}: p[{j}] is on the boundary but float forms of the rule disagree"
