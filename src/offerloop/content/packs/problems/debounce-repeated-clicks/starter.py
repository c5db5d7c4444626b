import pandas as pd


def debounce_clicks(clicks: pd.DataFrame, window_s: int) -> pd.DataFrame:
    """The kept clicks (original labels and order): a click is kept when > window_s after the user's last kept click."""
    raise NotImplementedError
