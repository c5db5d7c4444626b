def rouge_n_recall(candidate, reference, n=2):
    """Clipped n-gram overlap divided by the number of reference n-grams (0.0 if the reference has none)."""
    raise NotImplementedError
