import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0], [1.0], [2.0], [3.0], [10.0], [11.0], [30.0]]), 1.0, 2, name="two chains and an outlier"),
        case(np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [5.0, 5.0]]), 1.5, 3, name="one dense group"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[4.0, 4.0]]), 1.0, 1, name="a single point, min_samples = 1"),
        case(np.array([[4.0, 4.0]]), 1.0, 2, name="a single point is noise"),
        case(np.array([[0.0], [2.0], [4.0]]), 2.0, 2, name="distance exactly eps"),
        case(np.array([[0.0], [0.5], [1.5], [2.5], [3.0]]), 1.0, 3, name="a border point between two clusters"),
        case(np.array([[5.0], [0.0], [0.5], [4.5], [2.5]]), 1.0, 2, name="noise before its cluster is found"),
        case(np.array([[0.0], [0.05], [0.1], [0.15], [0.2], [0.6], [1.0], [1.05], [1.1], [1.15], [1.2]]), 0.42, 4,
             name="a border point must not chain clusters"),
        case(np.array([[0.0], [0.0], [0.0], [9.0]]), 0.5, 3, name="duplicates"),
    ]
    for n, eps, m in ((30, 0.8, 3), (60, 0.5, 4)):
        centres = rng.normal(size=(3, 2)) * 4
        X = centres[np.arange(n) % 3] + rng.normal(size=(n, 2)) * 0.6
        X = np.vstack([X, rng.uniform(-10, 10, size=(5, 2))])
        cases.append(case(np.round(X, 2), eps, m, name=f"random blobs with noise n={n + 5}"))
    return cases
