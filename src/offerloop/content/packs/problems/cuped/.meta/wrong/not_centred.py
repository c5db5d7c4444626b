import numpy as np


def cuped_adjust(y, x):
    xc = x - x.mean()
    theta = float(xc @ (y - y.mean()) / (xc @ xc)) if xc @ xc > 0 else 0.0
    return y - theta * x, theta  # subtracts theta * x: the metric's mean moves
