import numpy as np


def predict_user_cf(R, user, item, k):
    # Takes the k most similar users first, then drops those who did not rate the item.
    n = np.linalg.norm(R, axis=1)
    d = n * n[user]
    s = np.divide(R @ R[user], d, out=np.zeros(len(R)), where=d > 0)
    order = sorted((v for v in range(len(R)) if v != user), key=lambda v: (-s[v], v))[:k]
    nb = [v for v in order if R[v, item] > 0]
    w = sum(abs(s[v]) for v in nb)
    if nb and w > 0:
        return float(sum(s[v] * R[v, item] for v in nb) / w)
    rated = R[user][R[user] > 0]
    return float(rated.mean()) if rated.size else 0.0
