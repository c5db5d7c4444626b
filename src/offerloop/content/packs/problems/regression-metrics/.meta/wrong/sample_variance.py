import numpy as np


def regression_metrics(y_true, y_pred):
    y, yh = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    e = y - yh
    mse = np.mean(e ** 2)
    var = np.var(y, ddof=1) if len(y) > 1 else 0.0
    if var == 0:
        r2 = 1.0 if mse == 0 else 0.0
    else:
        r2 = 1 - mse / var  # mixes a 1/n mean with a 1/(n-1) variance
    return {"mse": float(mse), "rmse": float(np.sqrt(mse)), "mae": float(np.mean(np.abs(e))), "r2": float(r2)}
