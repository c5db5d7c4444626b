def learn_bpe(word_counts, num_merges):
    """Learned merges [(a, b), ...]: most frequent weighted adjacent pair each round, ties to the smallest pair."""
    raise NotImplementedError
