def walk_forward_folds(n_samples, n_splits, test_size=None, gap=0, max_train_size=None):
    # Always an expanding window: max_train_size is ignored.
    size = n_samples // (n_splits + 1) if test_size is None else test_size
    folds = []
    for i in range(n_splits):
        start = n_samples - (n_splits - i) * size
        folds.append([list(range(0, start - gap)), list(range(start, start + size))])
    return folds
