import numpy as np

from offerloop.judge.cases import case


def visible():
    q = np.array([[0.5, 0.5], [0.9, 0.1]])
    p = np.array([[0.25, 0.75], [0.3, 0.7], [1.0, 0.0]])
    return [
        case(p, q, np.array([1, 0]), np.array([0.9, 0.5]), name="one accepted, then a rejection"),
        case(p, q, np.array([1, 0]), np.array([0.9, 0.1]), name="all accepted: the bonus distribution"),
    ]


def _dists(rng, n, V, sharp=2.0):
    x = rng.random((n, V)) ** sharp + 1e-3
    return x / x.sum(axis=1, keepdims=True)


def hidden(rng):
    cases = [
        case(np.array([[0.2, 0.8], [0.6, 0.4]]), np.array([[0.2, 0.8]]), np.array([1]), np.array([0.999]), name="identical models always accept"),
        case(np.array([[0.1, 0.9], [0.5, 0.5]]), np.array([[0.9, 0.1]]), np.array([0]), np.array([0.0]), name="u = 0 accepts"),
        case(np.array([[0.1, 0.9], [0.5, 0.5]]), np.array([[0.9, 0.1]]), np.array([0]), np.array([0.2]), name="rejected at the first token"),
    ]
    for i in range(5):
        k, V = int(rng.integers(2, 6)), int(rng.integers(3, 8))
        q = _dists(rng, k, V)
        p = _dists(rng, k + 1, V)
        drafts = np.array([int(rng.choice(V, p=q[j])) for j in range(k)])
        cases.append(case(p, q, drafts, rng.random(k) * (0.5 if i % 2 else 1.0), name=f"random k={k}, V={V}"))
    return cases
