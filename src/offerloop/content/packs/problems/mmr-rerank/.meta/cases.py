import numpy as np

from offerloop.judge.cases import case

MARGIN = 1e-9  # the best MMR score beats every other by this much, unless the candidates tie with identical inputs


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


def check_case(args, kwargs):
    """The prompt's promise: shapes, k >= 1, 0 <= lam <= 1; every pick clear of rounding (ties only between identical inputs)."""
    q, D, k = args
    lam = kwargs.get("lam", 0.5)
    assert isinstance(q, np.ndarray) and q.ndim == 1 and len(q) >= 1, "query_sims must be (n,)"
    n = len(q)
    assert isinstance(D, np.ndarray) and D.shape == (n, n), f"doc_sims is {D.shape}, expected {(n, n)}"
    assert np.all(np.isfinite(q)) and np.all(np.isfinite(D)), "similarities must be finite"
    assert type(k) is int and k >= 1, f"k = {k!r} must be a positive int"
    assert isinstance(lam, float) and 0 <= lam <= 1, f"lam = {lam!r} is outside [0, 1]"
    # The first pick compares query_sims exactly; later picks compute a score, so near ties must be exact twins.
    chosen = [int(np.argmax(q))]
    for _ in range(min(k, n) - 1):
        rest = [d for d in range(n) if d not in chosen]
        m = {d: max(D[d, s] for s in chosen) for d in rest}
        score = {d: lam * q[d] - (1 - lam) * m[d] for d in rest}
        best = max(rest, key=lambda d: (score[d], -d))
        for d in rest:
            if d != best and score[best] - score[d] <= MARGIN:
                assert (q[d], m[d]) == (q[best], m[best]) or lam == 1.0 and q[d] == q[best], (
                    f"candidates {best} and {d} score within {MARGIN:g} with different inputs")
        chosen.append(best)
