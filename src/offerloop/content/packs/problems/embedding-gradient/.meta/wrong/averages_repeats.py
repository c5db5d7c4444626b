import numpy as np


def embedding_backward(ids, grad_out, vocab_size):
    # Averages the gradients of repeated ids instead of summing them.
    flat = ids.reshape(-1)
    g = grad_out.reshape(flat.size, -1)
    dE = np.zeros((vocab_size, g.shape[1]))
    np.add.at(dE, flat, g)
    counts = np.bincount(flat, minlength=vocab_size)
    return dE / np.maximum(counts, 1)[:, None]
