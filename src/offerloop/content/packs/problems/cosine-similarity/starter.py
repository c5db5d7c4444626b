import numpy as np


def cosine_similarity(A, B):
    """(n, m) matrix of cosine similarities between the rows of A and the rows of B; zero rows give 0."""
    raise NotImplementedError
