def min_window(s, t):
    # Uses <= when recording, so among equally short windows the last one wins.
    if not t:
        return ""
    need = {}
    for ch in t:
        need[ch] = need.get(ch, 0) + 1
    missing, lo, best = len(t), 0, None
    for hi, ch in enumerate(s):
        if need.get(ch, 0) > 0:
            missing -= 1
        need[ch] = need.get(ch, 0) - 1
        if missing == 0:
            while need[s[lo]] < 0:
                need[s[lo]] += 1
                lo += 1
            if best is None or hi - lo + 1 <= best[1] - best[0]:
                best = (lo, hi + 1)
            need[s[lo]] += 1
            missing += 1
            lo += 1
    return "" if best is None else s[best[0]:best[1]]
