def learn_bpe(word_counts, num_merges):
    # Counts each word once, ignoring its frequency.
    vocab = [tuple(w) for w in word_counts]
    merges = []
    for _ in range(num_merges):
        counts = {}
        for s in vocab:
            for p in zip(s, s[1:]):
                counts[p] = counts.get(p, 0) + 1
        if not counts:
            break
        best = min(counts, key=lambda p: (-counts[p], p))
        merges.append(best)
        new = []
        for s in vocab:
            out, i = [], 0
            while i < len(s):
                if i + 1 < len(s) and (s[i], s[i + 1]) == best:
                    out.append(s[i] + s[i + 1]); i += 2
                else:
                    out.append(s[i]); i += 1
            new.append(tuple(out))
        vocab = new
    return merges
