import numpy as np


def walk_forward_mae(X, y, n_splits=4, alpha=1.0):
    """MAE per TimeSeriesSplit fold of Pipeline(StandardScaler, Ridge(alpha)), oldest test block first."""
    raise NotImplementedError
