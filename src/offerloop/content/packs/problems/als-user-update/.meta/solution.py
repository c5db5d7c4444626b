import numpy as np


def als_update_users(R, Q, reg):
    R = np.asarray(R, dtype=float)
    Q = np.asarray(Q, dtype=float)
    f = Q.shape[1]
    P = np.zeros((R.shape[0], f))
    for u in range(R.shape[0]):
        rated = R[u] > 0
        if not rated.any():
            continue
        Qu = Q[rated]
        P[u] = np.linalg.solve(Qu.T @ Qu + reg * np.eye(f), Qu.T @ R[u, rated])
    return P
