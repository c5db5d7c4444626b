import math
from collections import Counter


def split_gini(y_left, y_right):
    def h(ys):
        return -sum(c / len(ys) * math.log2(c / len(ys)) for c in Counter(ys).values()) if ys else 0.0
    # Computes the weighted entropy, not Gini.
    y_left, y_right = list(y_left), list(y_right)
    n = len(y_left) + len(y_right)
    return (len(y_left) * h(y_left) + len(y_right) * h(y_right)) / n
