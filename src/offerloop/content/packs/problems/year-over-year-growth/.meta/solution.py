import pandas as pd


def yoy_growth(monthly: pd.DataFrame) -> pd.DataFrame:
    df = monthly.sort_values(["store", "month"]).reset_index(drop=True)
    prev = df[["store", "month", "sales"]].rename(columns={"sales": "sales_last_year"})
    prev["month"] = (pd.PeriodIndex(prev["month"], freq="M") + 12).strftime("%Y-%m")
    out = df.merge(prev, on=["store", "month"], how="left")
    out["yoy"] = out["sales"] / out["sales_last_year"] - 1
    return out
