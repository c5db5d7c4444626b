import pandas as pd

PLACEHOLDERS = ["", "na", "n/a", "null", "-"]


def missing_report(df: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for name in df.columns:
        col = df[name]
        missing = col.isna()
        if col.dtype == object or isinstance(col.dtype, pd.StringDtype):
            text = col.where(col.map(lambda v: isinstance(v, str)))
            missing |= text.astype("string").str.strip().str.lower().isin(PLACEHOLDERS).fillna(False).astype(bool)
        rows.append((name, int(missing.sum())))
    out = pd.DataFrame(rows, columns=["column", "n_missing"])
    out["share"] = out["n_missing"] / len(df)
    return out.sort_values(["share", "column"], ascending=[False, True]).reset_index(drop=True)
