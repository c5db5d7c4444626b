import numpy as np


def cuped_adjust(y, x):
    if np.ptp(x) == 0 or np.ptp(y) == 0:
        return np.asarray(y, dtype=float), 0.0
    theta = float(np.corrcoef(x, y)[0, 1])  # the correlation, not the regression slope
    return y - theta * (x - x.mean()), theta
