import numpy as np


def one_hot_encode(train, test):
    # Maps unseen values to the first category instead of a zero row.
    cats = sorted(set(train))
    idx = {c: j for j, c in enumerate(cats)}
    def enc(vals):
        out = np.zeros((len(vals), len(cats)), dtype=int)
        for i, v in enumerate(vals):
            out[i, idx.get(v, 0)] = 1
        return out
    return {"categories": cats, "train": enc(train), "test": enc(test)}
