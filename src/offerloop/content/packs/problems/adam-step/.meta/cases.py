import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([1.0]), np.array([0.5]), np.zeros(1), np.zeros(1), 1, lr=0.1, name="the first step"),
        case(np.array([1.0, -2.0]), np.array([0.2, -0.4]), np.array([0.01, -0.02]), np.array([1e-4, 2e-4]), 3, name="step 3, default hyperparameters"),
    ]


def hidden(rng):
    cases = [
        case(np.array([0.5]), np.array([0.0]), np.zeros(1), np.zeros(1), 1, name="a zero gradient at the start"),
        case(np.array([2.0, 3.0]), np.array([1e-6, -1e-6]), np.zeros(2), np.zeros(2), 1, lr=0.01, name="tiny gradients"),
        case(np.array([0.0]), np.array([1e4]), np.array([500.0]), np.array([2e5]), 10, lr=0.01, name="large gradients"),
        case(np.array([1.0, 1.0]), np.array([0.3, 0.3]), np.array([0.1, 0.1]), np.array([0.01, 0.01]), 1000, name="a late step (correction near 1)"),
        case(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[0.1, -0.2], [0.3, 0.0]]), np.zeros((2, 2)), np.zeros((2, 2)), 2,
             lr=0.05, beta1=0.8, beta2=0.99, eps=1e-6, name="a matrix and custom hyperparameters"),
    ]
    for shape, t in (((5,), 4), ((3, 4), 25), ((20,), 2)):
        cases.append(case(rng.normal(size=shape), rng.normal(size=shape), rng.normal(size=shape) * 0.1,
                          rng.random(size=shape) * 0.1, t, lr=0.01, name=f"random {shape}, t={t}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: w, grad, m, v are float arrays of one shape with v >= 0, t an int >= 1, valid hyperparameters."""
    w, grad, m, v, t = args[:5]
    hp = dict(zip(("lr", "beta1", "beta2", "eps"), args[5:]), **kwargs)
    arrays = (w, grad, m, v)
    assert all(isinstance(a, np.ndarray) and a.dtype.kind == "f" and a.shape == w.shape for a in arrays), "w, grad, m, v must be float arrays of one shape"
    assert np.all(v >= 0), "the second moment v is never negative"
    assert type(t) is int and t >= 1, f"t = {t!r}: steps count from 1"
    assert hp.get("lr", 0.001) > 0 and hp.get("eps", 1e-8) > 0, "lr and eps must be positive"
    assert 0 <= hp.get("beta1", 0.9) < 1 and 0 <= hp.get("beta2", 0.999) < 1, "betas must be in [0, 1)"
