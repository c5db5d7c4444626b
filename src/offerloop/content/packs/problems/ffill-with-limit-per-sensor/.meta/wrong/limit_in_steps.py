import numpy as np


def fill_readings(readings, limit):
    # Staleness counted in steps since the last value instead of rows in the gap.
    s = readings.sort_values(["sensor", "step"])
    last_step = s["step"].where(s["value"].notna()).groupby(s["sensor"]).ffill()
    filled = s.groupby("sensor")["value"].ffill()
    filled = filled.where(s["value"].notna() | (s["step"] - last_step <= limit), np.nan)
    return readings.assign(was_missing=readings["value"].isna(), filled=filled)
