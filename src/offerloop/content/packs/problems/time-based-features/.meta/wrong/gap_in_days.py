import math
from datetime import datetime


def time_features(timestamps):
    # Reports the gap in days (timedelta.days), dropping hours and minutes.
    t = [datetime.fromisoformat(s) for s in timestamps]
    order = sorted(range(len(t)), key=lambda i: (t[i], i))
    gaps = [math.nan] * len(t)
    for a, b in zip(order, order[1:]):
        gaps[b] = float((t[b] - t[a]).days * 24)
    return {"hour": [x.hour for x in t], "day_of_week": [x.weekday() for x in t],
            "is_weekend": [x.weekday() >= 5 for x in t], "month": [x.month for x in t], "hours_since_previous": gaps}
