import numpy as np
from sklearn.model_selection import TimeSeriesSplit


def walk_forward_folds(n_samples, n_splits, test_size=None, gap=0, max_train_size=None):
    cv = TimeSeriesSplit(n_splits=n_splits, test_size=test_size, gap=gap, max_train_size=max_train_size)
    return [[tr.tolist(), te.tolist()] for tr, te in cv.split(np.zeros((n_samples, 1)))]
