import pandas as pd


def tier_at_order_time(orders, history):
    # Join every version of the customer, keep the one whose half-open range holds ts.
    m = orders.reset_index(names="_row").merge(history, on="customer_id", how="inner")
    end = m["valid_to"].fillna(pd.Timestamp.max)
    hit = m[(m["valid_from"] <= m["ts"]) & (m["ts"] < end)].set_index("_row")["tier"]
    assert hit.index.is_unique  # versions never overlap: at most one match per order
    return orders.assign(tier=hit.reindex(orders.index).fillna("none").astype(object))
