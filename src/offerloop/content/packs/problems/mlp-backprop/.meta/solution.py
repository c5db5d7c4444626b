import numpy as np


def mlp_gradients(X, y, W1, b1, W2, b2):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    n = X.shape[0]
    Z1 = X @ W1 + b1
    H = np.maximum(Z1, 0.0)
    logits = H @ W2 + b2
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = float(-log_p[np.arange(n), y].mean())
    dlogits = np.exp(log_p)
    dlogits[np.arange(n), y] -= 1.0
    dlogits /= n
    dW2 = H.T @ dlogits
    db2 = dlogits.sum(axis=0)
    dZ1 = (dlogits @ W2.T) * (Z1 > 0)
    return {"loss": loss, "dW1": X.T @ dZ1, "db1": dZ1.sum(axis=0), "dW2": dW2, "db2": db2}
