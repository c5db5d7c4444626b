import numpy as np


def predict_user_cf(R, user, item, k):
    R = np.asarray(R, dtype=float)
    norms = np.linalg.norm(R, axis=1)
    denom = norms * norms[user]
    sims = np.divide(R @ R[user], denom, out=np.zeros(len(R)), where=denom > 0)
    candidates = [v for v in range(len(R)) if v != user and R[v, item] > 0]
    neighbours = sorted(candidates, key=lambda v: (-sims[v], v))[:k]
    weight = sum(abs(sims[v]) for v in neighbours)
    if neighbours and weight > 0:
        return float(sum(sims[v] * R[v, item] for v in neighbours) / weight)
    rated = R[user][R[user] > 0]
    return float(rated.mean()) if rated.size else 0.0
