import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.9, 0.1], [0.5, 0.5]]), name="two states"),
        case(np.array([[0.5, 0.25, 0.25], [0.25, 0.5, 0.25], [0.25, 0.25, 0.5]]), name="a symmetric chain"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0]]), name="a single state"),
        case(np.array([[0.999, 0.001], [0.002, 0.998]]), name="a slowly mixing chain"),
        case(np.array([[0.0, 1.0, 0.0], [0.5, 0.0, 0.5], [0.4, 0.0, 0.6]]), name="zeros on the diagonal"),
        case(np.array([[0.9999, 0.0001, 0.0], [0.0, 0.9999, 0.0001], [0.0001, 0.0, 0.9999]]), name="a sticky cycle"),
    ]
    for n in (4, 10):
        M = rng.random((n, n)) + 0.05
        cases.append(case(M / M.sum(axis=1, keepdims=True), name=f"random {n} states"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: P is (n, n) row-stochastic, irreducible and aperiodic (a unique stationary pi)."""
    (P,) = args
    assert isinstance(P, np.ndarray) and P.ndim == 2 and P.shape[0] == P.shape[1] >= 1, "P must be (n, n)"
    n = P.shape[0]
    assert np.all(np.isfinite(P)) and np.all(P >= 0), "P must hold non-negative finite probabilities"
    assert np.all(np.abs(P.sum(axis=1) - 1.0) < 1e-12), "every row of P must sum to 1"
    # Irreducible and aperiodic = primitive: some power of P is positive; Wielandt: (n-1)^2 + 1 steps suffice.
    reach = (P > 0).astype(np.int64)
    power = np.eye(n, dtype=np.int64)
    for _ in range((n - 1) ** 2 + 1):
        power = ((power @ reach) > 0).astype(np.int64)
    assert np.all(power > 0), "the chain is not irreducible and aperiodic: pi would not be unique"
