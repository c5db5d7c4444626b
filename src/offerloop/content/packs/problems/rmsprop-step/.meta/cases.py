import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([1.0]), np.array([2.0]), np.array([0.0]), lr=0.1, name="the first step"),
        case(np.array([1.0, -1.0]), np.array([0.5, -0.1]), np.array([0.2, 0.01]), name="default hyperparameters"),
    ]


def hidden(rng):
    cases = [
        case(np.array([0.3]), np.array([0.0]), np.array([0.0]), name="a zero gradient from zero state"),
        case(np.array([1.0, 2.0]), np.array([1e-7, -1e-7]), np.array([0.0, 0.0]), lr=0.01, name="tiny gradients"),
        case(np.array([0.0]), np.array([1e5]), np.array([1e9]), lr=0.01, rho=0.99, name="large gradients, rho = 0.99"),
        case(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[0.1, 0.2], [0.3, 0.4]]), np.full((2, 2), 0.05), lr=0.05, rho=0.5, eps=1e-6,
             name="a matrix and custom hyperparameters"),
    ]
    for shape in ((5,), (3, 4)):
        cases.append(case(rng.normal(size=shape), rng.normal(size=shape), rng.random(size=shape), lr=0.01, name=f"random {shape}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: w, grad, s share one shape, s >= 0, 0 <= rho < 1, and the step's denominator is non-zero."""
    w, grad, s = args
    lr, rho, eps = kwargs.get("lr", 0.001), kwargs.get("rho", 0.9), kwargs.get("eps", 1e-8)
    assert w.shape == grad.shape == s.shape, f"shapes differ: {w.shape}, {grad.shape}, {s.shape}"
    assert np.all(s >= 0), "s is a running average of squares: it cannot be negative"
    assert lr > 0 and 0 <= rho < 1 and eps >= 0, f"lr={lr}, rho={rho}, eps={eps} out of range"
    s_new = rho * s + (1 - rho) * grad ** 2
    assert np.all(np.sqrt(s_new) + eps > 0), "sqrt(s_new) + eps is zero: the step divides by zero"
