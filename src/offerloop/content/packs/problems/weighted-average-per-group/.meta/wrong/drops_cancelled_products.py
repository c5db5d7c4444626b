import pandas as pd


def weighted_prices(sales):
    sold = sales[sales["qty"] > 0]
    g = sold.assign(revenue=sold["price"] * sold["qty"]).groupby("product")
    out = pd.DataFrame({"units": g["qty"].sum().astype("int64"), "revenue": g["revenue"].sum().astype(float)})
    out["avg_price"] = out["revenue"] / out["units"]
    return out
