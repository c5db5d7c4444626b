def daily_percentile(sales):
    # Average rank = (number strictly below) + (number equal + 1) / 2, counted per day.
    values = {}
    for day, v in zip(sales["day"], sales["sales"]):
        values.setdefault(day, []).append(v)
    pct = []
    for day, v in zip(sales["day"], sales["sales"]):
        vs = values[day]
        below = sum(x < v for x in vs)
        equal = sum(x == v for x in vs)
        pct.append((below + (equal + 1) / 2) / len(vs))
    return sales.assign(pct_rank=pct)
