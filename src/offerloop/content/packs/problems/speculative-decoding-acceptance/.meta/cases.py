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


MARGIN = 1e-9  # every accept/reject decision is this far from u == p / q


def check_case(args, kwargs):
    """The prompt's promise: q (k, V), p (k+1, V) distributions, drafts in 0..V-1 with q > 0, u in [0, 1), decisions clear of u == p/q."""
    p, q, drafts, u = args
    assert q.ndim == 2 and q.shape[0] >= 1, f"q has shape {q.shape}, not (k, V)"
    k, V = q.shape
    assert p.shape == (k + 1, V), f"p has shape {p.shape}, expected {(k + 1, V)}"
    assert drafts.shape == (k,) and u.shape == (k,), f"draft_tokens {drafts.shape} and u {u.shape} must be ({k},)"
    for name, d in (("p", p), ("q", q)):
        assert np.all(d >= 0) and np.allclose(d.sum(axis=1), 1.0, rtol=0, atol=1e-12), f"a row of {name} is not a distribution"
    assert drafts.dtype.kind in "iu" and drafts.min() >= 0 and drafts.max() < V, "a draft token is outside 0..V-1"
    assert np.all((u >= 0) & (u < 1)), "u must lie in [0, 1)"
    for i, x in enumerate(drafts.tolist()):
        assert q[i, x] > 0, f"position {i}: the draft model could not have sampled token {x}"
        ratio = p[i, x] / q[i, x]
        if ratio < 1:
            assert abs(u[i] - ratio) > MARGIN, f"position {i}: u = {float(u[i])!r} is within {MARGIN:g} of p/q = {float(ratio)!r}"
        if not u[i] < min(1.0, ratio):
            return  # rejected: later positions are never looked at
