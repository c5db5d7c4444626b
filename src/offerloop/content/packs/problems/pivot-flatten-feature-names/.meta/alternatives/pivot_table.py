import pandas as pd


def event_features(events):
    # pivot_table with two aggfuncs, then the levels swapped and joined into names.
    table = events.pivot_table(index="user", columns="event_type", values="value", aggfunc=["count", "sum"], fill_value=0)
    table = table.swaplevel(0, 1, axis=1)
    order = [(t, s) for t in sorted(events["event_type"].unique()) for s in ("count", "sum")]
    table = table[order]
    table.columns = [f"{t}_{s}" for t, s in order]
    table = table.astype({c: ("int64" if c.endswith("_count") else float) for c in table.columns})
    table.index.name = "user"
    return table
