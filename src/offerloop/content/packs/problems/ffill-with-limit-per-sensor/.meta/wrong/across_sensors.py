def fill_readings(readings, limit):
    s = readings.sort_values(["sensor", "step"])
    return readings.assign(was_missing=readings["value"].isna(), filled=s["value"].ffill(limit=limit))
