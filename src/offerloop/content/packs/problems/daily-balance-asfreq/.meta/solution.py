import pandas as pd


def daily_balances(txns: pd.DataFrame, end: str) -> pd.DataFrame:
    end = pd.Timestamp(end)
    t = txns.assign(day=txns["ts"].dt.normalize())
    daily = t.groupby(["account", "day"]).agg(flow=("amount", "sum"), n_txns=("amount", "size"))
    parts = []
    for account, g in daily.groupby(level="account"):
        g = g.droplevel("account")
        days = pd.date_range(g.index.min(), end.normalize(), freq="D", name="day")
        g = g.reindex(days, fill_value=0)
        parts.append(pd.DataFrame({"account": account, "day": g.index, "balance": g["flow"].cumsum().astype(float),
                                   "n_txns": g["n_txns"].astype("int64")}))
    return pd.concat(parts, ignore_index=True)
