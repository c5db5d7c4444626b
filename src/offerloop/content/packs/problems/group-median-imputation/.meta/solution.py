import pandas as pd


def impute_by_group(train: pd.DataFrame, test: pd.DataFrame, group_col: str) -> tuple:
    cols = [c for c in train.columns if c != group_col]
    by_group = train.groupby(group_col)[cols].median()
    overall = train[cols].median()

    def fill(frame: pd.DataFrame) -> pd.DataFrame:
        out = frame.copy()
        for c in cols:
            stat = frame[group_col].map(by_group[c]).fillna(overall[c])
            out[c] = frame[c].fillna(stat)
        return out

    return fill(train), fill(test)
