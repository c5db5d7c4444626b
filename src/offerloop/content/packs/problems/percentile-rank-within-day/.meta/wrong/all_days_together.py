def daily_percentile(sales):
    return sales.assign(pct_rank=sales["sales"].rank(method="average", pct=True))
