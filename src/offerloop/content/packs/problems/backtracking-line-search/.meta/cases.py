import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[10.0]]), np.array([0.0]), np.array([1.0]), name="a steep 1-D bowl"),
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 1.0]), np.array([0.0, 0.0]), name="the full step is accepted"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0]]), np.array([4.0]), np.array([2.0]), name="already at the minimum"),
        case(np.array([[100.0, 0.0], [0.0, 1.0]]), np.array([0.0, 0.0]), np.array([1.0, 1.0]), t0=1.0, alpha=0.1, beta=0.8, name="ill-conditioned, gentle shrinking"),
        case(np.array([[1000.0]]), np.array([0.0]), np.array([0.5]), t0=2.0, alpha=0.4, beta=0.3, name="a large curvature"),
        case(np.array([[1.5]]), np.array([0.0]), np.array([1.0]), alpha=0.3, beta=0.5, name="alpha decides between two steps"),
    ]
    for d in (3, 6):
        M = rng.normal(size=(d, d))
        A = M @ M.T + np.eye(d)
        cases.append(case(A, rng.normal(size=d), rng.normal(size=d) * 3, t0=1.0, alpha=0.25, beta=0.6, name=f"random {d}-D"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: A symmetric positive definite, 0 < alpha < 0.5, 0 < beta < 1, t0 > 0; every Armijo test clear of equality."""
    A, b, x = (np.asarray(a, dtype=float) for a in args[:3])
    hp = dict(zip(("t0", "alpha", "beta"), args[3:]), **kwargs)
    t0, alpha, beta = hp.get("t0", 1.0), hp.get("alpha", 0.3), hp.get("beta", 0.5)
    d = len(x)
    assert A.shape == (d, d) and b.shape == (d,) and x.shape == (d,), "A must be (d, d), b and x (d,)"
    assert np.allclose(A, A.T) and np.linalg.eigvalsh(A).min() > 0, "A must be symmetric positive definite"
    assert t0 > 0 and 0 < alpha < 0.5 and 0 < beta < 1, f"t0 {t0}, alpha {alpha}, beta {beta} out of range"
    g = A @ x - b
    if not np.any(g):
        return  # exactly at the minimum: t0
    assert np.linalg.norm(g) > 1e-9, "the gradient is tiny but not zero: return t0 or not depends on rounding"

    def f(z):
        return 0.5 * z @ A @ z - b @ z

    fx, gd, t = f(x), float(g @ -g), t0
    for _ in range(2000):
        ft, rhs = f(x - t * g), fx + alpha * t * gd
        scale = max(abs(ft), abs(fx), abs(alpha * t * gd))
        # Each test is a decision boundary: a gap within rounding would flip with the order of operations.
        assert abs(ft - rhs) > 1e-9 * scale, f"at t = {t!r} the Armijo test is within rounding of equality"
        if ft <= rhs:
            return
        t *= beta
    raise AssertionError("backtracking does not stop within 2000 shrinks")
