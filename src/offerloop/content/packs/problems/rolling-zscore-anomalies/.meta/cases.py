import numpy as np

from offerloop.judge.cases import case, frame


def _r(sensors, steps, values, index=None):
    return frame({"sensor": sensors, "step": steps, "value": values}, index=index)


def visible():
    return [case(_r(["a"] * 5, [1, 2, 3, 4, 5], [10.0, 12.0, 11.0, 30.0, 11.5]), 3, 3.0, name="one spike")]


def _random(rng, sensors, n):
    rows = []
    for s in sensors:
        steps = np.sort(rng.choice(4 * n, size=n, replace=False))
        values = rng.normal(50, 5, size=n)
        spikes = rng.random(n) < 0.15
        values[spikes] += rng.choice([-1, 1], size=spikes.sum()) * rng.uniform(15, 40, size=spikes.sum())
        rows += [(s, int(st), float(v)) for st, v in zip(steps, values.round(3))]
    order = rng.permutation(len(rows))
    return _r([rows[i][0] for i in order], [rows[i][1] for i in order], [rows[i][2] for i in order],
              index=(rng.permutation(len(rows)) + 100).tolist())


def hidden(rng):
    return [
        case(_r(["a", "a"], [1, 2], [1.0, 2.0]), 2, 1.0, name="fewer readings than the window"),
        case(_r(["a", "a", "a"], [3, 1, 2], [-50.0, 10.0, 12.0]), 2, 2.0, name="a negative spike, unsorted steps"),
        case(_r(["a", "b", "a", "a"], [1, 1, 2, 3], [0.0, 100.0, 2.0, 1.5]), 2, 0.5,
             name="another sensor's reading stays out of the window"),
        case(_r(["a"] * 4, [1, 2, 3, 4], [1.0, 3.0, 2.0, 2.5], index=["w", "x", "y", "z"]), 3, 0.4, name="a small z"),
        case(_random(rng, ["s1", "s2"], 15), 4, 3.0, name="random"),
        case(_random(rng, ["s1"], 25), int(rng.integers(3, 7)), float(rng.choice([2.0, 2.5, 3.5])), name="random, one sensor"),
    ]


def check_case(args, kwargs):
    readings, window, threshold = args
    assert type(window) is int and window >= 2 and threshold > 0, "window >= 2 and a positive threshold"
    assert not readings.duplicated(["sensor", "step"]).any(), "a sensor never repeats a step"
    s = readings.sort_values(["sensor", "step"])
    for _, g in s.groupby("sensor"):
        v = g["value"].to_numpy()
        for i in range(window, len(v)):
            w = v[i - window:i]
            std = np.std(w, ddof=1)
            assert std > 1e-9, "no window has zero spread"
            z = (v[i] - w.mean()) / std
            assert abs(abs(z) - threshold) > 1e-6, f"|z| = {abs(z)} sits within 1e-6 of the threshold"


# A float decision boundary (|z| > threshold): the contract keeps a margin of 1e-6 from it, and the
# alternatives meet the default 200 seeds like every problem with such a boundary.
