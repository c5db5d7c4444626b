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
