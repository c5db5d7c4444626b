import numpy as np


def cosine_similarity(A, B):
    # Divides by a zero norm: zero rows give NaN.
    with np.errstate(all="ignore"):
        return (A @ B.T) / (np.linalg.norm(A, axis=1)[:, None] * np.linalg.norm(B, axis=1)[None, :])
