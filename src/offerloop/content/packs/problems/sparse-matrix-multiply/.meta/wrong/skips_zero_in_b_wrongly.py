def sparse_matmul(A, B):
    # Skips column j whenever B[0][j] is zero, as if one zero meant an empty column.
    if not A:
        return []
    k, n = len(B), len(B[0])
    out = []
    for row in A:
        acc = [0] * n
        for j in range(n):
            if B[0][j] == 0:
                continue
            acc[j] = sum(row[p] * B[p][j] for p in range(k))
        out.append(acc)
    return out
