import pandas as pd


def monthly_revenue(sales):
    month = sales["date"].dt.to_period("M")
    wide = sales.assign(month=month).pivot_table(index="month", columns="category", values="revenue", aggfunc="sum")
    wide = wide.reindex(pd.period_range(month.min(), month.max(), freq="M"))
    wide.index = pd.Index(wide.index.strftime("%Y-%m"), name="month")
    wide.columns = list(wide.columns)
    return wide.astype(float)
