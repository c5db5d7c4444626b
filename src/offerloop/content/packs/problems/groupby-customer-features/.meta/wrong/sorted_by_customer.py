import pandas as pd


def customer_features(customer_ids, amounts):
    # Sorts by customer to aggregate and returns rows in that sorted order.
    df = pd.DataFrame({"c": customer_ids, "a": amounts}).sort_values("c", kind="stable")
    g = df.groupby("c")["a"]
    total = g.transform("sum")
    return {
        "customer_count": [int(x) for x in g.transform("count")],
        "customer_mean": [float(x) for x in g.transform("mean")],
        "share_of_customer_total": [float(a / t) if t else 0.0 for a, t in zip(df["a"], total)],
    }
