import numpy as np
import pandas as pd


def attach_quotes(trades, quotes, max_age_s):
    # Per symbol: binary-search each trade's time among that symbol's sorted quote times.
    bid = np.full(len(trades), np.nan)
    ask = np.full(len(trades), np.nan)
    age = np.full(len(trades), np.nan)
    by_symbol = {s: g.sort_values("ts") for s, g in quotes.groupby("symbol")}
    for i, (ts, symbol) in enumerate(zip(trades["ts"], trades["symbol"])):
        g = by_symbol.get(symbol)
        if g is None:
            continue
        times = g["ts"].to_numpy()
        j = np.searchsorted(times, np.datetime64(ts), side="right") - 1
        if j < 0:
            continue
        seconds = (np.datetime64(ts) - times[j]) / np.timedelta64(1, "s")
        if seconds <= max_age_s:
            bid[i], ask[i], age[i] = g["bid"].iat[j], g["ask"].iat[j], seconds
    return trades.assign(bid=bid, ask=ask, quote_age_s=age)
