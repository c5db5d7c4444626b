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
