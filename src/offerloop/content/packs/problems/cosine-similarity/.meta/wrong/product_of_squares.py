import numpy as np


def cosine_similarity(A, B):
    # Multiplies the squared norms first: overflows for large entries.
    sq = np.outer((A * A).sum(axis=1), (B * B).sum(axis=1))
    with np.errstate(all="ignore"):
        out = (A @ B.T) / np.sqrt(sq)
    return np.where(sq == 0, 0.0, out)
