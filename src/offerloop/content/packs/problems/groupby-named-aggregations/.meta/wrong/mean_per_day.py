def store_summary(sales):
    g = sales.assign(day=sales["ts"].dt.normalize()).groupby("store")
    out = g.agg(n_sales=("amount", "size"), total=("amount", "sum"), max_amount=("amount", "max"),
                active_days=("day", "nunique"))
    out.insert(2, "mean_amount", out["total"] / out["active_days"])
    return out
