import pandas as pd


def weekly_totals(orders):
    week = orders["ts"].dt.normalize() - pd.to_timedelta(orders["ts"].dt.day_of_week, unit="D")
    g = orders.groupby(week)["amount"]
    table = pd.DataFrame({"n_orders": g.size(), "revenue": g.sum(), "avg_order": g.mean()})
    table = table.reindex(pd.date_range(week.min(), week.max(), freq="7D"), fill_value=0)
    table = table.astype({"n_orders": "int64", "revenue": float, "avg_order": float})
    table.index.name = "week"
    return table
