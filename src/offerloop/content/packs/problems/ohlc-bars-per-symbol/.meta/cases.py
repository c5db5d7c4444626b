import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame

OPEN = np.datetime64("2024-06-03T09:30:00", "s")


def _ticks(seconds, symbols, prices, sizes):
    return frame({"ts": pd.to_datetime([str(OPEN + np.timedelta64(int(s), "s")) for s in seconds]),
                  "symbol": symbols, "price": prices, "size": sizes})


def visible():
    return [case(_ticks([60, 10, 299, 300, 120], ["X", "X", "X", "X", "Y"], [10.5, 10.0, 10.2, 11.0, 50.0],
                        [100, 200, 50, 10, 5]), 5, name="two bars and a second symbol")]


def _random(rng, symbols, n, span_s):
    rows = []
    for s in symbols:
        secs = rng.choice(span_s, size=n, replace=False)
        rows += [(int(x), s) for x in secs]
    order = rng.permutation(len(rows))
    prices = (rng.integers(9000, 11000, size=len(rows)) / 100).tolist()
    sizes = rng.integers(1, 1000, size=len(rows)).tolist()
    return _ticks([rows[i][0] for i in order], [rows[i][1] for i in order], prices, sizes)


def hidden(rng):
    return [
        case(_ticks([0], ["A"], [1.0], [1]), 1, name="one tick at the open"),
        case(_ticks([59, 60], ["A", "A"], [1.0, 2.0], [1, 1]), 1, name="a minute's last and next second"),
        case(_ticks([30, 10, 20], ["A", "A", "A"], [3.0, 1.0, 2.0], [1, 2, 3]), 60, name="input order is not time order"),
        case(_ticks([0, 3600], ["B", "B"], [5.0, 6.0], [10, 20]), 30, name="bars an hour apart, none between"),
        case(_random(rng, ["AA", "BB"], 12, 1800), int(rng.choice([1, 5, 15])), name="random"),
        case(_random(rng, ["CC"], 20, 900), 5, name="random, one symbol"),
    ]


def check_case(args, kwargs):
    ticks, bar_minutes = args
    assert type(bar_minutes) is int and bar_minutes >= 1 and 60 % bar_minutes == 0, "bar_minutes divides 60"
    assert not ticks.duplicated(["symbol", "ts"]).any(), "a symbol never has two ticks at the same instant"


# Prices are copied and sizes summed as ints: nothing numeric to disagree on.
SWEEP_SEEDS = 10
