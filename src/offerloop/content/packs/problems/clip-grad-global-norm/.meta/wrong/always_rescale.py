import numpy as np


def clip_by_global_norm(grads, max_norm):
    # Rescales to max_norm even when the norm is smaller (normalises instead of clipping).
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
    factor = max_norm / norm if norm > 0 else 1.0
    return [g * factor for g in grads], norm
