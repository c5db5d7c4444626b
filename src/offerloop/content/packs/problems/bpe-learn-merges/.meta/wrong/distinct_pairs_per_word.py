def learn_bpe(word_counts, num_merges):
    # Counts each distinct pair once per word, however often it repeats in the word.
    vocab = {tuple(w): c for w, c in word_counts.items()}
    merges = []
    for _ in range(num_merges):
        counts = {}
        for s, c in vocab.items():
            for p in set(zip(s, s[1:])):
                counts[p] = counts.get(p, 0) + c
        if not counts:
            break
        best = min(counts, key=lambda p: (-counts[p], p))
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
