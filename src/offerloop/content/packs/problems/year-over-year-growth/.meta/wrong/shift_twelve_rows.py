def yoy_growth(monthly):
    out = monthly.sort_values(["store", "month"]).reset_index(drop=True)
    out["sales_last_year"] = out.groupby("store")["sales"].shift(12)
    out["yoy"] = out["sales"] / out["sales_last_year"] - 1
    return out
