import numpy as np


def clip_by_global_norm(grads, max_norm):
    grads = [np.asarray(g, dtype=float) for g in grads]
    # Divide by the largest magnitude before squaring, so entries near 1e200 do not overflow.
    top = max((float(np.max(np.abs(g))) for g in grads if g.size), default=0.0)
    if top == 0.0:
        norm = 0.0
    else:
        norm = top * float(np.sqrt(sum(float(np.sum((g / top) ** 2)) for g in grads)))
    factor = max_norm / norm if norm > max_norm else 1.0
    return [g * factor for g in grads], norm
