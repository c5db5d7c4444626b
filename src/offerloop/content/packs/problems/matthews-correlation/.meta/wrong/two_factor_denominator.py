import math


def mcc(y_true, y_pred):
    pairs = list(zip(y_true, y_pred))
    tp = sum(1 for t, p in pairs if t == 1 and p == 1)
    tn = sum(1 for t, p in pairs if t == 0 and p == 0)
    fp = sum(1 for t, p in pairs if t == 0 and p == 1)
    fn = sum(1 for t, p in pairs if t == 1 and p == 0)
    # Only the positive-side factors.
    d = (tp + fp) * (tp + fn)
    return (tp * tn - fp * fn) / math.sqrt(d) / len(pairs) if d else 0.0
