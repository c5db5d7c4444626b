import pandas as pd


def weekly_totals(orders):
    week = orders["ts"].dt.normalize() - pd.to_timedelta(orders["ts"].dt.day_of_week, unit="D")
    g = orders.groupby(week.rename("week"))["amount"]
    table = pd.DataFrame({"n_orders": g.size(), "revenue": g.sum(), "avg_order": g.mean()})
    return table
