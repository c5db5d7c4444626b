import numpy as np


def regression_metrics(y_true, y_pred):
    y = np.asarray(y_true, dtype=float)
    yh = np.asarray(y_pred, dtype=float)
    e = y - yh
    mse = float(np.mean(e * e))
    ss_res = float(np.sum(e * e))
    ss_tot = float(np.sum((y - y.mean()) ** 2))
    if ss_tot == 0.0:
        r2 = 1.0 if ss_res == 0.0 else 0.0  # scikit-learn's force_finite rule
    else:
        r2 = 1.0 - ss_res / ss_tot
    return {"mse": mse, "rmse": float(np.sqrt(mse)), "mae": float(np.mean(np.abs(e))), "r2": r2}
