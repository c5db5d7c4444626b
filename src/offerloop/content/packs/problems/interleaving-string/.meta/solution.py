def is_interleaving(a, b, c):
    n, m = len(a), len(b)
    if len(c) != n + m:
        return False
    ok = [True] * (m + 1)
    for j in range(1, m + 1):
        ok[j] = ok[j - 1] and b[j - 1] == c[j - 1]
    for i in range(1, n + 1):
        ai = a[i - 1]
        ok[0] = ok[0] and ai == c[i - 1]
        for j in range(1, m + 1):
            ch = c[i + j - 1]
            ok[j] = (ok[j] and ai == ch) or (ok[j - 1] and b[j - 1] == ch)
    return ok[m]
