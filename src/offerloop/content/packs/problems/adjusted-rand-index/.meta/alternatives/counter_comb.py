from collections import Counter
from math import comb


def adjusted_rand_index(labels_true, labels_pred):
    # Pair counts straight from Counters with math.comb; no contingency matrix.
    n = len(labels_true)
    index = sum(comb(c, 2) for c in Counter(zip(labels_true, labels_pred)).values())
    sum_a = sum(comb(c, 2) for c in Counter(labels_true).values())
    sum_b = sum(comb(c, 2) for c in Counter(labels_pred).values())
    total = comb(n, 2)
    if total == 0:
        return 1.0  # one item: no pairs at all
    expected = sum_a * sum_b / total
    max_index = (sum_a + sum_b) / 2
    if max_index == expected:
        return 1.0
    return (index - expected) / (max_index - expected)
