import numpy as np


def embedding_backward(ids, grad_out, vocab_size):
    ids = np.asarray(ids, dtype=int).reshape(-1)
    g = np.asarray(grad_out, dtype=float)
    g = g.reshape(ids.size, g.shape[-1])
    dE = np.zeros((vocab_size, g.shape[1]))
    np.add.at(dE, ids, g)
    return dE
