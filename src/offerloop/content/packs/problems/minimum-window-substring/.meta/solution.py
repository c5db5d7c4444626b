def min_window(s, t):
    if not t:
        return ""
    need = {}
    for ch in t:
        need[ch] = need.get(ch, 0) + 1
    missing = len(t)
    best_lo, best_len = 0, None
    lo = 0
    for hi, ch in enumerate(s):
        if need.get(ch, 0) > 0:
            missing -= 1
        need[ch] = need.get(ch, 0) - 1
        if missing == 0:
            while need[s[lo]] < 0:
                need[s[lo]] += 1
                lo += 1
            if best_len is None or hi - lo + 1 < best_len:
                best_lo, best_len = lo, hi - lo + 1
            need[s[lo]] += 1
            missing += 1
            lo += 1
    return "" if best_len is None else s[best_lo:best_lo + best_len]
