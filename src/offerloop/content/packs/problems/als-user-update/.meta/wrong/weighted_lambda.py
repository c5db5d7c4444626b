import numpy as np


def als_update_users(R, Q, reg):
    # ALS-WR: scales lambda by the user's number of ratings.
    f = Q.shape[1]
    P = np.zeros((R.shape[0], f))
    for u in range(R.shape[0]):
        m = R[u] > 0
        if m.any():
            P[u] = np.linalg.solve(Q[m].T @ Q[m] + reg * m.sum() * np.eye(f), Q[m].T @ R[u, m])
    return P
