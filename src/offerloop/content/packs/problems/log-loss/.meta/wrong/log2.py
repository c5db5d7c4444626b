import numpy as np


def log_loss(y_true, p, eps=1e-15):
    y = np.asarray(y_true, dtype=float)
    p = np.clip(np.asarray(p, dtype=float), eps, 1 - eps)
    return float(-np.mean(y * np.log2(p) + (1 - y) * np.log2(1 - p)))  # bits, not nats
