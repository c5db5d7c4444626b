def min_eating_speed(piles, h):
    # Correct, but tries speeds 1, 2, 3, ... in turn: O(n * answer).
    s = 1
    while sum((p + s - 1) // s for p in piles) > h:
        s += 1
    return s
