import pandas as pd


def attach_quotes(trades, quotes, max_age_s):
    left = trades.reset_index(names="_row").sort_values("ts", kind="stable")
    right = quotes.assign(quote_ts=quotes["ts"]).sort_values("ts", kind="stable")
    merged = pd.merge_asof(left, right[["ts", "symbol", "bid", "ask", "quote_ts"]], on="ts", by="symbol")
    merged["quote_age_s"] = (merged["ts"] - merged["quote_ts"]).dt.total_seconds()
    merged = merged.set_index("_row").reindex(trades.index)
    return trades.assign(bid=merged["bid"].to_numpy(), ask=merged["ask"].to_numpy(), quote_age_s=merged["quote_age_s"].to_numpy())
