import numpy as np


def regression_metrics(y_true, y_pred):
    y, yh = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    e = y - yh
    mse = np.mean(e ** 2)
    with np.errstate(all="ignore"):
        r2 = 1 - np.sum(e ** 2) / np.sum((y - y.mean()) ** 2)  # 0/0 or x/0 on a constant target
    return {"mse": float(mse), "rmse": float(np.sqrt(mse)), "mae": float(np.mean(np.abs(e))), "r2": float(r2)}
