import numpy as np


def one_hot_encode(train, test):
    # np.unique sorts strings by code point; rows compare against all categories at once.
    cats = np.unique(np.array(train, dtype=object).astype(str))

    def encode(values):
        col = np.array(values, dtype=object).reshape(-1, 1)
        return (col == cats.astype(object).reshape(1, -1)).astype(int).reshape(len(values), len(cats))

    return {"categories": [str(c) for c in cats], "train": encode(train), "test": encode(test)}
