from collections import Counter


def rouge_n_recall(candidate, reference, n=2):
    ref = Counter(tuple(reference[i:i + n]) for i in range(len(reference) - n + 1))
    cand = Counter(tuple(candidate[i:i + n]) for i in range(len(candidate) - n + 1))
    total = sum(ref.values())
    if total == 0:
        return 0.0
    return sum((cand & ref).values()) / total
