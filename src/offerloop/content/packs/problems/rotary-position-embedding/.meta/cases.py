import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0, 1.0, 0.0]]), np.array([1]), name="one row at position 1"),
        case(np.array([[1.0, 2.0], [1.0, 2.0]]), np.array([0, 2]), name="position 0 is unchanged"),
    ]


def hidden(rng):
    return [
        case(np.array([[3.0, -1.0]]), np.array([0]), name="a single row at position 0"),
        case(rng.normal(size=(5, 8)), np.arange(5), name="positions 0..4"),
        case(rng.normal(size=(3, 8)), np.array([17, 18, 19]), name="continuing after a cache of 17"),
        case(rng.normal(size=(4, 16)), np.array([0, 100, 1000, 4096]), name="far positions"),
        case(rng.normal(size=(2, 6)), np.array([3, 9]), base=500000.0, name="a different base"),
        case(np.ones((3, 4)), np.array([1, 1, 1]), name="identical rows"),
    ]
