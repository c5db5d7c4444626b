def share_and_rank(df):
    totals = df.groupby("region", as_index=False)["revenue"].sum().rename(columns={"revenue": "total"})
    out = df.merge(totals, on="region", how="left")
    out["share"] = out["revenue"] / out.pop("total")
    out["rank_in_region"] = out.groupby("region")["revenue"].rank(method="min", ascending=False).astype(int)
    return out
