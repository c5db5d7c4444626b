def min_window(s, t):
    # Correct, but extends a window from every start: O(n^2).
    if not t:
        return ""
    need = {}
    for ch in t:
        need[ch] = need.get(ch, 0) + 1
    best = ""
    for lo in range(len(s)):
        have, missing = {}, len(t)
        for hi in range(lo, len(s)):
            ch = s[hi]
            have[ch] = have.get(ch, 0) + 1
            if have[ch] <= need.get(ch, 0):
                missing -= 1
            if missing == 0:
                if not best or hi - lo + 1 < len(best):
                    best = s[lo:hi + 1]
                break
    return best
