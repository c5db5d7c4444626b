def count_climbs(n, steps):
    # Correct counts, but recomputes every sub-staircase: exponential time.
    if n == 0:
        return 1
    return sum(count_climbs(n - s, steps) for s in steps if s <= n) % 1_000_000_007
