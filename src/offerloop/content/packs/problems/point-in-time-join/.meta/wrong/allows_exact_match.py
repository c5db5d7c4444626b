import math
from bisect import bisect_right


def point_in_time_join(events, snapshots):
    # Uses snapshots at or before the event time (includes the exact time).
    by = {}
    for pos, (e, t, v) in enumerate(snapshots):
        by.setdefault(e, []).append((t, pos, float(v)))
    out = []
    for e, t in events:
        rows = sorted(by.get(e, []))
        i = bisect_right([r[0] for r in rows], t) - 1
        out.append(rows[i][2] if i >= 0 else math.nan)
    return out
