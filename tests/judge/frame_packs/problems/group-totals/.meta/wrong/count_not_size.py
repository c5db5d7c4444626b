def group_totals(df):
    g = df.groupby("key", observed=True)
    return g.agg(total=("value", "sum"), n=("value", "count"), last=("when", "max"))
