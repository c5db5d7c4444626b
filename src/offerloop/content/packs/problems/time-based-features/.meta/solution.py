import math
from datetime import datetime


def time_features(timestamps):
    times = [datetime.fromisoformat(t) for t in timestamps]
    order = sorted(range(len(times)), key=lambda i: (times[i], i))
    gaps = [math.nan] * len(times)
    for prev, cur in zip(order, order[1:]):
        gaps[cur] = (times[cur] - times[prev]).total_seconds() / 3600.0
    return {
        "hour": [t.hour for t in times],
        "day_of_week": [t.weekday() for t in times],
        "is_weekend": [t.weekday() >= 5 for t in times],
        "month": [t.month for t in times],
        "hours_since_previous": gaps,
    }
