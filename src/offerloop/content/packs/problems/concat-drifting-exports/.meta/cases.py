import numpy as np

from offerloop.judge.cases import case, frame


def visible():
    jan = frame({"Order ID": [1, 2], " Amount ": ["1,200.50", "$3.00"], "DATE": ["2024-01-05", "2024-01-07"]})
    feb = frame({"order_id": [3], "amount": [7.25]})
    return [case([jan, feb], name="renamed columns, text amounts, a missing date column")]


NAMES = {"order_id": ["order_id", "Order ID", " ORDER_ID", "order id "],
         "amount": ["amount", "Amount", " AMOUNT ", "amount"],
         "date": ["date", "Date", "DATE ", " date"]}


def _export(rng, start, n):
    cols = {NAMES["order_id"][int(rng.integers(4))]: list(range(start, start + n))}
    if rng.random() < 0.8:
        cents = rng.integers(0, 500_000, size=n)
        style = int(rng.integers(3))
        if style == 0:
            cols[NAMES["amount"][int(rng.integers(4))]] = (cents / 100).tolist()
        else:
            text = [f"{c / 100:,.2f}" if style == 1 else f"${c / 100:.2f}" for c in cents]
            text = ["" if rng.random() < 0.15 else t for t in text]
            cols[NAMES["amount"][int(rng.integers(4))]] = text
    if rng.random() < 0.8:
        days = np.datetime64("2024-01-01") + rng.integers(0, 90, size=n)
        cols[NAMES["date"][int(rng.integers(4))]] = [str(d) for d in days]
    names = list(cols)
    order = rng.permutation(len(names))
    return frame({names[i]: cols[names[i]] for i in order})


def hidden(rng):
    return [
        case([frame({"order_id": [5]})], name="one export with ids only"),
        case([frame({"order_id": [1], "amount": [""]}), frame({" Order Id ": [2], "Amount": ["$0.50"]})],
             name="an empty amount and a dollar sign"),
        case([frame({"order_id": [1, 2], "amount": ["12,345,678.90", "1,000"]})], name="several thousands separators"),
        case([frame({"DATE": ["2024-02-29"], "ORDER ID": [9]}), frame({"order_id": [10], "date": ["2024-03-01"]})],
             name="columns in another order"),
        case([_export(rng, 1, 4), _export(rng, 100, 3), _export(rng, 200, 5)], name="random"),
        case([_export(rng, 1, 6)], name="random, one export"),
    ]


def check_case(args, kwargs):
    (exports,) = args
    assert type(exports) is list and exports, "a non-empty list of frames"
    for df in exports:
        names = [c.strip().lower().replace(" ", "_") for c in df.columns]
        assert "order_id" in names and set(names) <= {"order_id", "amount", "date"}, "only the three columns, order_id always"
        assert len(set(names)) == len(names), "each column once"


# Parsed cents compared with a tolerance: nothing to round differently.
SWEEP_SEEDS = 10
