import math

import pandas as pd


def features_as_of(orders, customers, cutoff):
    # Plain accumulation per customer, then one frame.
    cut = pd.Timestamp(cutoff)
    acc = {int(c): {"n": 0, "total": 0.0, "cats": set(), "last": None} for c in customers["customer_id"]}
    for cid, ts, amount, cat in zip(orders["customer_id"], orders["ts"], orders["amount"], orders["category"]):
        a = acc.get(int(cid))
        if a is None or ts >= cut:
            continue
        a["n"] += 1
        a["total"] += amount
        a["cats"].add(cat)
        a["last"] = ts if a["last"] is None else max(a["last"], ts)
    ids = sorted(acc)
    return pd.DataFrame({
        "n_orders": [acc[i]["n"] for i in ids],
        "total": [acc[i]["total"] for i in ids],
        "avg_amount": [acc[i]["total"] / acc[i]["n"] if acc[i]["n"] else math.nan for i in ids],
        "n_categories": [len(acc[i]["cats"]) for i in ids],
        "days_since_last": [float((cut - acc[i]["last"].normalize()).days) if acc[i]["last"] is not None else math.nan
                            for i in ids],
    }, index=pd.Index(ids, name="customer_id"))
