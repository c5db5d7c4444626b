import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([1, 1, 1, 0, 0, 0], [1, 1, 0, 0, 0, 1], name="six samples"),
        case([1, 0, 1, 0], [1, 0, 1, 0], name="perfect"),
    ]


def hidden(rng):
    cases = [
        case([1], [1], name="a single sample"),
        case([0, 1, 0, 1], [0, 0, 0, 0], name="only negatives predicted"),
        case([0, 1, 1, 0], [1, 0, 0, 1], name="perfectly inverted"),
        case([1, 1, 1, 1], [1, 0, 1, 0], name="no true negatives"),
    ]
    n = 240_000
    y = (rng.random(n) < 0.5).astype(np.int8)
    cases.append(case(y, np.where(rng.random(n) < 0.8, y, 1 - y).astype(np.int8), name="240,000 samples"))
    for n in (50, 1000):
        y = (rng.random(n) < 0.3).astype(int)
        cases.append(case(y, np.where(rng.random(n) < 0.7, y, 1 - y), name=f"random n={n}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: two equal-length sequences (n >= 1) of binary 0/1 labels."""
    yt, yp = args
    assert len(yt) == len(yp) >= 1, f"{len(yt)} true labels for {len(yp)} predictions"
    for name, v in (("y_true", yt), ("y_pred", yp)):
        a = np.asarray(v)
        assert a.ndim == 1 and a.dtype.kind in "iu", f"{name} must be 1-D integer labels"
        assert np.all((a == 0) | (a == 1)), f"{name} must hold only 0 and 1"
