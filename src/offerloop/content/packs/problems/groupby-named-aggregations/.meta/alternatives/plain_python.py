import pandas as pd


def store_summary(sales):
    # Plain dictionaries, then one frame: the same table without groupby.
    acc = {}
    for store, ts, amount in zip(sales["store"], sales["ts"], sales["amount"]):
        a = acc.setdefault(store, {"n": 0, "total": 0.0, "max": -float("inf"), "days": set()})
        a["n"] += 1
        a["total"] += amount
        a["max"] = max(a["max"], amount)
        a["days"].add(ts.date())
    stores = sorted(acc)
    return pd.DataFrame({
        "n_sales": [acc[s]["n"] for s in stores],
        "total": [acc[s]["total"] for s in stores],
        "mean_amount": [acc[s]["total"] / acc[s]["n"] for s in stores],
        "max_amount": [acc[s]["max"] for s in stores],
        "active_days": [len(acc[s]["days"]) for s in stores],
    }, index=pd.Index(stores, name="store"))
