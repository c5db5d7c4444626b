def walk_forward_folds(n_samples, n_splits, test_size=None, gap=0, max_train_size=None):
    # Anchors the blocks at the start: leftover rows at the end are never tested.
    size = n_samples // (n_splits + 1) if test_size is None else test_size
    folds = []
    for i in range(n_splits):
        start = (i + 1) * size
        end = start - gap
        first = 0 if max_train_size is None or max_train_size >= end else end - max_train_size
        folds.append([list(range(first, end)), list(range(start, start + size))])
    return folds
