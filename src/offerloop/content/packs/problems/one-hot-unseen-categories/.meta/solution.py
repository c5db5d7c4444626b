import numpy as np


def one_hot_encode(train, test):
    categories = sorted(set(train))
    column = {c: j for j, c in enumerate(categories)}

    def encode(values):
        out = np.zeros((len(values), len(categories)), dtype=np.int64)
        for i, v in enumerate(values):
            j = column.get(v)
            if j is not None:
                out[i, j] = 1
        return out

    return {"categories": categories, "train": encode(train), "test": encode(test)}
