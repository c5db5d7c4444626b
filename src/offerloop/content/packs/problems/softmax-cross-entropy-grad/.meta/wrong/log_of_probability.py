import numpy as np


def softmax_cross_entropy(logits, labels):
    # Stable softmax, then log of the probability: log(0) = -inf when it underflows.
    n = logits.shape[0]
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    with np.errstate(all="ignore"):
        loss = float(-np.log(p[np.arange(n), labels]).mean())
    g = p.copy()
    g[np.arange(n), labels] -= 1
    return loss, g / n
