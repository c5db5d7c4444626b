import numpy as np


def multinomial_nb_log_proba(X_train, y_train, X_test, alpha=1.0):
    """(m, n_classes) normalised log posteriors of multinomial naive Bayes with additive smoothing alpha."""
    raise NotImplementedError
