def learn_bpe(word_counts, num_merges):
    # Counts pairs once up front and takes the top ones, never recounting after a merge.
    counts = {}
    for w, c in word_counts.items():
        for p in zip(w, w[1:]):
            counts[p] = counts.get(p, 0) + c
    return sorted(counts, key=lambda p: (-counts[p], p))[:num_merges]
