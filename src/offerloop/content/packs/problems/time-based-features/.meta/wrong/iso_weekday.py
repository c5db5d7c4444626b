import math
from datetime import datetime


def time_features(timestamps):
    # isoweekday(): Monday = 1 ... Sunday = 7.
    t = [datetime.fromisoformat(s) for s in timestamps]
    order = sorted(range(len(t)), key=lambda i: (t[i], i))
    gaps = [math.nan] * len(t)
    for a, b in zip(order, order[1:]):
        gaps[b] = (t[b] - t[a]).total_seconds() / 3600
    return {"hour": [x.hour for x in t], "day_of_week": [x.isoweekday() for x in t],
            "is_weekend": [x.isoweekday() >= 6 for x in t], "month": [x.month for x in t], "hours_since_previous": gaps}
