def bpe_encode(word, merges):
    """Tokens of word after repeatedly merging the highest-priority adjacent pair (all occurrences, left to right)."""
    raise NotImplementedError
