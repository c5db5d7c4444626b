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


TIE_MARGIN = 1e-12  # a probability equals the k-th largest exactly or is this far from it (relative)


def check_case(args, kwargs):
    """The prompt's promise: rows are distributions on the last axis, k >= 1, and no near-tie with the k-th largest."""
    probs, k = args
    assert isinstance(probs, np.ndarray) and probs.ndim >= 1 and probs.shape[-1] >= 1, "probs must be an array with a last axis"
    assert type(k) is int and k >= 1, f"k = {k!r}: at least 1"
    assert np.all(probs >= 0) and np.allclose(probs.sum(axis=-1), 1.0, rtol=0, atol=1e-12), "a row is not a distribution"
    rows = probs.reshape(-1, probs.shape[-1])
    if k >= rows.shape[1]:
        return
    for r, row in enumerate(rows):
        kth = np.sort(row)[::-1][k - 1]
        gap = np.abs(row - kth)
        near = (gap > 0) & (gap <= TIE_MARGIN * kth)
        assert not near.any(), f"row {r}: a probability is within {TIE_MARGIN:g} of the k-th largest {float(kth)!r} without equalling it"
