import numpy as np


def one_hot_encode(train, test):
    # Columns in order of first appearance, not sorted.
    cats = list(dict.fromkeys(train))
    idx = {c: j for j, c in enumerate(cats)}
    def enc(vals):
        out = np.zeros((len(vals), len(cats)), dtype=int)
        for i, v in enumerate(vals):
            if v in idx:
                out[i, idx[v]] = 1
        return out
    return {"categories": cats, "train": enc(train), "test": enc(test)}
