import numpy as np


def lora_forward(x, W, A, B, alpha):
    x = np.asarray(x, dtype=float)
    r = A.shape[0]
    return x @ W.T + (alpha / r) * ((x @ A.T) @ B.T)
