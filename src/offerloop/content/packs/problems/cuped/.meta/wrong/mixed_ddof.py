import numpy as np


def cuped_adjust(y, x):
    v = np.var(x)  # ddof=0 ...
    theta = float(np.cov(x, y)[0, 1] / v) if v > 0 else 0.0  # ... against np.cov's ddof=1
    return y - theta * (x - x.mean()), theta
