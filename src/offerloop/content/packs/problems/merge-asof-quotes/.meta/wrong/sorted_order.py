import pandas as pd


def attach_quotes(trades, quotes, max_age_s):
    left = trades.sort_values("ts", kind="stable")
    right = quotes.assign(quote_ts=quotes["ts"]).sort_values("ts", kind="stable")
    merged = pd.merge_asof(left, right[["ts", "symbol", "bid", "ask", "quote_ts"]], on="ts", by="symbol",
                           tolerance=pd.Timedelta(seconds=max_age_s))
    merged["quote_age_s"] = (merged["ts"] - merged["quote_ts"]).dt.total_seconds()
    merged.index = left.index
    return merged.drop(columns="quote_ts")
