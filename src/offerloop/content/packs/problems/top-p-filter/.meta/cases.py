from fractions import Fraction

import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([0.1, 0.5, 0.15, 0.25]), 0.7, name="two tokens reach 0.7"),
        case(np.array([0.25, 0.25, 0.25, 0.25]), 0.6, name="a flat distribution"),
    ]


def _dist(rng, n):
    x = rng.random(n) ** 4
    return x / x.sum()


def hidden(rng):
    return [
        case(np.array([1.0]), 0.9, name="a single token"),
        case(np.array([0.125, 0.75, 0.125]), 0.5, name="the top token alone exceeds p"),
        case(np.array([0.25, 0.5, 0.25]), 0.75, name="exact boundary: mass reaches p exactly"),
        case(np.array([0.3, 0.1, 0.3, 0.3]), 0.5, name="ties: lower index first"),
        case(np.array([0.2, 0.3, 0.5]), 1.0, name="p = 1 keeps everything"),
        case(_dist(rng, 30), 0.9, name="random, p = 0.9"),
        case(_dist(rng, 12), 0.5, name="random, p = 0.5"),
        case(_dist(rng, 50), 0.95, name="random, p = 0.95"),
    ]



MARGIN = 1e-9  # the mass before each token is exactly p (exact in binary) or this far from it


def check_case(args, kwargs):
    """The prompt's promise: a 1-D distribution, 0 < p <= 1, and no mass-before-a-token within rounding of p."""
    probs, p = args
    assert isinstance(probs, np.ndarray) and probs.ndim == 1 and len(probs) >= 1, "probs must be a non-empty 1-D array"
    assert np.all(probs >= 0) and abs(float(probs.sum()) - 1.0) <= 1e-12, "probs is not a distribution"
    assert 0 < p <= 1, f"p = {p!r} is outside (0, 1]"
    order = sorted(range(len(probs)), key=lambda i: (-probs[i], i))
    before, fsum = Fraction(0), 0.0
    csum = np.cumsum(probs[order])
    for j, i in enumerate(order):
        if before == Fraction(p):
            assert fsum == p and (j == 0 or csum[j - 1] == p), f"token {i}: mass before it is exactly p, but float sums disagree"
        else:
            assert abs(before - Fraction(p)) > MARGIN, f"token {i}: the mass before it, {float(before)!r}, is within {MARGIN:g} of p = {p!r}"
        if not before < Fraction(p):
            return  # the rest is dropped
        before += Fraction(float(probs[i]))
        fsum += float(probs[i])
