import numpy as np


def oversampled_cv(X, y, n_splits=4, random_state=0):
    """{"recall": [...], "average_precision": [...]} per StratifiedKFold fold, minority oversampled in training rows only."""
    raise NotImplementedError
