def ohlc_bars(ticks, bar_minutes):
    # resample per symbol: bars without ticks appear too.
    t = ticks.sort_values("ts", kind="stable").set_index("ts")
    r = t.groupby("symbol").resample(f"{bar_minutes}min")
    out = r["price"].ohlc()
    out["volume"] = r["size"].sum()
    out["n_ticks"] = r["price"].count()
    out.index.names = ["symbol", "bar_start"]
    return out
