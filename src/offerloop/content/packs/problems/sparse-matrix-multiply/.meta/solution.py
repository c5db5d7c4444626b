def sparse_matmul(A, B):
    if not A:
        return []
    n = len(B[0])
    nz_b = [[(j, v) for j, v in enumerate(row) if v] for row in B]
    out = []
    for row in A:
        acc = [0] * n
        for p, a in enumerate(row):
            if a:
                for j, b in nz_b[p]:
                    acc[j] += a * b
        out.append(acc)
    return out
