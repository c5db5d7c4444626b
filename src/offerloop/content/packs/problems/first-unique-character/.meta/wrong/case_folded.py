def first_unique_char(s):
    # Folds case, so "a" and "A" are treated as the same character.
    low = s.lower()
    counts = {}
    for ch in low:
        counts[ch] = counts.get(ch, 0) + 1
    for i, ch in enumerate(low):
        if counts[ch] == 1:
            return i
    return -1
