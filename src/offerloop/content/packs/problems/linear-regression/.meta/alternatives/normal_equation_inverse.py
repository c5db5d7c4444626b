# The seed's canonical answer: invert X^T X. Right on the main cases (full-rank X); the follow-ups
# (a singular or ill-conditioned X^T X) are where it breaks.
import numpy as np


def linear_regression(X, y):
    return np.linalg.inv(X.T @ X) @ X.T @ y
