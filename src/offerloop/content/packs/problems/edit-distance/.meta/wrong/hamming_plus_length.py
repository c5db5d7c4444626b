def edit_distance(a, b):
    # Position-by-position mismatches plus the length difference.
    return sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))
