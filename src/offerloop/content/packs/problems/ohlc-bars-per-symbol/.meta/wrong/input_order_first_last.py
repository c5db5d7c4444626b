def ohlc_bars(ticks, bar_minutes):
    t = ticks.assign(bar_start=ticks["ts"].dt.floor(f"{bar_minutes}min"))
    return t.groupby(["symbol", "bar_start"]).agg(
        open=("price", "first"), high=("price", "max"), low=("price", "min"), close=("price", "last"),
        volume=("size", "sum"), n_ticks=("price", "size"))
