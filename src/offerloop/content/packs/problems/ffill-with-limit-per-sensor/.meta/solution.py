import pandas as pd


def fill_readings(readings: pd.DataFrame, limit: int) -> pd.DataFrame:
    s = readings.sort_values(["sensor", "step"])
    filled = s.groupby("sensor")["value"].ffill(limit=limit)
    return readings.assign(was_missing=readings["value"].isna(), filled=filled)
