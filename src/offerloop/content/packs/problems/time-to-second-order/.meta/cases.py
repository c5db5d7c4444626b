import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame

T0 = np.datetime64("2024-01-01T00:00", "m")


def _o(customers, minutes):
    return frame({"customer": customers, "ts": pd.to_datetime([str(T0 + np.timedelta64(int(m), "m")) for m in minutes])})


def visible():
    return [case(_o(["b", "a", "a", "a", "b", "c"], [1440 + 600, 4 * 1440 + 480, 480, 2 * 1440 + 1200, 600, 3 * 1440]),
                 name="three customers")]


def _random(rng, customers, n):
    rows = []
    for c in customers:
        mins = rng.choice(10 * 1440, size=int(rng.integers(1, n)), replace=False)
        rows += [(c, int(m)) for m in mins]
    order = rng.permutation(len(rows))
    return _o([rows[i][0] for i in order], [rows[i][1] for i in order])


def hidden(rng):
    return [
        case(_o(["x"], [0]), name="one order"),
        case(_o(["x", "x"], [90, 0]), name="ninety minutes: 1.5 hours"),
        case(_o(["x", "x", "x"], [3600, 10, 2000]), name="input order is not time order"),
        case(_random(rng, ["c1", "c2", "c3", "c4"], 5), name="random"),
        case(_random(rng, ["solo"], 8), name="random, one customer"),
    ]


def check_case(args, kwargs):
    (orders,) = args
    assert len(orders) >= 1 and not orders.duplicated(["customer", "ts"]).any(), "no two orders of a customer at one instant"


# Whole minutes: hours are exact multiples of 1/60, compared with a tolerance anyway.
SWEEP_SEEDS = 10
