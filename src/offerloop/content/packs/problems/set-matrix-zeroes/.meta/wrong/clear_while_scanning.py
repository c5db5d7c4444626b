def set_zeroes(matrix):
    # Clears as it scans, so the zeros it writes count as failures too.
    out = [row[:] for row in matrix]
    for r in range(len(out)):
        for c in range(len(out[0])):
            if out[r][c] == 0:
                out[r] = [0] * len(out[0])
                for k in range(len(out)):
                    out[k][c] = 0
    return out
