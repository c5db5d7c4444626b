import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame

DAY0 = np.datetime64("2024-01-01")


def _d(days):
    return pd.to_datetime([None if d is None else str(DAY0 + int(d)) for d in days])


def _history(cids, froms, tos, tiers):
    return frame({"customer_id": cids, "valid_from": _d(froms), "valid_to": _d(tos), "tier": tiers})


def _orders(oids, cids, days, index=None):
    return frame({"order_id": oids, "customer_id": cids, "ts": _d(days)}, index=index)


def visible():
    return [case(_orders([10, 11, 12, 13], [1, 1, 2, 2], [59, 60, 35, 40]),
                 _history([1, 1, 2], [0, 60, 31], [60, None, 40], ["silver", "gold", "bronze"]),
                 name="a boundary and a gap")]


def _random(rng, n_customers, n_orders):
    tiers = ["bronze", "silver", "gold", "platinum"]
    rows = []
    for c in range(1, n_customers + 1):
        t = int(rng.integers(0, 20))
        for k in range(int(rng.integers(1, 4))):
            length = int(rng.integers(5, 40))
            last = k == 2 or rng.random() < 0.3
            rows.append((c, t, None if last else t + length, tiers[int(rng.integers(4))]))
            if last:
                break
            t += length + (int(rng.integers(1, 10)) if rng.random() < 0.4 else 0)  # sometimes a gap
    order = rng.permutation(len(rows))
    history = _history(*[[rows[i][j] for i in order] for j in range(4)])
    # Orders on random days, some exactly on version boundaries.
    bounds = [r[1] for r in rows] + [r[2] for r in rows if r[2] is not None]
    days = [int(rng.choice(bounds)) if rng.random() < 0.3 else int(rng.integers(0, 150)) for _ in range(n_orders)]
    orders = _orders(list(range(n_orders)), rng.integers(1, n_customers + 2, size=n_orders).tolist(), days,
                     index=[f"o{k}" for k in rng.permutation(n_orders)])
    return orders, history


def hidden(rng):
    return [
        case(_orders([1], [5], [10]), _history([6], [0], [None], ["gold"]), name="customer without history"),
        case(_orders([1], [5], [10]), _history([5], [11], [None], ["gold"]), name="before the first version"),
        case(_orders([1, 2], [5, 5], [500, 20]), _history([5, 5], [0, 20], [20, None], ["a", "b"]),
             name="the open current version, and its first day"),
        case(_orders([1, 2, 3], [7, 7, 7], [9, 10, 15]), _history([7, 7], [0, 12], [10, 14], ["x", "y"], ),
             name="the last day of a version and two gaps"),
        case(*_random(rng, 4, 12), name="random"),
        case(*_random(rng, 2, 10), name="random, two customers"),
    ]


def check_case(args, kwargs):
    orders, history = args
    assert orders.index.is_unique, "order index labels are unique"
    for _, g in history.groupby("customer_id"):
        g = g.sort_values("valid_from")
        ends = g["valid_to"].to_numpy()
        starts = g["valid_from"].to_numpy()
        assert all(not pd.isna(e) for e in ends[:-1]), "only the latest version may be open"
        assert all(ends[k] <= starts[k + 1] for k in range(len(g) - 1)), "versions never overlap"
        assert all(pd.isna(e) or s < e for s, e in zip(starts, ends)), "every version has a positive length"


# Whole days: the range ends are exact.
SWEEP_SEEDS = 10
