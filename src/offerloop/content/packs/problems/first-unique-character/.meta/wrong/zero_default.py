def first_unique_char(s):
    # Returns 0 instead of -1 when nothing is unique.
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    for i, ch in enumerate(s):
        if counts[ch] == 1:
            return i
    return 0
