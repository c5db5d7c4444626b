def count_climbs(n, steps):
    ways = [1] + [0] * n
    for i in range(1, n + 1):
        ways[i] = sum(ways[i - s] for s in steps if s <= i)   # never reduced modulo the prime
    return ways[n]
