def tier_at_order_time(orders, history):
    latest = history.sort_values("valid_from").drop_duplicates("customer_id", keep="last").set_index("customer_id")["tier"]
    return orders.assign(tier=orders["customer_id"].map(latest).fillna("none").to_numpy(dtype=object))
