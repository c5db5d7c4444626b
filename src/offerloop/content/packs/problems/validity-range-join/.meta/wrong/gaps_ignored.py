import pandas as pd


def tier_at_order_time(orders, history):
    left = orders.reset_index(names="_row").sort_values("ts", kind="stable")
    right = history.sort_values("valid_from", kind="stable")
    m = pd.merge_asof(left, right[["customer_id", "valid_from", "tier"]], left_on="ts", right_on="valid_from",
                      by="customer_id")
    tier = m["tier"].fillna("none")
    tier.index = m["_row"]
    return orders.assign(tier=tier.reindex(orders.index).to_numpy(dtype=object))
