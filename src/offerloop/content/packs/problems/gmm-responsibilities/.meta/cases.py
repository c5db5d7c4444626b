import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[0.0], [2.0]]), np.array([0.5, 0.5]), np.array([[0.0], [2.0]]), np.array([[[1.0]], [[1.0]]]), name="two 1-D components"),
        case(np.array([[1.0, 1.0], [-1.0, 0.0]]), np.array([0.7, 0.3]), np.array([[0.0, 0.0], [1.0, 1.0]]),
             np.array([[[1.0, 0.5], [0.5, 2.0]], [[0.5, 0.0], [0.0, 0.5]]]), name="correlated 2-D components"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[100.0], [-100.0]]), np.array([0.5, 0.5]), np.array([[0.0], [1.0]]), np.array([[[1.0]], [[1.0]]]), name="far from every component"),
        case(np.array([[0.0, 0.0]]), np.array([1.0]), np.array([[3.0, 3.0]]), np.array([np.eye(2)]), name="a single component"),
        case(np.array([[0.5]]), np.array([0.2, 0.8]), np.array([[0.0], [1.0]]), np.array([[[1.0]], [[1.0]]]), name="equidistant: the weights decide"),
        case(np.array([[0.0], [3.0]]), np.array([0.5, 0.5]), np.array([[0.0], [0.0]]), np.array([[[1.0]], [[9.0]]]), name="same mean, different spread"),
    ]
    for n, d, k in ((10, 2, 3), (40, 3, 4)):
        means = rng.normal(size=(k, d)) * 3
        covs = []
        for _ in range(k):
            M = rng.normal(size=(d, d))
            covs.append(M @ M.T + 0.5 * np.eye(d))
        w = rng.random(k) + 0.2
        cases.append(case(rng.normal(size=(n, d)) * 4, w / w.sum(), means, np.array(covs), name=f"random n={n}, d={d}, K={k}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d), weights (K,) positive summing to 1, means (K, d), covs (K, d, d) symmetric positive definite."""
    X, w, means, covs = args
    assert X.ndim == 2 and X.shape[0] >= 1, "X must be (n, d)"
    n, d = X.shape
    K = len(w)
    assert w.shape == (K,) and means.shape == (K, d) and covs.shape == (K, d, d), "weights (K,), means (K, d), covs (K, d, d)"
    assert np.all(w > 0) and abs(float(w.sum()) - 1) < 1e-9, "weights are positive and sum to 1"
    for k in range(K):
        assert np.allclose(covs[k], covs[k].T) and np.linalg.eigvalsh(covs[k]).min() > 0, f"covariance {k} is not symmetric positive definite"
