import numpy as np


def kernel_ridge_predict(X_train, y_train, X_test, lam, gamma):
    k = lambda A, B: np.exp(-gamma * ((A[:, None] - B[None]) ** 2).sum(-1))
    n = len(X_train)
    a = np.linalg.solve(k(X_train, X_train) + lam * n * np.eye(n), y_train)  # scales the penalty by n
    return k(X_test, X_train) @ a
