import numpy as np
import pandas as pd


def weekly_totals(orders):
    # Weeks starting on Sunday.
    week = orders["ts"].dt.normalize() - pd.to_timedelta((orders["ts"].dt.day_of_week + 1) % 7, unit="D")
    g = orders.groupby(week)["amount"]
    table = pd.DataFrame({"n_orders": g.size(), "revenue": g.sum()})
    table = table.reindex(pd.date_range(week.min(), week.max(), freq="7D"), fill_value=0)
    table = table.astype({"n_orders": "int64", "revenue": float})
    table["avg_order"] = (table["revenue"] / table["n_orders"]).where(table["n_orders"] > 0, np.nan)
    table.index.name = "week"
    return table
