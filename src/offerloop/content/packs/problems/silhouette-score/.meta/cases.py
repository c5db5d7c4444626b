import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0], [1.0], [10.0], [11.0]]), [0, 0, 1, 1], name="two tight clusters"),
        case(np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [5.0, 5.0], [5.0, 6.0], [9.0, 0.0], [9.0, 1.0]]), [0, 0, 0, 1, 1, 2, 2],
             name="three clusters"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[0.0], [1.0], [2.0], [50.0]]), [0, 0, 0, 1], name="a singleton cluster"),
        case(np.array([[0.0], [1.0], [2.0], [3.0]]), [0, 1, 0, 1], name="interleaved: negative silhouettes"),
        case(np.array([[0.0, 0.0], [0.0, 0.0], [3.0, 4.0], [3.0, 4.0]]), [5, 5, 9, 9], name="duplicate points, arbitrary labels"),
        case(np.array([[0.0], [1.0], [5.0], [6.0], [100.0], [101.0]]), [0, 0, 1, 1, 2, 2], name="the nearest cluster, not the mean of all"),
    ]
    for n, k in ((20, 2), (45, 3), (60, 5)):
        centres = rng.normal(size=(k, 2)) * 4
        labels = np.arange(n) % k
        X = centres[labels] + rng.normal(size=(n, 2))
        cases.append(case(X, labels.tolist(), name=f"random blobs n={n}, k={k}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d), one label per row, at least two clusters and one with two or more members."""
    X, labels = args
    assert isinstance(X, np.ndarray) and X.ndim == 2, "X must be an (n, d) array"
    assert len(labels) == X.shape[0], f"{len(labels)} labels for {X.shape[0]} rows"
    _, counts = np.unique(np.asarray(labels), return_counts=True)
    assert len(counts) >= 2, "fewer than two clusters"
    assert counts.max() >= 2, "every cluster is a singleton"
