import numpy as np


def stratified_ap_scores(X, y, n_splits=4, random_state=0, C=1.0):
    """Average precision per StratifiedKFold (shuffled, seeded) fold of Pipeline(StandardScaler, LogisticRegression(C, balanced))."""
    raise NotImplementedError
