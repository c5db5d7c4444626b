from collections import Counter


def split_gini(y_left, y_right):
    def g(ys):
        return 1 - sum((c / len(ys)) ** 2 for c in Counter(ys).values()) if ys else 0.0
    # The plain average of the two sides.
    return (g(list(y_left)) + g(list(y_right))) / 2
