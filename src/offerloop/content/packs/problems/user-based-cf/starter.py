import numpy as np


def predict_user_cf(R, user, item, k):
    """Cosine-weighted average of the k most similar other users who rated item (fallback: user's mean)."""
    raise NotImplementedError
