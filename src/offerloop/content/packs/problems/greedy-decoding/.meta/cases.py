import numpy as np

from offerloop.judge.cases import case


def visible():
    L = np.array([[0.0, 2.0, 1.0], [0.0, 0.0, 3.0], [5.0, 0.0, 0.0]])
    return [
        case(L, 0, 0, 10, name="reaches eos"),
        case(L, 1, 1, 2, name="stops at the length limit"),
    ]


def hidden(rng):
    loop = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
    cases = [
        case(np.array([[1.0]]), 0, 0, 5, name="a one-token vocabulary"),
        case(loop, 0, 0, 0, name="no tokens allowed"),
        case(loop, 0, 0, 7, name="a cycle that never reaches eos"),
        case(np.zeros((4, 4)), 2, 3, 3, name="all ties: lowest index"),
        case(np.array([[0.0, 3.0, 3.0], [9.0, 0.0, 0.0], [0.0, 0.0, 0.0]]), 0, 0, 5, name="a tie between two tokens"),
    ]
    for i in range(4):
        V = int(rng.integers(4, 9))
        cases.append(case(rng.normal(size=(V, V)), int(rng.integers(V)), int(rng.integers(V)), int(rng.integers(3, 12)), name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a (V, V) logit table, start and eos token ids in range, a length limit >= 0."""
    L, start, eos, max_new = args
    assert isinstance(L, np.ndarray) and L.ndim == 2 and L.shape[0] == L.shape[1] >= 1, "next_logits must be (V, V)"
    assert np.all(np.isfinite(L)), "logits must be finite"
    V = L.shape[0]
    assert type(start) is int and 0 <= start < V, f"start = {start!r} is not a token id in 0..{V - 1}"
    assert type(eos) is int and 0 <= eos < V, f"eos = {eos!r} is not a token id in 0..{V - 1}"
    assert type(max_new) is int and max_new >= 0, f"max_new_tokens = {max_new!r} must be a non-negative int"
    # Picking the largest logit compares the given floats exactly, so ties (lowest index) need no margin.
