import math
from bisect import bisect_left


def point_in_time_join(events, snapshots):
    # Looks up snapshots of any entity.
    rows = sorted((t, pos, float(v)) for pos, (_, t, v) in enumerate(snapshots))
    times = [r[0] for r in rows]
    out = []
    for _, t in events:
        i = bisect_left(times, t) - 1
        out.append(rows[i][2] if i >= 0 else math.nan)
    return out
