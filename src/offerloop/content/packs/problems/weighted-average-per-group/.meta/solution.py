import pandas as pd


def weighted_prices(sales: pd.DataFrame) -> pd.DataFrame:
    g = sales.assign(revenue=sales["price"] * sales["qty"]).groupby("product")
    out = pd.DataFrame({"units": g["qty"].sum().astype("int64"), "revenue": g["revenue"].sum().astype(float)})
    out["avg_price"] = (out["revenue"] / out["units"]).where(out["units"] > 0)
    return out
