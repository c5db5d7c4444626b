import numpy as np

from offerloop.judge.cases import case


def visible():
    q = np.array([0.9, 0.85, 0.5])
    D = np.array([[1.0, 0.95, 0.1], [0.95, 1.0, 0.2], [0.1, 0.2, 1.0]])
    return [case(q, D, 2, lam=0.5, name="a near-duplicate is skipped"), case(q, D, 3, lam=1.0, name="lam = 1 is relevance order")]


def _sims(rng, n, d):
    X = rng.normal(size=(n, d))
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    return X


def hidden(rng):
    cases = [
        case(np.array([0.3]), np.array([[1.0]]), 3, name="one candidate, k larger"),
        case(np.array([0.5, 0.5, 0.5]), np.eye(3), 3, name="ties everywhere"),
        case(np.array([0.9, 0.8, 0.7, 0.6]), np.array([[1, 0.9, 0.0, 0.0], [0.9, 1, 0.0, 0.0], [0.0, 0.0, 1, 0.9], [0.0, 0.0, 0.9, 1]]), 3, lam=0.3,
             name="two clusters"),
    ]
    for i in range(4):
        n = int(rng.integers(5, 15))
        X = _sims(rng, n, 4)
        qv = _sims(rng, 1, 4)[0]
        cases.append(case(X @ qv, X @ X.T, int(rng.integers(2, n)), lam=float(rng.choice([0.3, 0.5, 0.7])), name=f"random {n} candidates"))
    return cases
