def word_break(s, words):
    # Correct, but tries every split point j < i: O(n^2) lookups on long slices.
    vocab = set(words)
    n = len(s)
    ok = [True] + [False] * n
    for i in range(1, n + 1):
        for j in range(i):
            if ok[j] and s[j:i] in vocab:
                ok[i] = True
                break
    return ok[n]
