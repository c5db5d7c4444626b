import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame


def _events(users, dates):
    return frame({"user": users, "ts": pd.to_datetime(dates)})


def visible():
    return [case(_events(["a", "b", "a", "c", "a", "b", "c"],
                         ["2024-01-03", "2024-01-20", "2024-02-11", "2024-02-05", "2024-03-01", "2024-03-09", "2024-03-15"]),
                 name="two cohorts over three months")]


def _random(rng, n_users, months):
    users, dates = [], []
    for u in range(n_users):
        start = int(rng.integers(0, months))
        for m in range(start, months):
            if m == start or rng.random() < 0.5:
                for _ in range(int(rng.integers(1, 3))):  # sometimes two events in a month
                    day = int(rng.integers(1, 28))
                    dates.append(f"{2023 + (10 + m) // 12}-{(10 + m) % 12 + 1:02d}-{day:02d}")
                    users.append(f"user{u}")
    order = rng.permutation(len(users))
    return _events([users[i] for i in order], [dates[i] for i in order])


def hidden(rng):
    return [
        case(_events(["a"], ["2024-04-30"]), name="one event"),
        case(_events(["a", "a", "a"], ["2024-01-01", "2024-01-31", "2024-03-15"]), name="a gap month counts 0.0"),
        case(_events(["a", "b", "b"], ["2023-12-31", "2024-01-01", "2024-01-02"]), name="across the year end"),
        case(_events(["x", "y", "y"], ["2024-05-01", "2024-02-10", "2024-02-11"]),
             name="a later cohort and a one-month user"),
        case(_random(rng, 8, 5), name="random"),
        case(_random(rng, 5, 8), name="random, longer"),
    ]


def check_case(args, kwargs):
    (events,) = args
    assert len(events) >= 1 and not events.isna().any().any(), "at least one event, nothing missing"


# Shares of small integers compared with a tolerance; months are exact.
SWEEP_SEEDS = 10
