from collections import Counter


def balanced_class_weights(y):
    y = list(y)
    counts = Counter(y)
    return {str(c): m / len(y) for c, m in counts.items()}  # upweights the majority
