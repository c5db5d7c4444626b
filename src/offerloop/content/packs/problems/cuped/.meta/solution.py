import numpy as np


def cuped_adjust(y, x):
    y = np.asarray(y, dtype=float)
    x = np.asarray(x, dtype=float)
    xc = x - x.mean()
    sxx = float(xc @ xc)
    theta = float(xc @ (y - y.mean()) / sxx) if sxx > 0 else 0.0  # same normalisation cancels
    return y - theta * xc, theta
