import numpy as np

from offerloop.judge.cases import case


def visible():
    x = np.array([[1.0], [3.0]])
    return [
        case(x, np.ones(1), np.zeros(1), np.zeros(1), np.ones(1), name="training step"),
        case(x, np.ones(1), np.zeros(1), np.array([2.0]), np.array([4.0]), training=False, name="inference"),
    ]


def hidden(rng):
    d = 4
    g, b = rng.normal(size=d), rng.normal(size=d)
    rm, rv = rng.normal(size=d), rng.uniform(0.5, 2.0, size=d)
    cases = [
        case(np.array([[2.0, 5.0], [2.0, 7.0]]), np.ones(2), np.zeros(2), np.zeros(2), np.ones(2), name="a constant column"),
        case(rng.normal(size=(1, d)), g, b, rm, rv, training=False, name="inference on a single sample"),
        case(rng.normal(size=(2, d)), g, b, rm, rv, name="the smallest training batch"),
        case(rng.normal(size=(8, d)) * 3 + 1, g, b, rm, rv, momentum=0.3, name="momentum 0.3"),
        case(rng.normal(size=(16, d)), g, b, rm, rv, name="random batch of 16"),
        case(rng.normal(size=(6, d)) + 1e6, g, b, np.full(d, 1e6), rv, training=False, name="inference, large values"),
        case(rng.normal(size=(5, d)), g, b, rm, rv, momentum=1.0, name="momentum 1 (forget the past)"),
    ]
    return cases


def check_case(args, kwargs):
    """The prompt's promise: x is (n, d), the four vectors are (d,), running_var > 0, eps > 0, n >= 2 when training."""
    x, gamma, beta, rm, rv = args[:5]
    hp = dict(zip(("momentum", "eps", "training"), args[5:]), **kwargs)
    assert isinstance(x, np.ndarray) and x.ndim == 2 and x.shape[0] >= 1, "x must be an (n, d) array"
    d = x.shape[1]
    assert all(np.shape(v) == (d,) for v in (gamma, beta, rm, rv)), "gamma, beta and the running stats must be (d,)"
    assert np.all(np.asarray(rv) > 0), "running_var must be positive"
    assert 0 <= hp.get("momentum", 0.1) <= 1 and hp.get("eps", 1e-5) > 0, "momentum in [0, 1] and eps > 0"
    if hp.get("training", True):
        assert x.shape[0] >= 2, "training needs n >= 2 (the unbiased variance divides by n - 1)"
