import numpy as np


def top_k_cosine(query, docs, k):
    """Indices of the k documents most cosine-similar to query (ties: lower index first; zero vectors score 0)."""
    raise NotImplementedError
