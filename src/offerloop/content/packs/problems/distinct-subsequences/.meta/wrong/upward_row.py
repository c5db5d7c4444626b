def count_subsequences(s, t):
    ways = [1] + [0] * len(t)
    for ch in s:
        for j in range(1, len(t) + 1):   # upward: one text letter can fill two pattern places
            if t[j - 1] == ch:
                ways[j] = (ways[j] + ways[j - 1]) % 1_000_000_007
    return ways[len(t)]
