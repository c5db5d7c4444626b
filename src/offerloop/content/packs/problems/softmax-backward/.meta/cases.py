import numpy as np

from offerloop.judge.cases import case


def _softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def visible():
    return [
        case(np.array([0.5, 0.5]), np.array([1.0, 0.0]), name="two classes"),
        case(_softmax(np.array([[1.0, 2.0, 3.0]])), np.array([[0.0, 1.0, 0.0]]), name="three classes"),
    ]


def hidden(rng):
    return [
        case(np.array([1.0]), np.array([3.0]), name="a single class: zero gradient"),
        case(np.full(4, 0.25), np.ones(4), name="a constant upstream gradient gives zero"),
        case(_softmax(rng.normal(size=(5, 6))), rng.normal(size=(5, 6)), name="random 5x6"),
        case(_softmax(rng.normal(size=(2, 3, 4)) * 3), rng.normal(size=(2, 3, 4)), name="three dimensions"),
        case(_softmax(np.array([[50.0, 0.0, -50.0]])), np.array([[1.0, 2.0, 3.0]]), name="a saturated row"),
        case(_softmax(rng.normal(size=(4, 3))), rng.normal(size=(4, 3)) * 1e6, name="large upstream gradients"),
    ]
