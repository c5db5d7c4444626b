def fill_readings(readings, limit):
    return readings.assign(was_missing=readings["value"].isna(),
                           filled=readings.groupby("sensor")["value"].ffill(limit=limit))
