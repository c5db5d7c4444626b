import numpy as np


def huber_loss_grad(y_true, y_pred, delta):
    """(mean Huber loss, gradient w.r.t. y_pred) with threshold delta."""
    raise NotImplementedError
