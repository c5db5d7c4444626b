import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.1], name="four distinct scores"),
        case([0, 1, 1], [0.5, 0.5, 0.2], name="a tied pair at the top"),
    ]


def hidden(rng):
    cases = [
        case([1], [0.3], name="a single positive"),
        case([1, 0, 0], [0.1, 0.5, 0.9], name="the positive ranked last"),
        case([1, 1, 0, 0], [0.4, 0.4, 0.4, 0.4], name="every score tied"),
        case([0, 1, 0, 1, 1], [0.9, 0.8, 0.8, 0.3, 0.3], name="two tied groups"),
        case([0, 0, 1, 0, 1, 0], [6.0, 5.0, 4.0, 3.0, 2.0, 1.0], name="precision rises again (no interpolation)"),
    ]
    for n in (30, 300):
        y = (rng.random(n) < 0.2).astype(int)
        y[0] = 1
        cases.append(case(y.tolist(), np.round(rng.normal(size=n) + y, 1).tolist(), name=f"rounded scores n={n}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: y_true is 0/1 with at least one positive, scores are real numbers of the same length."""
    y, s = np.asarray(args[0]), np.asarray(args[1], dtype=float)
    assert y.ndim == 1 and s.shape == y.shape and len(y) >= 1, "y_true and scores must be 1-D of one length"
    assert np.all(np.isin(y, (0, 1))), "labels must be 0 or 1"
    assert y.sum() >= 1, "at least one positive"
    assert np.all(np.isfinite(s)), "scores must be finite"
