def count_climbs(n, steps):
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(1, n + 1):
        # s < i skips the move that starts from the ground (s == i).
        ways[i] = sum(ways[i - s] for s in steps if s < i) % 1_000_000_007
    return ways[n]
