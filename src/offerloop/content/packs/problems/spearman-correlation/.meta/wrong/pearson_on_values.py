import numpy as np


def spearman(x, y):
    # Pearson on the raw values: linear, not rank, correlation.
    return float(np.corrcoef(np.asarray(x, dtype=float), np.asarray(y, dtype=float))[0, 1])
