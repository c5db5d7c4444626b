def flag_anomalies(readings, window, threshold):
    s = readings.sort_values(["sensor", "step"])
    g = s.groupby("sensor")["value"]
    mean = g.transform(lambda v: v.shift(1).rolling(window).mean())
    std = g.transform(lambda v: v.shift(1).rolling(window).std(ddof=0))
    z = (s["value"] - mean) / std
    return readings.assign(zscore=z, is_anomaly=(z.abs() > threshold))
