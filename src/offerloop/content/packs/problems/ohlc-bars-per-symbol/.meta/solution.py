import pandas as pd


def ohlc_bars(ticks: pd.DataFrame, bar_minutes: int) -> pd.DataFrame:
    t = ticks.sort_values("ts", kind="stable")
    t = t.assign(bar_start=t["ts"].dt.floor(f"{bar_minutes}min"))
    return t.groupby(["symbol", "bar_start"]).agg(
        open=("price", "first"), high=("price", "max"), low=("price", "min"), close=("price", "last"),
        volume=("size", "sum"), n_ticks=("price", "size"))
