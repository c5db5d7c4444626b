import math


def point_in_time_join(events, snapshots):
    # Joins on the entity only and takes the latest snapshot overall (future leak).
    latest = {}
    for e, t, v in snapshots:
        if e not in latest or t >= latest[e][0]:
            latest[e] = (t, float(v))
    return [latest[e][1] if e in latest else math.nan for e, _ in events]
