import math


def fill_readings(readings, limit):
    # Walk each sensor's rows in step order, counting the current run of missing rows.
    filled = {}
    order = sorted(zip(readings["sensor"], readings["step"], readings["value"], readings.index))
    last_sensor, last_value, run = None, math.nan, 0
    for sensor, _step, value, label in order:
        if sensor != last_sensor:
            last_sensor, last_value, run = sensor, math.nan, 0
        if math.isnan(value):
            run += 1
            filled[label] = last_value if run <= limit else math.nan
        else:
            last_value, run = value, 0
            filled[label] = value
    return readings.assign(was_missing=readings["value"].isna(), filled=[filled[k] for k in readings.index])
