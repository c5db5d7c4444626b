import pandas as pd


def monthly_revenue(sales):
    # groupby + unstack, and the calendar built from year and month numbers.
    ym = sales["date"].dt.year * 12 + sales["date"].dt.month - 1
    table = sales.groupby([ym.rename("ym"), "category"])["revenue"].sum().unstack(fill_value=0.0)
    table = table.reindex(range(int(ym.min()), int(ym.max()) + 1), fill_value=0.0)
    table.index = pd.Index([f"{k // 12:04d}-{k % 12 + 1:02d}" for k in table.index], name="month")
    table = table[sorted(table.columns)]
    table.columns = pd.Index(list(table.columns), dtype=object)
    return table.astype(float)
