import numpy as np


def tune_and_test(X_train, y_train, X_test, y_test, Cs, n_splits=4):
    """{"best_C", "cv_auc", "test_auc"}: GridSearchCV on train (StratifiedKFold, roc_auc), AUC on test."""
    raise NotImplementedError
