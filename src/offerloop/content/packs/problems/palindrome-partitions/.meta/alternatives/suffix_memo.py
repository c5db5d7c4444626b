def palindrome_partitions(s):
    # The partitions of each suffix, built from the shortest suffix up.
    n = len(s)
    parts = [[] for _ in range(n + 1)]
    parts[n] = [[]]
    for i in range(n - 1, -1, -1):
        for j in range(i + 1, n + 1):
            piece = s[i:j]
            if piece == piece[::-1]:
                parts[i] += [[piece] + rest for rest in parts[j]]
    return parts[0]
