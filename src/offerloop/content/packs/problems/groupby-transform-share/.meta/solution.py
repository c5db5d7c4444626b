import pandas as pd


def share_and_rank(df: pd.DataFrame) -> pd.DataFrame:
    g = df.groupby("region")["revenue"]
    return df.assign(share=df["revenue"] / g.transform("sum"),
                     rank_in_region=g.rank(method="min", ascending=False).astype(int))
