def learn_bpe(word_counts, num_merges):
    # max() keeps the first pair seen among ties, not the smallest.
    vocab = {tuple(w): c for w, c in word_counts.items()}
    merges = []
    for _ in range(num_merges):
        counts = {}
        for s, c in vocab.items():
            for p in zip(s, s[1:]):
                counts[p] = counts.get(p, 0) + c
        if not counts:
            break
        best = max(counts, key=counts.get)
        merges.append(best)
        new = {}
        for s, c in vocab.items():
            out, i = [], 0
            while i < len(s):
                if i + 1 < len(s) and (s[i], s[i + 1]) == best:
                    out.append(s[i] + s[i + 1]); i += 2
                else:
                    out.append(s[i]); i += 1
            new[tuple(out)] = c
        vocab = new
    return merges
