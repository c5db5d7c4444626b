from functools import lru_cache


def is_interleaving(a, b, c):
    # Top-down: from (i, j), take the next character of c from a or from b; remember each state.
    if len(c) != len(a) + len(b):
        return False

    @lru_cache(maxsize=None)
    def can(i, j):
        if i == len(a) and j == len(b):
            return True
        k = i + j
        if i < len(a) and a[i] == c[k] and can(i + 1, j):
            return True
        return j < len(b) and b[j] == c[k] and can(i, j + 1)

    return can(0, 0)
