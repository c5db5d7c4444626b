import numpy as np


def embedding_backward(ids, grad_out, vocab_size):
    # Handles only the first sequence of the batch.
    ids2 = np.atleast_2d(ids)
    g2 = grad_out.reshape(ids2.shape + (grad_out.shape[-1],))
    dE = np.zeros((vocab_size, grad_out.shape[-1]))
    np.add.at(dE, ids2[0], g2[0])
    return dE
