import numpy as np


def label_smoothing_ce(logits, labels, epsilon=0.1):
    z = np.asarray(logits, dtype=float)
    y = np.asarray(labels, dtype=int)
    s = z - z.max(axis=1, keepdims=True)
    log_p = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    nll = -log_p[np.arange(len(y)), y]
    uniform = -log_p.mean(axis=1)
    return float(np.mean((1 - epsilon) * nll + epsilon * uniform))
