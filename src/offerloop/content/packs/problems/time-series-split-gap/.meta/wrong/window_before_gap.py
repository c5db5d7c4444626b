def walk_forward_folds(n_samples, n_splits, test_size=None, gap=0, max_train_size=None):
    # Takes the window before removing the gap, so the window loses gap rows.
    size = n_samples // (n_splits + 1) if test_size is None else test_size
    folds = []
    for i in range(n_splits):
        start = n_samples - (n_splits - i) * size
        first = 0 if max_train_size is None or max_train_size >= start else start - max_train_size
        folds.append([list(range(first, max(first, start - gap))), list(range(start, start + size))])
    return folds
