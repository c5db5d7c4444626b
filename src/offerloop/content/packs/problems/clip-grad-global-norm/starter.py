import numpy as np


def clip_by_global_norm(grads, max_norm):
    """Scale all tensors by max_norm / global_norm when the global L2 norm is above max_norm; return (clipped, norm)."""
    raise NotImplementedError
