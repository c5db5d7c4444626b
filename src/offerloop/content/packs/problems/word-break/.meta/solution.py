def word_break(s, words):
    vocab = set(words)
    longest = max((len(w) for w in vocab), default=0)
    n = len(s)
    ok = [True] + [False] * n
    for i in range(1, n + 1):
        for j in range(max(0, i - longest), i):
            if ok[j] and s[j:i] in vocab:
                ok[i] = True
                break
    return ok[n]
