import numpy as np

from offerloop.judge.cases import case


def visible():
    ids = np.array([[1, 3, 1]])
    g = np.array([[[1.0, 0.0], [0.0, 2.0], [0.5, 0.5]]])
    return [
        case(ids, g, 4, name="a repeated id"),
        case(np.array([0, 2]), np.array([[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]]), 3, name="1-D ids"),
    ]


def hidden(rng):
    cases = [
        case(np.array([0]), np.array([[5.0]]), 1, name="a single token"),
        case(np.array([2, 2, 2, 2]), np.ones((4, 3)), 4, name="the same id everywhere"),
        case(np.array([[1, 1], [1, 0]]), rng.normal(size=(2, 2, 5)), 6, name="batch with repeats"),
    ]
    for i in range(4):
        B, T, D, V = int(rng.integers(1, 5)), int(rng.integers(2, 12)), int(rng.integers(1, 6)), int(rng.integers(3, 10))
        cases.append(case(rng.integers(0, V, size=(B, T)), rng.normal(size=(B, T, D)), V, name=f"random {B}x{T}, V={V}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: integer ids in 0..vocab_size-1, grad_out of shape ids.shape + (D,)."""
    ids, g, V = args
    assert isinstance(ids, np.ndarray) and ids.dtype.kind in "iu", "ids must be an int array"
    assert type(V) is int and V >= 1 and np.all((ids >= 0) & (ids < V)), "ids must lie in 0..vocab_size-1"
    assert g.ndim == ids.ndim + 1 and g.shape[:-1] == ids.shape, "grad_out must have shape ids.shape + (D,)"
