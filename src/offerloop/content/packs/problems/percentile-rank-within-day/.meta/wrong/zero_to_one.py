def daily_percentile(sales):
    g = sales.groupby("day")["sales"]
    rank, n = g.rank(method="average"), g.transform("size")
    return sales.assign(pct_rank=((rank - 1) / (n - 1)).fillna(1.0))
