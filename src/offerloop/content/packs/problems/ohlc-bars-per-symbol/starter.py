import pandas as pd


def ohlc_bars(ticks: pd.DataFrame, bar_minutes: int) -> pd.DataFrame:
    """(symbol, bar_start)-indexed bars with open, high, low, close, volume, n_ticks; only bars with ticks."""
    raise NotImplementedError
