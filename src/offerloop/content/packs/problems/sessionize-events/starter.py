import pandas as pd


def sessionize(events: pd.DataFrame, gap_minutes: int) -> pd.DataFrame:
    """events plus session_id (1, 2, ... per user) and session_start; a gap of more than gap_minutes starts a session."""
    raise NotImplementedError
