import numpy as np


def clip_by_global_norm(grads, max_norm):
    # Clips each tensor by its own norm.
    out = []
    for g in grads:
        n = float(np.linalg.norm(g))
        out.append(g * (max_norm / n) if n > max_norm else g)
    return out, float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
