def _step(n):
    total = 0
    while n:
        n, d = divmod(n, 10)
        total += d * d
    return total


def is_happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = _step(n)
    return n == 1
