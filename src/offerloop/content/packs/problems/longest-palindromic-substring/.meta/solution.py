def longest_palindrome(s):
    n = len(s)
    best_lo, best_len = 0, 0
    for centre in range(2 * n - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        length = hi - lo - 1
        start = lo + 1
        # Strictly longer wins; an equal length wins only if it starts earlier (an even centre
        # can start before the odd centre just scanned).
        if length > best_len or (length == best_len and start < best_lo):
            best_lo, best_len = start, length
    return s[best_lo:best_lo + best_len]
