from collections import Counter


def balanced_class_weights(y):
    y = list(y)
    counts = Counter(int(v) for v in y)
    n, k = len(y), len(counts)
    return {str(c): n / (k * m) for c, m in sorted(counts.items())}  # each class sums to n / K
