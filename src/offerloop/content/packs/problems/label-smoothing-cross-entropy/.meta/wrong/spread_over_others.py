import numpy as np


def label_smoothing_ce(logits, labels, epsilon=0.1):
    # Puts 1 - eps on the true class and eps / (C - 1) on each other class.
    z = logits - logits.max(axis=1, keepdims=True)
    lp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    n, C = lp.shape
    q = np.full((n, C), epsilon / (C - 1))
    q[np.arange(n), labels] = 1 - epsilon
    return float(np.mean(-(q * lp).sum(axis=1)))
