import pandas as pd


def attach_quotes(trades: pd.DataFrame, quotes: pd.DataFrame, max_age_s: int) -> pd.DataFrame:
    left = trades.reset_index(names="_row").sort_values("ts", kind="stable")
    right = quotes.assign(quote_ts=quotes["ts"]).sort_values("ts", kind="stable")
    merged = pd.merge_asof(left, right[["ts", "symbol", "bid", "ask", "quote_ts"]], on="ts", by="symbol",
                           direction="backward", tolerance=pd.Timedelta(seconds=max_age_s))
    merged["quote_age_s"] = (merged["ts"] - merged["quote_ts"]).dt.total_seconds()
    merged = merged.set_index("_row").reindex(trades.index)
    merged.index.name = trades.index.name
    return trades.assign(bid=merged["bid"].astype(float), ask=merged["ask"].astype(float),
                         quote_age_s=merged["quote_age_s"].astype(float))
