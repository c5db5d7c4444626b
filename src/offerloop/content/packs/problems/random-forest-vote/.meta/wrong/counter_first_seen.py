from collections import Counter

import numpy as np


def forest_vote(predictions):
    # most_common prefers the label seen first (the earliest tree) on ties.
    return np.array([Counter(col.tolist()).most_common(1)[0][0] for col in np.asarray(predictions).T])
