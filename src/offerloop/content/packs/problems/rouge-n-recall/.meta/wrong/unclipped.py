from collections import Counter


def rouge_n_recall(candidate, reference, n=2):
    # Counts every candidate n-gram found in the reference, without clipping.
    ref = Counter(tuple(reference[i:i + n]) for i in range(len(reference) - n + 1))
    total = sum(ref.values())
    if total == 0:
        return 0.0
    hits = sum(1 for i in range(len(candidate) - n + 1) if tuple(candidate[i:i + n]) in ref)
    return hits / total
