import math

import numpy as np
import pandas as pd


def weighted_prices(sales):
    # np.average per product, guarding the zero-weight groups by hand.
    rows = {}
    for product, g in sales.groupby("product"):
        units = int(g["qty"].sum())
        revenue = float((g["price"] * g["qty"]).sum())
        avg = float(np.average(g["price"], weights=g["qty"])) if units > 0 else math.nan
        rows[product] = (units, revenue, avg)
    names = sorted(rows)
    return pd.DataFrame([rows[p] for p in names], index=pd.Index(names, name="product"),
                        columns=["units", "revenue", "avg_price"])
