def fill_readings(readings, limit):
    s = readings.sort_values(["sensor", "step"])
    filled = s.groupby("sensor")["value"].ffill(limit=limit)
    out = readings.assign(filled=filled)
    out.insert(3, "was_missing", out["filled"].isna())
    return out
