from collections import Counter


def _gini(labels):
    n = len(labels)
    if n == 0:
        return 0.0
    return 1.0 - sum((c / n) ** 2 for c in Counter(labels).values())


def split_gini(y_left, y_right):
    y_left, y_right = list(y_left), list(y_right)
    n_l, n_r = len(y_left), len(y_right)
    return float((n_l * _gini(y_left) + n_r * _gini(y_right)) / (n_l + n_r))
