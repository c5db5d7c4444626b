import numpy as np


def predict_user_cf(R, user, item, k):
    # Returns 0 when there are no neighbours instead of the user's mean.
    n = np.linalg.norm(R, axis=1)
    d = n * n[user]
    s = np.divide(R @ R[user], d, out=np.zeros(len(R)), where=d > 0)
    nb = sorted((v for v in range(len(R)) if v != user and R[v, item] > 0), key=lambda v: (-s[v], v))[:k]
    w = sum(abs(s[v]) for v in nb)
    return float(sum(s[v] * R[v, item] for v in nb) / w) if nb and w > 0 else 0.0
