import numpy as np


def group_cv_accuracy(X, y, groups, n_splits=3, n_neighbors=3):
    """Accuracy per GroupKFold fold of Pipeline(StandardScaler, KNeighborsClassifier(n_neighbors))."""
    raise NotImplementedError
