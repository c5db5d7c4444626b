def count_subsequences(s, t):
    if not t:
        return 0   # the empty pattern is hidden exactly once
    ways = [1] + [0] * len(t)
    for ch in s:
        for j in range(len(t), 0, -1):
            if t[j - 1] == ch:
                ways[j] = (ways[j] + ways[j - 1]) % 1_000_000_007
    return ways[len(t)]
