import pandas as pd


def ohlc_bars(ticks, bar_minutes):
    # One pass in time order, bars in a dict keyed by (symbol, bar start).
    step = pd.Timedelta(minutes=bar_minutes)
    bars = {}
    for ts, symbol, price, size in sorted(zip(ticks["ts"], ticks["symbol"], ticks["price"], ticks["size"])):
        start = ts.normalize() + ((ts - ts.normalize()) // step) * step
        b = bars.get((symbol, start))
        if b is None:
            bars[(symbol, start)] = [price, price, price, price, int(size), 1]
        else:
            b[1], b[2], b[3] = max(b[1], price), min(b[2], price), price
            b[4] += int(size)
            b[5] += 1
    keys = sorted(bars)
    index = pd.MultiIndex.from_tuples(keys, names=["symbol", "bar_start"])
    return pd.DataFrame([bars[k] for k in keys], index=index,
                        columns=["open", "high", "low", "close", "volume", "n_ticks"])
