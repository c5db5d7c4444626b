import pandas as pd


def tier_at_order_time(orders, history):
    m = orders.reset_index(names="_row").merge(history, on="customer_id", how="left")
    inside = (m["valid_from"] <= m["ts"]) & (m["ts"] < m["valid_to"])
    hit = m[inside].set_index("_row")["tier"]
    return orders.assign(tier=hit.reindex(orders.index).fillna("none").to_numpy(dtype=object))
