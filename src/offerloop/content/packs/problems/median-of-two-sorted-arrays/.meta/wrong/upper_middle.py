def median_sorted(a, b):
    # Takes the upper middle value for even totals instead of the mean of the two middles.
    if len(a) > len(b):
        a, b = b, a
    m, n = len(a), len(b)
    half = (m + n) // 2 + 1
    lo, hi = 0, m
    inf = float("inf")
    while True:
        i = (lo + hi) // 2
        j = half - i
        a_left = a[i - 1] if i > 0 else -inf
        a_right = a[i] if i < m else inf
        b_left = b[j - 1] if j > 0 else -inf
        b_right = b[j] if j < n else inf
        if a_left > b_right:
            hi = i - 1
        elif b_left > a_right:
            lo = i + 1
        else:
            return float(max(a_left, b_left))
