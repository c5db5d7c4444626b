import pandas as pd


def missing_report(df):
    n = df.isna().sum()
    out = pd.DataFrame({"column": list(n.index), "n_missing": n.to_numpy().astype("int64")})
    out["share"] = out["n_missing"] / len(df)
    return out.sort_values(["share", "column"], ascending=[False, True]).reset_index(drop=True)
