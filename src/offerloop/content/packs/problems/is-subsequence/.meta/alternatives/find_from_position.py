def is_subsequence(s, t):
    # str.find from the position after the previous match: no copies.
    pos = 0
    for ch in s:
        k = t.find(ch, pos)
        if k < 0:
            return False
        pos = k + 1
    return True
