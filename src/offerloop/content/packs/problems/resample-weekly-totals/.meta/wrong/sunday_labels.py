def weekly_totals(orders):
    r = orders.set_index("ts")["amount"].resample("W")
    table = r.agg(["size", "sum"]).rename(columns={"size": "n_orders", "sum": "revenue"})
    table["n_orders"] = table["n_orders"].astype("int64")
    table["avg_order"] = table["revenue"] / table["n_orders"]
    table.index.name = "week"
    return table
