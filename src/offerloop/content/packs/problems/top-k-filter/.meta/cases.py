import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([0.1, 0.4, 0.2, 0.3]), 2, name="keep two"),
        case(np.array([0.4, 0.2, 0.2, 0.2]), 2, name="ties at the k-th value are kept"),
    ]


def _dist(rng, shape):
    x = rng.random(shape) ** 3
    return x / x.sum(axis=-1, keepdims=True)


def hidden(rng):
    return [
        case(np.array([1.0]), 1, name="a single token"),
        case(np.array([0.25, 0.25, 0.25, 0.25]), 1, name="all tied, k = 1"),
        case(np.array([0.5, 0.3, 0.2]), 5, name="k larger than the vocabulary"),
        case(np.array([0.1, 0.6, 0.3]), 1, name="k = 1 is greedy"),
        case(np.array([0.05, 0.3, 0.3, 0.35]), 2, name="a tie just below the top"),
        case(_dist(rng, 20), 5, name="random, k = 5"),
        case(_dist(rng, (3, 10)), 3, name="a batch of rows"),
        case(_dist(rng, (2, 2, 8)), 4, name="two leading axes"),
    ]
