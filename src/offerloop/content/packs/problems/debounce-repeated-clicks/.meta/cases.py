import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame

T0 = np.datetime64("2024-06-01T12:00:00.000", "ms")


def _c(users, ms, buttons, index=None):
    return frame({"user": users, "ts": pd.to_datetime([str(T0 + np.timedelta64(int(m), "ms")) for m in ms]),
                  "button": buttons}, index=index)


def visible():
    return [case(_c(["u"] * 5 + ["v"], [0, 1500, 2500, 3000, 5500, 1000], ["buy"] * 6, index=[10, 11, 12, 13, 14, 15]), 2,
                 name="a burst measured from the last kept click")]


def _random(rng, users, n, window_s):
    rows = []
    for u in users:
        gaps = rng.choice([250, 500, 1000, window_s * 1000, window_s * 1000 + 1, 3 * window_s * 1000], size=n)
        times = np.cumsum(gaps)
        rows += [(u, int(t)) for t in times]
    order = rng.permutation(len(rows))
    buttons = rng.choice(["buy", "like", "next"], size=len(rows)).tolist()
    return _c([rows[i][0] for i in order], [rows[i][1] for i in order], buttons,
              index=[f"c{k}" for k in rng.permutation(len(rows))])


def hidden(rng):
    return [
        case(_c(["u"], [0], ["a"]), 1, name="one click"),
        case(_c(["u", "u"], [0, 2000], ["a", "a"]), 2, name="exactly the window apart: dropped"),
        case(_c(["u", "u"], [2001, 0], ["a", "b"]), 2, name="a millisecond more: kept, any button"),
        case(_c(["u"] * 6, [0, 900, 1800, 2700, 3600, 4500], ["a"] * 6), 1, name="a long burst, each 0.9 s apart"),
        case(_c(["u", "v", "u"], [0, 500, 1000], ["a", "a", "a"]), 2, name="another user's click does not reset"),
        case(_random(rng, ["u1", "u2"], 10, 2), 2, name="random"),
        case(_random(rng, ["u1"], 15, 1), 1, name="random, one user"),
    ]


def check_case(args, kwargs):
    clicks, window_s = args
    assert type(window_s) is int and window_s >= 1, "window_s is an int of at least 1"
    assert not clicks.duplicated(["user", "ts"]).any(), "a user never has two clicks at the same instant"
    assert clicks.index.is_unique, "index labels are unique"


# Whole milliseconds: the window edge is exact.
SWEEP_SEEDS = 10
