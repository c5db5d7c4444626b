import numpy as np


def log_loss(y_true, p, eps=1e-15):
    """Mean binary cross-entropy (natural log) after clipping p into [eps, 1 - eps]."""
    raise NotImplementedError
