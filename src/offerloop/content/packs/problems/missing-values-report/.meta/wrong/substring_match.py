import pandas as pd


def missing_report(df):
    rows = []
    for name in df.columns:
        col = df[name]
        missing = col.isna()
        if col.dtype == object or isinstance(col.dtype, pd.StringDtype):
            low = col.map(lambda v: v.strip().lower() if isinstance(v, str) else "x")
            missing |= (low == "") | low.str.contains("null|n/a|na|-", regex=True)
        rows.append((name, int(missing.sum())))
    out = pd.DataFrame(rows, columns=["column", "n_missing"])
    out["share"] = out["n_missing"] / len(df)
    return out.sort_values(["share", "column"], ascending=[False, True]).reset_index(drop=True)
