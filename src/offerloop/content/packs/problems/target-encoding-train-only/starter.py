import numpy as np


def target_encode(train_cats, train_y, test_cats, smoothing=0.0):
    """Smoothed per-category target means from train only; unseen test categories get the train prior."""
    raise NotImplementedError
