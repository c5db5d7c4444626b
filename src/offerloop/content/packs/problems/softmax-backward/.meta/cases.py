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


def check_case(args, kwargs):
    """The prompt's promise: y is a softmax output (non-negative, each last-axis slice sums to 1), dy has its shape."""
    y, dy = args
    assert isinstance(y, np.ndarray) and y.ndim >= 1 and y.shape == np.shape(dy), f"shapes differ: {np.shape(y)} and {np.shape(dy)}"
    assert np.all(y >= 0), "y has a negative entry: not a softmax output"
    assert np.allclose(y.sum(axis=-1), 1.0, rtol=0, atol=1e-12), "a slice of y does not sum to 1: not a softmax output"
