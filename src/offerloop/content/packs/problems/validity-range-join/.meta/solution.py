import pandas as pd


def tier_at_order_time(orders: pd.DataFrame, history: pd.DataFrame) -> pd.DataFrame:
    left = orders.reset_index(names="_row").sort_values("ts", kind="stable")
    right = history.sort_values("valid_from", kind="stable")
    m = pd.merge_asof(left, right[["customer_id", "valid_from", "valid_to", "tier"]],
                      left_on="ts", right_on="valid_from", by="customer_id", direction="backward")
    valid = m["tier"].notna() & (m["valid_to"].isna() | (m["ts"] < m["valid_to"]))
    tier = m["tier"].where(valid, "none")
    tier.index = m["_row"]
    return orders.assign(tier=tier.reindex(orders.index).to_numpy(dtype=object))
