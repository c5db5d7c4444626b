import pandas as pd


def sessionize(events, gap_minutes):
    s = events.sort_values(["user", "ts"])
    gap = s.groupby("user")["ts"].diff()
    starts = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    session = starts.astype("int64").cumsum()
    return events.assign(session_id=session, session_start=s["ts"].groupby(session).transform("min"))
