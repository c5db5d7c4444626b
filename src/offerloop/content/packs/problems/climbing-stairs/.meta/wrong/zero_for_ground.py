def count_climbs(n, steps):
    if n == 0:
        return 0   # standing still is one way, not none
    ways = [1] + [0] * n
    for i in range(1, n + 1):
        ways[i] = sum(ways[i - s] for s in steps if s <= i) % 1_000_000_007
    return ways[n]
