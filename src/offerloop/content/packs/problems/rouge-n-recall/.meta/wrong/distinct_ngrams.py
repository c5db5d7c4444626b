def rouge_n_recall(candidate, reference, n=2):
    # Works with sets of distinct n-grams, losing multiplicity.
    ref = {tuple(reference[i:i + n]) for i in range(len(reference) - n + 1)}
    cand = {tuple(candidate[i:i + n]) for i in range(len(candidate) - n + 1)}
    return len(ref & cand) / len(ref) if ref else 0.0
