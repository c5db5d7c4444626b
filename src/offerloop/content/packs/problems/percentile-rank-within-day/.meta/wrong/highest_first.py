def daily_percentile(sales):
    return sales.assign(pct_rank=sales.groupby("day")["sales"].rank(method="average", ascending=False, pct=True))
