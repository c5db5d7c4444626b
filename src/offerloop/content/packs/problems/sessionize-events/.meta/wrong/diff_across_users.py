import pandas as pd


def sessionize(events, gap_minutes):
    s = events.sort_values("ts")
    gap = s["ts"].diff()
    first = ~s["user"].duplicated()
    starts = first | (gap > pd.Timedelta(minutes=gap_minutes))
    session = starts.astype("int64").groupby(s["user"]).cumsum()
    return events.assign(session_id=session, session_start=s["ts"].groupby([s["user"], session]).transform("min"))
