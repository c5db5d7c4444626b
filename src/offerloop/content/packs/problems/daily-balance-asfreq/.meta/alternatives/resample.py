import pandas as pd


def daily_balances(txns, end):
    end = pd.Timestamp(end)
    # resample per account, then extend each to the end day.
    out = []
    for account, g in txns.sort_values("ts").groupby("account"):
        r = g.set_index("ts")["amount"].resample("D")
        daily = pd.DataFrame({"flow": r.sum(), "n_txns": r.count()})
        daily = daily.reindex(pd.date_range(daily.index.min(), end, freq="D"), fill_value=0)
        out.append(pd.DataFrame({"account": account, "day": daily.index,
                                 "balance": daily["flow"].cumsum().astype(float),
                                 "n_txns": daily["n_txns"].astype("int64")}))
    return pd.concat(out, ignore_index=True)
