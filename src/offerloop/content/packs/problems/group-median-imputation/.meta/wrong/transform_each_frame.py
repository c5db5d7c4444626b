def impute_by_group(train, test, group_col):
    cols = [c for c in train.columns if c != group_col]
    overall = train[cols].median()

    def fill(frame):
        out = frame.copy()
        for c in cols:
            # Group medians of the frame being filled: test fills itself.
            out[c] = frame[c].fillna(frame.groupby(group_col)[c].transform("median")).fillna(overall[c])
        return out

    return fill(train), fill(test)
