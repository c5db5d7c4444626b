import numpy as np

from offerloop.judge.cases import case


def visible():
    logits = np.log(np.array([[[0.5, 0.5], [0.9, 0.1], [0.2, 0.8]]]))
    return [
        case(logits, np.array([[1, 0, -100]]), name="one ignored target"),
        case(logits, np.array([[1, 0, 1]]), name="no ignored targets"),
    ]


def hidden(rng):
    cases = [
        case(rng.normal(size=(1, 1, 4)), np.array([[2]]), name="a single token: nothing to predict"),
        case(rng.normal(size=(2, 3, 4)), np.full((2, 3), -100), name="everything ignored"),
        case(rng.normal(size=(2, 4, 5)) * 300, rng.integers(0, 5, size=(2, 4)), name="large logits"),
    ]
    for i in range(4):
        B, T, V = int(rng.integers(1, 4)), int(rng.integers(3, 9)), int(rng.integers(3, 8))
        ids = rng.integers(0, V, size=(B, T))
        ids[rng.random((B, T)) < 0.3] = -100
        ids[0, -1] = int(rng.integers(0, V))
        cases.append(case(rng.normal(size=(B, T, V)) * 2, ids, name=f"random {B}x{T}x{V}"))
    ids = np.array([[0, 1, 2, 3, 4, 0], [0, 1, -100, -100, -100, -100]])
    cases.append(case(rng.normal(size=(2, 6, 5)), ids, name="a long and a short sequence"))
    ids = np.array([[3, 1, 2]])
    cases.append(case(rng.normal(size=(1, 3, 4)), ids, ignore_index=1, name="a custom ignore_index"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: finite logits (B, T, V), integer ids (B, T), each a token in 0..V-1 or ignore_index."""
    logits, ids = args[:2]
    ignore = args[2] if len(args) > 2 else kwargs.get("ignore_index", -100)
    assert isinstance(logits, np.ndarray) and logits.ndim == 3 and np.all(np.isfinite(logits)), "logits must be a finite (B, T, V) array"
    assert isinstance(ids, np.ndarray) and ids.dtype.kind in "iu" and ids.shape == logits.shape[:2], "input_ids must be an int (B, T) array"
    V = logits.shape[2]
    assert np.all((ids == ignore) | ((ids >= 0) & (ids < V))), "every id is a token in 0..V-1 or ignore_index"
