import math

import pandas as pd


def yoy_growth(monthly):
    # A dictionary keyed by (store, year, month); the previous year is year - 1.
    sales = {(s, m): v for s, m, v in zip(monthly["store"], monthly["month"], monthly["sales"])}
    rows = []
    for (store, month) in sorted(sales):
        year, mon = month.split("-")
        last = sales.get((store, f"{int(year) - 1:04d}-{mon}"), math.nan)
        rows.append((store, month, sales[(store, month)], last, sales[(store, month)] / last - 1))
    return pd.DataFrame(rows, columns=["store", "month", "sales", "sales_last_year", "yoy"])
