import math

import pandas as pd


def second_order_gap(orders):
    # Sorted lists of times per customer.
    times = {}
    for c, ts in zip(orders["customer"], orders["ts"]):
        times.setdefault(c, []).append(ts)
    names = sorted(times)
    rows = []
    for c in names:
        t = sorted(times[c])
        second = t[1] if len(t) > 1 else pd.NaT
        hours = (second - t[0]).total_seconds() / 3600 if len(t) > 1 else math.nan
        rows.append((t[0], second, hours, len(t)))
    out = pd.DataFrame(rows, columns=["first_order", "second_order", "hours_to_second", "n_orders"],
                       index=pd.Index(names, name="customer"))
    out["second_order"] = pd.to_datetime(out["second_order"])
    return out
