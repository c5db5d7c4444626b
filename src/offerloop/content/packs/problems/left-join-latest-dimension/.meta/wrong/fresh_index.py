def enrich_orders(orders, customers):
    latest = customers.sort_values("updated").drop_duplicates("customer_id", keep="last")
    out = orders.merge(latest[["customer_id", "segment"]], on="customer_id", how="left", validate="many_to_one")
    out["segment"] = out["segment"].fillna("unknown")
    return out
