def _kth(a, i, b, j, k):
    """The k-th smallest (1-based) of a[i:] and b[j:], discarding about k // 2 values a step."""
    while True:
        if i == len(a):
            return b[j + k - 1]
        if j == len(b):
            return a[i + k - 1]
        if k == 1:
            return min(a[i], b[j])
        step = k // 2
        ia = min(i + step, len(a)) - 1
        jb = min(j + step, len(b)) - 1
        if a[ia] <= b[jb]:
            k -= ia - i + 1
            i = ia + 1
        else:
            k -= jb - j + 1
            j = jb + 1


def median_sorted(a, b):
    total = len(a) + len(b)
    if total % 2:
        return _kth(a, 0, b, 0, total // 2 + 1)
    return (_kth(a, 0, b, 0, total // 2) + _kth(a, 0, b, 0, total // 2 + 1)) / 2
