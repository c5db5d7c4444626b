MOD = 1_000_000_007


def count_subsequences(s, t):
    m = len(t)
    ways = [1] + [0] * m
    positions = {}
    for j in range(m, 0, -1):   # for each letter, the pattern positions it can fill, high to low
        positions.setdefault(t[j - 1], []).append(j)
    for ch in s:
        for j in positions.get(ch, ()):
            ways[j] = (ways[j] + ways[j - 1]) % MOD
    return ways[m]
