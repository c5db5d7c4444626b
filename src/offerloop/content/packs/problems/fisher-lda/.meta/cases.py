import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0, 0.0], [2.0, 0.5], [-2.0, -0.5], [0.0, 0.3]]), np.array([[0.0, 1.0], [2.0, 1.5], [-2.0, 0.5], [0.0, 1.2]]),
             name="elongated clouds"),
        case(np.array([[0.0], [1.0]]), np.array([[3.0], [5.0]]), name="one feature"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[3.0, 0.0], [1.0, 0.0], [2.0, 1.0], [2.0, -1.0]]), np.array([[0.0, 0.0], [-2.0, 0.0], [-1.0, 1.0], [-1.0, -1.0]]),
             name="class 1 on the negative side"),
        case(np.array([[1e4, 0.0], [1e4 + 1, 1.0], [1e4 - 1, 0.5]]), np.array([[1e4 + 2, 2.0], [1e4 + 3, 2.5], [1e4 + 1, 3.0]]), name="a large offset"),
    ]
    for n0, n1, d in ((20, 30, 2), (50, 15, 4), (40, 40, 6)):
        M = rng.normal(size=(d, d))
        shift = rng.normal(size=d)
        cases.append(case(rng.normal(size=(n0, d)) @ M, rng.normal(size=(n1, d)) @ M + shift, name=f"shared covariance {n0}/{n1}, d={d}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X0 (n0, d) and X1 (n1, d) with an invertible (well-conditioned) S_W and different class means."""
    X0, X1 = args
    assert X0.ndim == 2 and X1.ndim == 2 and X0.shape[1] == X1.shape[1] and len(X0) >= 1 and len(X1) >= 1, "X0 and X1 must be (n, d) with one d"
    mu0, mu1 = X0.mean(axis=0), X1.mean(axis=0)
    C0, C1 = X0 - mu0, X1 - mu1
    S = C0.T @ C0 + C1.T @ C1
    assert np.linalg.matrix_rank(S) == S.shape[0] and np.linalg.cond(S) < 1e10, "the within-class scatter must be invertible"
    # A zero mean difference has no direction from class 0 toward class 1.
    w = np.linalg.solve(S, mu1 - mu0)
    assert np.linalg.norm(w) > 1e-9 * max(1.0, np.linalg.norm(np.linalg.solve(S, np.abs(mu1) + np.abs(mu0)))), "the class means must differ"
