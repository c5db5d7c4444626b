import numpy as np


def huber_loss_grad(y_true, y_pred, delta):
    r = np.asarray(y_pred, dtype=float) - np.asarray(y_true, dtype=float)
    a = np.abs(r)
    per_sample = np.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta))
    return float(per_sample.mean()), np.clip(r, -delta, delta) / len(r)
