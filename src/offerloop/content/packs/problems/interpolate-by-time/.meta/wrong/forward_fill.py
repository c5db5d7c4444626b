def interpolate_gaps(readings):
    s = readings.sort_values(["sensor", "ts"])
    return readings.assign(value_filled=s.groupby("sensor")["value"].ffill())
