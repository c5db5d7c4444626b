import pandas as pd


def sessionize(events: pd.DataFrame, gap_minutes: int) -> pd.DataFrame:
    s = events.sort_values(["user", "ts"])
    gap = s.groupby("user")["ts"].diff()
    starts = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    session = starts.astype("int64").groupby(s["user"]).cumsum()
    first = s["ts"].groupby([s["user"], session]).transform("min")
    return events.assign(session_id=session, session_start=first)
