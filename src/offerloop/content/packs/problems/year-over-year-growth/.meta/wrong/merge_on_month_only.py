import pandas as pd


def yoy_growth(monthly):
    df = monthly.sort_values(["store", "month"]).reset_index(drop=True)
    prev = df[["month", "sales"]].rename(columns={"sales": "sales_last_year"})
    prev["month"] = (pd.PeriodIndex(prev["month"], freq="M") + 12).strftime("%Y-%m")
    prev = prev.drop_duplicates("month", keep="last")
    out = df.merge(prev, on="month", how="left")
    out["yoy"] = out["sales"] / out["sales_last_year"] - 1
    return out
