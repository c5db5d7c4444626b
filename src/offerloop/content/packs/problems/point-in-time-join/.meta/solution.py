import math
from bisect import bisect_left


def point_in_time_join(events, snapshots):
    by_entity = {}
    for pos, (entity, t, value) in enumerate(snapshots):
        by_entity.setdefault(entity, []).append((t, pos, float(value)))
    for rows in by_entity.values():
        rows.sort()
    out = []
    for entity, t in events:
        rows = by_entity.get(entity, [])
        times = [r[0] for r in rows]
        i = bisect_left(times, t) - 1
        out.append(rows[i][2] if i >= 0 else math.nan)
    return out
