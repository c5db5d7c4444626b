def monthly_revenue(sales):
    wide = sales.assign(month=sales["date"].dt.strftime("%Y-%m")).pivot_table(
        index="month", columns="category", values="revenue", aggfunc="sum", fill_value=0.0)
    wide.columns = list(wide.columns)
    return wide.astype(float)
