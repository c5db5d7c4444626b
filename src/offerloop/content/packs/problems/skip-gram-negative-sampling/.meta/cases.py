import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([1.0, 0.0]), np.array([1.0, 0.0]), np.array([[0.0, 1.0]]), name="one negative"),
    ]


def hidden(rng):
    d = 5
    return [
        case(np.zeros(3), rng.normal(size=3), rng.normal(size=(2, 3)), name="a zero centre vector"),
        case(rng.normal(size=d), rng.normal(size=d), rng.normal(size=(1, d)), name="a single negative"),
        case(rng.normal(size=d), rng.normal(size=d), rng.normal(size=(5, d)), name="five negatives"),
        case(np.full(d, 10.0), np.full(d, 10.0), -np.full((3, d), 10.0), name="confident and right (large dots)"),
        case(np.full(d, 20.0), -np.full(d, 20.0), np.full((3, d), 20.0), name="confident and wrong (dots of 2000)"),
        case(rng.normal(size=8) * 0.1, rng.normal(size=8) * 0.1, rng.normal(size=(10, 8)) * 0.1, name="small random vectors"),
    ]
