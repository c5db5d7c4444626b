import numpy as np

from offerloop.judge.cases import case


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
