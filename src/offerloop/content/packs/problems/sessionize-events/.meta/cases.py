import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame


def _events(users, minutes, index=None):
    base = np.datetime64("2024-06-01T10:00", "m")
    return frame({"user": users, "ts": pd.to_datetime([str(base + np.timedelta64(int(m), "m")) for m in minutes])},
                 index=index)


def visible():
    return [case(_events(["u", "u", "v", "u", "u"], [0, 20, 5, 60, 51]), 30, name="two sessions for u")]


def _random(rng, users, n, gap):
    rows = []
    for u in users:
        k = int(rng.integers(1, n))
        # Steps of whole minutes around the gap, some exactly equal to it.
        steps = rng.choice([1, gap - 1, gap, gap + 1, 3 * gap], size=k)
        times = np.cumsum(steps) + int(rng.integers(0, 50))
        rows += [(u, int(t)) for t in times]
    order = rng.permutation(len(rows))
    return _events([rows[i][0] for i in order], [rows[i][1] for i in order],
                   index=(rng.permutation(len(rows)) * 7 + 1).tolist())


def hidden(rng):
    return [
        case(_events(["a"], [0]), 5, name="one event"),
        case(_events(["a", "a"], [0, 5]), 5, name="exactly the gap: same session"),
        case(_events(["a", "a"], [6, 0]), 5, name="one minute more: a new session"),
        case(_events(["a", "b", "a"], [0, 3, 6], index=["x", "y", "z"]), 5,
             name="another user's event between does not bridge the gap"),
        case(_random(rng, ["u1", "u2", "u3"], 8, 30), 30, name="random"),
        case(_random(rng, ["solo"], 15, 10), 10, name="random, one user"),
    ]


def check_case(args, kwargs):
    events, gap = args
    assert type(gap) is int and gap >= 1, "gap_minutes is an int of at least 1"
    assert not events.duplicated(["user", "ts"]).any(), "a user never has two events at the same instant"
    assert events.index.is_unique, "index labels are unique"


# Whole minutes: the gap boundary is exact, so every way to compare it agrees.
SWEEP_SEEDS = 10
