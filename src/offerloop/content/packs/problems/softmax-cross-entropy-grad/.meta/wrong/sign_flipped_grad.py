import numpy as np


def softmax_cross_entropy(logits, labels):
    # onehot - p: the direction of descent, not the gradient.
    n = logits.shape[0]
    s = logits - logits.max(axis=1, keepdims=True)
    log_p = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    g = -np.exp(log_p)
    g[np.arange(n), labels] += 1
    return float(-log_p[np.arange(n), labels].mean()), g / n
