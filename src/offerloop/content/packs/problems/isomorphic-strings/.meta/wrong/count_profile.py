def is_isomorphic(s, t):
    # Compares the sorted letter counts, which ignores where the letters are.
    from collections import Counter
    return len(s) == len(t) and sorted(Counter(s).values()) == sorted(Counter(t).values())
