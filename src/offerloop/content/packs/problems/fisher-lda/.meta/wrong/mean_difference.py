import numpy as np


def fisher_direction(X0, X1):
    d = X1.mean(0) - X0.mean(0)  # ignores the shape of the clouds
    return d / np.linalg.norm(d)
