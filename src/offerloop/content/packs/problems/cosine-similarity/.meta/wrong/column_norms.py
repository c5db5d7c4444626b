import numpy as np


def cosine_similarity(A, B):
    # Normalises the columns (features) instead of the rows (vectors).
    na = np.linalg.norm(A, axis=0, keepdims=True)
    nb = np.linalg.norm(B, axis=0, keepdims=True)
    return (A / np.where(na == 0, 1, na)) @ (B / np.where(nb == 0, 1, nb)).T
