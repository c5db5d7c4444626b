import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame

NAN = np.nan
T0 = np.datetime64("2024-01-01T00:00", "m")


def _r(sensors, minutes, values, index=None):
    return frame({"sensor": sensors, "ts": pd.to_datetime([str(T0 + np.timedelta64(int(m), "m")) for m in minutes]),
                  "value": values}, index=index)


def visible():
    return [case(_r(["a", "a", "a", "a", "b"], [0, 10, 40, 60, 20], [10.0, NAN, 20.0, NAN, NAN]),
                 name="uneven spacing and edges")]


def _random(rng, sensors, n):
    rows = []
    for s in sensors:
        mins = np.sort(rng.choice(600, size=n, replace=False))
        vals = (rng.integers(0, 10_000, size=n) / 100).astype(float)
        vals[rng.random(n) < 0.4] = NAN
        rows += [(s, int(m), float(v)) for m, v in zip(mins, vals)]
    order = rng.permutation(len(rows))
    return _r([rows[i][0] for i in order], [rows[i][1] for i in order], [rows[i][2] for i in order],
              index=(rng.permutation(len(rows)) * 2 + 1).tolist())


def hidden(rng):
    return [
        case(_r(["a"], [0], [NAN]), name="one missing reading"),
        case(_r(["a", "a", "a"], [0, 1, 100], [0.0, NAN, 99.0]), name="very uneven: 1 minute of 100"),
        case(_r(["a", "a", "a", "a"], [30, 0, 10, 20], [NAN, NAN, 5.0, NAN], index=["p", "q", "r", "s"]),
             name="one value: nothing to interpolate between"),
        case(_r(["a", "b", "a"], [0, 5, 10], [1.0, NAN, 3.0]), name="another sensor's gap in between"),
        case(_r(["a", "a", "a", "a"], [0, 10, 20, 30], [4.0, NAN, NAN, 10.0]), name="two missing in a row"),
        case(_random(rng, ["s1", "s2"], 10), name="random"),
        case(_random(rng, ["s1"], 18), name="random, one sensor"),
    ]


def check_case(args, kwargs):
    (readings,) = args
    assert not readings.duplicated(["sensor", "ts"]).any(), "a sensor never has two readings at the same instant"
    assert readings.index.is_unique, "index labels are unique"


# Interpolated values compared with a tolerance; no threshold.
SWEEP_SEEDS = 10
