import numpy as np


def regression_metrics(y_true, y_pred):
    """{"mse", "rmse", "mae", "r2"}; r2 is 1.0 (perfect) or 0.0 when y_true is constant."""
    raise NotImplementedError
