def is_subsequence(s, t):
    # Checks that t has enough of each letter, ignoring the order.
    return all(s.count(c) <= t.count(c) for c in set(s))
