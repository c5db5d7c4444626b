def impute_by_group(train, test, group_col):
    cols = [c for c in train.columns if c != group_col]
    by_group = train.groupby(group_col)[cols].median()

    def fill(frame):
        out = frame.copy()
        for c in cols:
            out[c] = frame[c].fillna(frame[group_col].map(by_group[c]))
        return out

    return fill(train), fill(test)
