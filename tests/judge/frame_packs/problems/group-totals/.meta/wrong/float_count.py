def group_totals(df):
    g = df.groupby("key", observed=True)
    out = g.agg(total=("value", "sum"), n=("value", "size"), last=("when", "max"))
    return out.astype({"n": float})
