def is_interleaving(a, b, c):
    # Correct, but tries both streams without remembering: exponential on repetitive inputs.
    if len(c) != len(a) + len(b):
        return False

    def go(i, j):
        if i + j == len(c):
            return True
        k = i + j
        if i < len(a) and a[i] == c[k] and go(i + 1, j):
            return True
        return j < len(b) and b[j] == c[k] and go(i, j + 1)

    return go(0, 0)
