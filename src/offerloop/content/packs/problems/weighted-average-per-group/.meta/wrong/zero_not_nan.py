import pandas as pd


def weighted_prices(sales):
    g = sales.assign(revenue=sales["price"] * sales["qty"]).groupby("product")
    out = pd.DataFrame({"units": g["qty"].sum().astype("int64"), "revenue": g["revenue"].sum().astype(float)})
    out["avg_price"] = (out["revenue"] / out["units"]).fillna(0.0)
    return out
