from collections import Counter


def _gini(labels):
    n = len(labels)
    return 1.0 - sum((c / n) ** 2 for c in Counter(labels).values())


def best_split(x, y):
    # Plain Python: every candidate scored from scratch with Counter, the first best kept.
    pairs = sorted(zip((float(v) for v in x), (int(v) for v in y)))
    values = sorted({v for v, _ in pairs})
    best = None
    for a, b in zip(values, values[1:]):
        t = (a + b) / 2
        left = [c for v, c in pairs if v <= t]
        right = [c for v, c in pairs if v > t]
        imp = (len(left) * _gini(left) + len(right) * _gini(right)) / len(pairs)
        if best is None or imp < best[1]:
            best = (t, imp)
    return best
