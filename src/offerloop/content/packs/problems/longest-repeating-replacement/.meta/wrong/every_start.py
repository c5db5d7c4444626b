def longest_after_edits(s, k):
    best = 0
    for i in range(len(s)):  # O(n^2): extends from every start
        counts, top = {}, 0
        for j in range(i, len(s)):
            counts[s[j]] = counts.get(s[j], 0) + 1
            top = max(top, counts[s[j]])
            if j - i + 1 - top > k:
                break
            best = max(best, j - i + 1)
    return best
