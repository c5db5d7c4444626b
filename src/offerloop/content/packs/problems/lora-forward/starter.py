import numpy as np


def lora_forward(x, W, A, B, alpha):
    """x @ W.T + (alpha / r) * x @ A.T @ B.T with r = A.shape[0] (PyTorch weight layout)."""
    raise NotImplementedError
