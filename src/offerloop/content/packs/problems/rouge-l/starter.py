def rouge_l(candidate, reference):
    """LCS-based precision, recall and F1 as {"precision": p, "recall": r, "f1": f}; zero denominators give 0.0."""
    raise NotImplementedError
