import numpy as np


def huber_loss_grad(y_true, y_pred, delta):
    r = y_true - y_pred  # differentiates with respect to y_true
    a = np.abs(r)
    loss = np.where(a <= delta, 0.5 * r ** 2, delta * (a - 0.5 * delta))
    return float(loss.mean()), np.clip(r, -delta, delta) / len(r)
