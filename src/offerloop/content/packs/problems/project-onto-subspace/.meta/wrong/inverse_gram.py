import numpy as np


def project(A, v):
    # The hat-matrix formula with a plain inverse: fails when the columns are dependent.
    return A @ np.linalg.inv(A.T @ A) @ A.T @ v
