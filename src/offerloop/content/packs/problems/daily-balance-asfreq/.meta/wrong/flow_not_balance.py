import pandas as pd


def daily_balances(txns, end):
    end = pd.Timestamp(end)
    t = txns.assign(day=txns["ts"].dt.normalize())
    daily = t.groupby(["account", "day"]).agg(flow=("amount", "sum"), n_txns=("amount", "size"))
    parts = []
    for account, g in daily.groupby(level="account"):
        g = g.droplevel("account").reindex(pd.date_range(g.index.get_level_values("day").min(), end, freq="D"), fill_value=0)
        parts.append(pd.DataFrame({"account": account, "day": g.index, "balance": g["flow"].astype(float),
                                   "n_txns": g["n_txns"].astype("int64")}))
    return pd.concat(parts, ignore_index=True)
