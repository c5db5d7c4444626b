def weekly_totals(orders):
    # resample with Monday-labelled, left-closed weekly bins.
    r = orders.set_index("ts")["amount"].resample("W-MON", closed="left", label="left")
    table = r.agg(["size", "sum"]).rename(columns={"size": "n_orders", "sum": "revenue"})
    table["n_orders"] = table["n_orders"].astype("int64")
    table["avg_order"] = table["revenue"] / table["n_orders"].where(table["n_orders"] > 0)
    table.index.name = "week"
    return table
