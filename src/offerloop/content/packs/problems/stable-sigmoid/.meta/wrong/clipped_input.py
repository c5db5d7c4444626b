import numpy as np


def sigmoid(x):
    # Clips x to [-10, 10] to avoid overflow, which distorts the tails.
    x = np.clip(x, -10, 10)
    return 1.0 / (1.0 + np.exp(-x))
