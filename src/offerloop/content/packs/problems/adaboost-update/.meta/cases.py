import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([1, 1, -1, -1]), np.array([1, -1, -1, -1]), np.full(4, 0.25), name="one mistake of four"),
        case(np.array([1, -1, 1]), np.array([1, -1, -1]), np.array([0.2, 0.2, 0.6]), name="the heavy sample is wrong"),
    ]


def hidden(rng):
    cases = [
        case(np.array([1, -1]), np.array([1, -1]), np.array([0.5, 0.5]), name="a perfect learner (clipped error)"),
        case(np.array([1, -1]), np.array([-1, 1]), np.array([0.3, 0.7]), name="always wrong"),
        case(np.array([1, 1, -1, -1]), np.array([1, -1, 1, -1]), np.full(4, 0.25), name="exactly at chance"),
        case(np.array([-1]), np.array([-1]), np.array([1.0]), name="a single sample"),
    ]
    for n in (10, 100, 500):
        y = rng.choice([-1, 1], size=n)
        pred = np.where(rng.random(n) < 0.7, y, -y)
        w = rng.random(n) + 0.1
        cases.append(case(y, pred, w / w.sum(), name=f"random n={n}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: y and pred in {-1, +1} of one shape (n,), w positive summing to 1; err clear of the clip."""
    y, pred, w = (np.asarray(a) for a in args)
    assert y.ndim == 1 and len(y) >= 1 and pred.shape == y.shape and w.shape == y.shape, "y, pred and w must be (n,) arrays"
    assert np.all(np.isin(y, (-1, 1))) and np.all(np.isin(pred, (-1, 1))), "labels must be -1 or +1"
    assert np.all(w > 0) and abs(float(w.sum()) - 1) < 1e-9, "weights must be positive and sum to 1"
    err = float(w[y != pred].sum())
    # The clip at 1e-10 is a boundary: err is either 0 (or all of the weight) or clearly inside.
    assert err == 0 or err > 1e-8, f"err = {err!r} sits near the lower clip 1e-10"
    assert abs(err - 1) < 1e-12 or err < 1 - 1e-8, f"err = {err!r} sits near the upper clip 1 - 1e-10"
