import pandas as pd


def impute_by_group(train: pd.DataFrame, test: pd.DataFrame, group_col: str) -> tuple:
    """(train_filled, test_filled): NaN -> train median of the row's group, else the train column median."""
    raise NotImplementedError
