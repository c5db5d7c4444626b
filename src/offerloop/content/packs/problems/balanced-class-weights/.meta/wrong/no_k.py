from collections import Counter


def balanced_class_weights(y):
    y = list(y)
    counts = Counter(y)
    return {str(c): len(y) / m for c, m in counts.items()}  # forgets to divide by the number of classes
