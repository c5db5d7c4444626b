import numpy as np


def cuped_adjust(y, x):
    vy = np.var(y, ddof=1)
    theta = float(np.cov(x, y)[0, 1] / vy) if vy > 0 else 0.0  # regresses x on y
    return y - theta * (x - x.mean()), theta
