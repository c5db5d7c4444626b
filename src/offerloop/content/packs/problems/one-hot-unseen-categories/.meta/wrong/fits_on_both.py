import numpy as np


def one_hot_encode(train, test):
    # Learns the vocabulary from train and test together.
    cats = sorted(set(train) | set(test))
    idx = {c: j for j, c in enumerate(cats)}
    def enc(vals):
        out = np.zeros((len(vals), len(cats)), dtype=int)
        for i, v in enumerate(vals):
            out[i, idx[v]] = 1
        return out
    return {"categories": cats, "train": enc(train), "test": enc(test)}
