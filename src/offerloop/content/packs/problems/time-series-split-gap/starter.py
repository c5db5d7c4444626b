def walk_forward_folds(n_samples, n_splits, test_size=None, gap=0, max_train_size=None):
    """[[train, test], ...] as TimeSeriesSplit(n_splits, test_size=..., gap=..., max_train_size=...) gives them."""
    raise NotImplementedError
