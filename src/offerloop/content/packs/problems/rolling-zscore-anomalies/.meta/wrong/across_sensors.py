def flag_anomalies(readings, window, threshold):
    s = readings.sort_values(["sensor", "step"])
    prev = s["value"].shift(1)
    mean, std = prev.rolling(window).mean(), prev.rolling(window).std()
    z = (s["value"] - mean) / std
    return readings.assign(zscore=z, is_anomaly=(z.abs() > threshold))
