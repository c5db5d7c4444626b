import numpy as np


def als_update_users(R, Q, reg):
    # Least squares without the ridge term.
    P = np.zeros((R.shape[0], Q.shape[1]))
    for u in range(R.shape[0]):
        m = R[u] > 0
        if m.any():
            P[u] = np.linalg.lstsq(Q[m], R[u, m], rcond=None)[0]
    return P
