def share_and_rank(df):
    g = df.groupby("region")["revenue"]
    return df.assign(share=df["revenue"] / g.transform("sum"),
                     rank_in_region=g.rank(method="min").astype(int))
