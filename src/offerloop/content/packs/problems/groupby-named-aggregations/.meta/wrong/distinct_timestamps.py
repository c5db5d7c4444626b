def store_summary(sales):
    g = sales.groupby("store")
    return g.agg(n_sales=("amount", "size"), total=("amount", "sum"), mean_amount=("amount", "mean"),
                 max_amount=("amount", "max"), active_days=("ts", "nunique"))
