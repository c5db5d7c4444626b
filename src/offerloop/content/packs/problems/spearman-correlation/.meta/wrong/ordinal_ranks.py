import numpy as np


def spearman(x, y):
    # argsort of argsort: tied values get distinct ranks.
    a = np.argsort(np.argsort(x)).astype(float)
    b = np.argsort(np.argsort(y)).astype(float)
    return float(np.corrcoef(a, b)[0, 1])
