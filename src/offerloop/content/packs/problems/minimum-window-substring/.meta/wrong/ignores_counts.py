def min_window(s, t):
    # Treats t as a set of characters, so repeated characters in t are needed only once.
    need = set(t)
    if not need:
        return ""
    best = ""
    for lo in range(len(s)):
        seen = set()
        for hi in range(lo, len(s)):
            if s[hi] in need:
                seen.add(s[hi])
            if seen == need:
                if not best or hi - lo + 1 < len(best):
                    best = s[lo:hi + 1]
                break
    return best
