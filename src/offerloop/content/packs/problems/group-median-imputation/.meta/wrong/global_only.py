def impute_by_group(train, test, group_col):
    cols = [c for c in train.columns if c != group_col]
    overall = train[cols].median()
    return train.fillna(overall), test.fillna(overall)
