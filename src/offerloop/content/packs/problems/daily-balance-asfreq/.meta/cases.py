import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame

T0 = np.datetime64("2024-01-01T00:00", "m")


def _txns(accounts, minutes, amounts):
    return frame({"account": accounts, "ts": pd.to_datetime([str(T0 + np.timedelta64(int(m), "m")) for m in minutes]),
                  "amount": amounts})


def _day(k):
    return str(np.datetime64("2024-01-01") + int(k))


def visible():
    return [case(_txns(["a", "a", "b", "a"], [540, 2 * 1440 + 1080, 1440 + 720, 1020], [100.0, -30.0, 5.0, 20.0]), _day(2),
                 name="a quiet day in the middle")]


def _random(rng, accounts, n, span_days, extra):
    rows = []
    for a in accounts:
        mins = rng.choice(span_days * 1440, size=int(rng.integers(1, n)), replace=False)
        rows += [(a, int(m)) for m in mins]
    order = rng.permutation(len(rows))
    amounts = (rng.integers(-20_000, 30_000, size=len(rows)) / 100).tolist()
    latest_day = max(m for _, m in rows) // 1440
    return _txns([rows[i][0] for i in order], [rows[i][1] for i in order], amounts), _day(latest_day + extra)


def hidden(rng):
    return [
        case(_txns(["x"], [10], [5.0]), _day(0), name="one transaction, end the same day"),
        case(_txns(["x", "x"], [1439, 1440], [1.0, 2.0]), _day(1), name="a minute before and at midnight"),
        case(_txns(["x"], [60], [-7.5]), _day(4), name="a withdrawal, then four quiet days"),
        case(_txns(["b", "a"], [3 * 1440, 0], [1.0, 1.0]), _day(3), name="accounts starting on different days"),
        case(*_random(rng, ["acc1", "acc2"], 6, 8, int(rng.integers(0, 3))), name="random"),
        case(*_random(rng, ["acc1"], 10, 5, 0), name="random, one account"),
    ]


def check_case(args, kwargs):
    txns, end = args
    assert len(txns) >= 1 and not txns.duplicated(["account", "ts"]).any(), "no two transactions of an account at one instant"
    assert len(end) == 10 and pd.Timestamp(end) >= txns["ts"].max().normalize(), "end is a YYYY-MM-DD day on or after the last day"


# Cumulative sums of cents compared with a tolerance; days are exact.
SWEEP_SEEDS = 10
