from collections import Counter


def split_gini(y_left, y_right):
    def e(ys):
        return 1 - max(Counter(ys).values()) / len(ys) if ys else 0.0
    # Misclassification error 1 - max p instead of 1 - sum p^2.
    y_left, y_right = list(y_left), list(y_right)
    n = len(y_left) + len(y_right)
    return (len(y_left) * e(y_left) + len(y_right) * e(y_right)) / n
