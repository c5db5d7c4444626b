import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame

DAY = np.datetime64("2024-06-03T09:30:00", "s")


def _at(seconds):
    return pd.to_datetime([str(DAY + np.timedelta64(int(s), "s")) for s in seconds])


def _trades(seconds, symbols, qty, index=None):
    return frame({"ts": _at(seconds), "symbol": symbols, "qty": qty}, index=index)


def _quotes(seconds, symbols, bid, ask):
    return frame({"ts": _at(seconds), "symbol": symbols, "bid": bid, "ask": ask})


def visible():
    return [case(_trades([5, 1, 60], ["X", "X", "Y"], [100, 50, 10], index=["t1", "t2", "t3"]),
                 _quotes([0, 5, 2, 30], ["X", "X", "X", "Y"], [9.9, 10.1, 10.0, 5.0], [10.0, 10.2, 10.1, 5.1]), 10,
                 name="same instant, a future quote, a stale quote")]


def _random(rng, n_trades, n_quotes, symbols):
    q_rows = []
    for s in symbols:
        secs = rng.choice(120, size=n_quotes, replace=False)
        q_rows += [(int(x), s) for x in secs]
    q_order = rng.permutation(len(q_rows))
    bids = (rng.integers(900, 1100, size=len(q_rows)) / 100)
    quotes = _quotes([q_rows[i][0] for i in q_order], [q_rows[i][1] for i in q_order], bids, bids + 0.05)
    secs = rng.integers(0, 130, size=n_trades)
    trades = _trades(secs, rng.choice(symbols + ["ZZ"], size=n_trades).tolist(), rng.integers(1, 500, size=n_trades),
                     index=[f"t{k}" for k in rng.permutation(n_trades)])
    return trades, quotes


def hidden(rng):
    return [
        case(_trades([10], ["X"], [1]), _quotes([0], ["X"], [1.0], [1.5]), 10, name="a quote exactly max_age_s old"),
        case(_trades([10], ["X"], [1]), _quotes([0], ["X"], [1.0], [1.5]), 9, name="one second too old"),
        case(_trades([10], ["X"], [1]), _quotes([10], ["X"], [1.0], [1.5]), 0, name="max_age_s 0, same instant"),
        case(_trades([10, 20], ["X", "Y"], [1, 2]), _quotes([5, 15], ["Y", "X"], [1.0, 2.0], [1.5, 2.5]), 60,
             name="only the other symbol has a quote before"),
        case(*_random(rng, 15, 8, ["AA", "BB"]), int(rng.integers(5, 40)), name="random"),
        case(*_random(rng, 10, 20, ["AA"]), int(rng.integers(1, 10)), name="random, dense quotes"),
    ]


def check_case(args, kwargs):
    trades, quotes, max_age_s = args
    assert trades.index.is_unique, "trade index labels are unique"
    assert not quotes.duplicated(["symbol", "ts"]).any(), "a symbol never has two quotes at the same time"
    assert type(max_age_s) is int and max_age_s >= 0, "max_age_s is an int >= 0"


# Whole seconds: the staleness edge is exact, prices are copied.
SWEEP_SEEDS = 10
