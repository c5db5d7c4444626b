import pandas as pd


def time_features(timestamps):
    # Sorts by time and returns the features in sorted order, not input order.
    s = pd.Series(pd.to_datetime(timestamps)).sort_values(kind="stable").reset_index(drop=True)
    gaps = s.diff().dt.total_seconds() / 3600
    return {"hour": [int(x) for x in s.dt.hour], "day_of_week": [int(x) for x in s.dt.dayofweek],
            "is_weekend": [bool(x >= 5) for x in s.dt.dayofweek], "month": [int(x) for x in s.dt.month],
            "hours_since_previous": [float(x) for x in gaps]}
