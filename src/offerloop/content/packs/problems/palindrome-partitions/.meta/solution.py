def palindrome_partitions(s):
    n = len(s)
    pal = [[False] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
    out, pieces = [], []

    def walk(i):
        if i == n:
            out.append(pieces[:])
            return
        for j in range(i, n):
            if pal[i][j]:
                pieces.append(s[i:j + 1])
                walk(j + 1)
                pieces.pop()

    walk(0)
    return out
