import numpy as np

from offerloop.judge.cases import case, frame

NAN = np.nan


def _r(sensors, steps, values, index=None):
    return frame({"sensor": sensors, "step": steps, "value": values}, index=index)


def visible():
    return [case(_r(["s"] * 5 + ["t"], [1, 2, 3, 4, 5, 1], [20.0, NAN, NAN, NAN, 23.0, NAN]), 2, name="a gap longer than the limit")]


def _random(rng, sensors, n):
    rows = []
    for s in sensors:
        steps = np.sort(rng.choice(3 * n, size=n, replace=False))
        vals = (rng.integers(0, 5000, size=n) / 100).astype(float)
        vals[rng.random(n) < 0.45] = NAN
        rows += [(s, int(st), float(v)) for st, v in zip(steps, vals)]
    order = rng.permutation(len(rows))
    return _r([rows[i][0] for i in order], [rows[i][1] for i in order], [rows[i][2] for i in order],
              index=(rng.permutation(len(rows)) + 10).tolist())


def hidden(rng):
    return [
        case(_r(["a", "a"], [2, 1], [NAN, 5.0]), 1, name="unsorted steps"),
        case(_r(["a", "b"], [1, 2], [5.0, NAN]), 3, name="no fill across sensors"),
        case(_r(["a"] * 4, [10, 20, 30, 40], [1.0, NAN, 2.0, NAN], index=["w", "x", "y", "z"]), 1, name="two short gaps"),
        case(_r(["a"] * 3, [1, 2, 3], [NAN, NAN, NAN]), 5, name="never a value"),
        case(_random(rng, ["s1", "s2", "s3"], 8), int(rng.integers(1, 3)), name="random"),
        case(_random(rng, ["s1"], 15), int(rng.integers(1, 4)), name="random, one sensor"),
    ]


def check_case(args, kwargs):
    readings, limit = args
    assert type(limit) is int and limit >= 1, "limit is an int of at least 1"
    assert not readings.duplicated(["sensor", "step"]).any(), "a sensor never repeats a step"
    assert readings.index.is_unique, "index labels are unique"


# Values are copied, never computed: no float decision.
SWEEP_SEEDS = 10
