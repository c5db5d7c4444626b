import numpy as np

from offerloop.judge.cases import case, frame


def _frame(keys, values, days):
    return frame({"key": keys, "value": values,
                  "when": np.datetime64("2024-01-01", "ns") + np.asarray(days, dtype="timedelta64[D]")},
                 dtypes={"key": "category"})


def visible():
    return [case(_frame(["a", "b", "a"], [1.5, 2.0, np.nan], [0, 3, 5]), name="two keys")]


def hidden(rng):
    n = 12
    keys = rng.choice(["x", "y", "z"], size=n).tolist()
    return [case(_frame(keys, rng.normal(size=n).round(3), rng.integers(0, 30, size=n)), name="random")]
