import pandas as pd


def tag_indicators(items: pd.DataFrame) -> pd.DataFrame:
    """item_id-indexed (sorted, every item) 0/1 int columns, one per normalised tag (sorted)."""
    raise NotImplementedError
