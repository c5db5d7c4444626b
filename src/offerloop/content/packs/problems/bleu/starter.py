def bleu(candidate, references, max_n=4):
    """Sentence BLEU: clipped n-gram precisions 1..max_n, geometric mean, brevity penalty (closest ref, shorter on ties)."""
    raise NotImplementedError
