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
