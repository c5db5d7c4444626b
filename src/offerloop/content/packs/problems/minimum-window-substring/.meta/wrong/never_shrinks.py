def min_window(s, t):
    # Returns the first prefix that covers t without shrinking it from the left.
    if not t:
        return ""
    need = {}
    for ch in t:
        need[ch] = need.get(ch, 0) + 1
    missing = len(t)
    for hi, ch in enumerate(s):
        if need.get(ch, 0) > 0:
            missing -= 1
        need[ch] = need.get(ch, 0) - 1
        if missing == 0:
            return s[:hi + 1]
    return ""
