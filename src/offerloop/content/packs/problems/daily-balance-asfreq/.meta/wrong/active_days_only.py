import pandas as pd


def daily_balances(txns, end):
    end = pd.Timestamp(end)
    t = txns.assign(day=txns["ts"].dt.normalize())
    daily = t.groupby(["account", "day"]).agg(flow=("amount", "sum"), n_txns=("amount", "size")).reset_index()
    daily["balance"] = daily.groupby("account")["flow"].cumsum()
    return daily[["account", "day", "balance", "n_txns"]]
