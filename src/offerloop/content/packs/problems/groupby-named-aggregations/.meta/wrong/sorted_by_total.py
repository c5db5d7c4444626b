def store_summary(sales):
    g = sales.assign(day=sales["ts"].dt.normalize()).groupby("store")
    out = g.agg(n_sales=("amount", "size"), total=("amount", "sum"), mean_amount=("amount", "mean"),
                max_amount=("amount", "max"), active_days=("day", "nunique"))
    return out.sort_values("total", ascending=False)
